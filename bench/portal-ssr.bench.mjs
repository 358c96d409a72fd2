// The server-rendered comparison page against a bare Node server that answers with the same HTML
// bytes, measured in the same run with autocannon. The bare server is the ceiling of what Node
// can do on this machine for this response; the ratio says how close the app comes. A third run
// asks for a new URL every time, so every request is rendered (the HTML cache never hits).
//
//   node bench/portal-ssr.bench.mjs                  starts the app (DATABASE_URL, or embedded)
//   BENCH_BASE_URL=http://127.0.0.1:3000 node bench/portal-ssr.bench.mjs   uses a running app
//
// Options: BENCH_PATH (default /compare/cma-vs-medical-coder), BENCH_SECONDS (10),
// BENCH_CONNECTIONS (10). Prints figures; never fails on time.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const path = process.env.BENCH_PATH ?? '/compare/cma-vs-medical-coder';
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitFor(url, timeoutMs = 90_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function startApp() {
  const port = await freePort();
  const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'cs-bench-'));
  const child = spawn(process.execPath, [join(root, 'api/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-'.padEnd(40, 'x'),
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/api/health`);
  return {
    baseUrl,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => {
          if (dataDir) rmSync(dataDir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
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
  return `${title.padEnd(34)} ${requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(latency.p50).padStart(4)} ms   p99 ${String(latency.p99).padStart(4)} ms${non2xx || errors ? `   (${non2xx} non-2xx, ${errors} errors)` : ''}`;
}

const app = process.env.BENCH_BASE_URL
  ? { baseUrl: process.env.BENCH_BASE_URL.replace(/\/$/, ''), stop: async () => {} }
  : await startApp();
try {
  const page = await fetch(`${app.baseUrl}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const body = Buffer.from(await page.arrayBuffer());
  const contentType = page.headers.get('content-type') ?? 'text/html';

  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise((done) => bare.listen(0, '127.0.0.1', done));
  const bareUrl = `http://127.0.0.1:${bare.address().port}${path}`;

  console.log(
    `portal SSR bench: ${path}, ${body.length} bytes of HTML, ${connections} connections, ${duration} s each`,
  );
  // Warm up: the first render fills the per-publication HTML cache.
  await run('warm-up', { url: `${app.baseUrl}${path}`, duration: 2 });
  const baseline = await run('bare Node (same bytes)', { url: bareUrl });
  const cached = await run('app, server-rendered (cached)', { url: `${app.baseUrl}${path}` });
  let n = 0;
  const uncached = await run('app, rendered every request', {
    url: app.baseUrl,
    requests: [{ setupRequest: (request) => ({ ...request, path: `${path}?bench=${++n}` }) }],
    duration: Math.max(3, Math.round(duration / 2)),
  });
  bare.close();

  for (const result of [baseline, cached, uncached]) console.log(line(result));
  const ratio = cached.result.requests.average / baseline.result.requests.average;
  console.log(
    `ratio app (cached) / bare Node: ${ratio.toFixed(2)} (${(ratio * 100).toFixed(0)} % of the bare server's throughput)`,
  );
  console.log(
    `ratio app (rendered) / bare Node: ${(uncached.result.requests.average / baseline.result.requests.average).toFixed(3)}`,
  );
} finally {
  await app.stop();
}
