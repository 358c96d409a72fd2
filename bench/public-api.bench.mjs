// The public comparison endpoint of the real app against a bare Node `http` server that answers
// with the same JSON bytes, measured in the same run with autocannon (same connections and
// duration, after a warm-up). The bare server is the ceiling of what Node does on this machine for
// this response; the ratio says how close the app comes (goal: at least 60 %).
//
//   npm run bench -- public-api          builds nothing: run `npm run build` first (api/dist/main.js)
//   node bench/public-api.bench.mjs      the same
//
// The app runs on a fresh database: one created (and dropped afterwards) on DATABASE_URL's server,
// or the embedded PostgreSQL in a temporary folder when DATABASE_URL is not set.
// Options: BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_PATH
// (/api/public/comparisons/cma-vs-medical-coder). Prints figures; never fails on time.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const root = resolve(import.meta.dirname, '..');
const path = process.env.BENCH_PATH ?? '/api/public/comparisons/cma-vs-medical-coder';
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const main = join(root, 'api/dist/main.js');

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitFor(url, child, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function onServer(serverUrl, statement) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh database: on DATABASE_URL's server, or null (the app starts the embedded one). */
async function freshDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return null;
  const name = `careerscope_bench_${randomBytes(5).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function startApp() {
  const port = await freePort();
  const database = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-'));
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
      ...(database ? { DATABASE_URL: database.url } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      await new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      });
    }
    if (database) await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${baseUrl}/api/health`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl,
    stop,
    where: database ? 'a fresh database on DATABASE_URL’s server' : 'embedded PostgreSQL',
  };
}

function run(title, options) {
  return new Promise((done, fail) => {
    autocannon({ connections, duration, ...options }, (error, result) =>
      error ? fail(error) : done({ title, result }),
    );
  });
}

function line({ title, result }) {
  const { requests, latency, non2xx, errors } = result;
  const problems = non2xx || errors ? `   (${non2xx} non-2xx, ${errors} errors)` : '';
  return `${title.padEnd(28)} ${requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(latency.p50).padStart(4)} ms   p99 ${String(latency.p99).padStart(4)} ms${problems}`;
}

if (!existsSync(main)) {
  console.error('api/dist/main.js is missing: run `npm run build` first.');
  process.exit(1);
}

const app = await startApp();
try {
  const response = await fetch(`${app.baseUrl}${path}`);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? 'application/json; charset=utf-8';

  const bare = createServer((_request, res) => {
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise((done) => bare.listen(0, '127.0.0.1', done));
  const bareUrl = `http://127.0.0.1:${bare.address().port}${path}`;

  console.log(
    `public API bench: GET ${path}, ${body.length} bytes of JSON, ${connections} connections, ${duration} s each, app on ${app.where}`,
  );
  await run('warm-up (app)', { url: `${app.baseUrl}${path}`, duration: 2 });
  await run('warm-up (bare)', { url: bareUrl, duration: 2 });
  const baseline = await run('bare Node http (same bytes)', { url: bareUrl });
  const measured = await run('app (NestJS, full stack)', { url: `${app.baseUrl}${path}` });
  bare.close();

  console.log(line(baseline));
  console.log(line(measured));
  const ratio = measured.result.requests.average / baseline.result.requests.average;
  console.log(`ratio app / bare Node: ${(ratio * 100).toFixed(0)} % (goal ≥ 60 %)`);
} finally {
  await app.stop();
}
