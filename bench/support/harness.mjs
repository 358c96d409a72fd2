// What every bench needs: the real app started on a fresh database, and autocannon runs printed
// the same way. Benchmarks print figures; they never fail on time.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const root = resolve(import.meta.dirname, '../..');
const main = join(root, 'api/dist/main.js');

export const BENCH_ADMIN = { email: 'bench@careerscope.local', password: 'bench admin password 2026' };

export function freePort() {
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

/**
 * The built app (api/dist/main.js) on a fresh database, or the running one at BENCH_BASE_URL.
 * Stopped with SIGTERM so an embedded database goes down with it. `env` adds to the app's
 * environment; `pid` is the app's process (null for a running app), `databaseUrl` its fresh
 * database on DATABASE_URL's server (null with the embedded one).
 */
export async function startApp({ env: extraEnv = {}, timeoutMs = 120_000 } = {}) {
  if (process.env.BENCH_BASE_URL) {
    return {
      baseUrl: process.env.BENCH_BASE_URL.replace(/\/$/, ''),
      stop: async () => {},
      where: 'a running app',
      pid: null,
      databaseUrl: null,
    };
  }
  if (!existsSync(main)) {
    throw new Error('api/dist/main.js is missing: run `npm run build` first.');
  }
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
      TOTP_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      DATA_DIR: dataDir,
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...extraEnv,
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
    await waitFor(`${baseUrl}/api/health`, child, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl,
    stop,
    where: database ? 'a fresh database on DATABASE_URL’s server' : 'embedded PostgreSQL',
    /** The app's process, for memory figures read from /proc. */
    pid: child.pid,
    databaseUrl: database?.url ?? null,
  };
}

/** One autocannon run with the bench's connections and duration (BENCH_CONNECTIONS, BENCH_SECONDS). */
export function load(title, options) {
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const duration = Number(process.env.BENCH_SECONDS ?? 10);
  return new Promise((done, fail) => {
    autocannon({ connections, duration, ...options }, (error, result) =>
      error ? fail(error) : done({ title, result }),
    );
  });
}

export function loadLine({ title, result }) {
  const { requests, latency, non2xx, errors } = result;
  const problems = non2xx || errors ? `   (${non2xx} non-2xx, ${errors} errors)` : '';
  return `${title.padEnd(34)} ${requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(latency.p50).padStart(4)} ms   p99 ${String(latency.p99).padStart(4)} ms${problems}`;
}

/** A bare Node server answering every request with these bytes: the ceiling for a response. */
export async function bareServer(body, contentType) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** A signed-in session (cookie + CSRF header), as the admin app holds one. */
export async function signIn(baseUrl) {
  const first = await fetch(`${baseUrl}/api/auth/me`);
  const csrf = /XSRF-TOKEN=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1];
  if (!csrf) throw new Error('no CSRF cookie');
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${csrf}`, 'x-xsrf-token': csrf },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`);
  const session = /careerscope_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
  return { cookie: `XSRF-TOKEN=${csrf}; careerscope_session=${session}`, 'x-xsrf-token': csrf };
}
