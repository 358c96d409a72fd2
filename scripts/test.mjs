// `npm test`: every test suite, on a real PostgreSQL.
// With DATABASE_URL set (CI), the tests create their own databases on that server; without it, an
// embedded PostgreSQL is started for the run and removed afterwards.
//   node scripts/test.mjs            everything: unit, integration, component and browser tests
//   node scripts/test.mjs --unit     unit and component tests only (no database, no browser)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const unitOnly = process.argv.includes('--unit');
const jest = join(root, 'node_modules', '.bin', 'jest');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status ?? 1;
}

function runJest(name, cwd, args = [], env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const report = join(tmpdir(), `careerscope-jest-${name.replace(/\W+/g, '-')}-${process.pid}.json`);
  const status = run(jest, ['--ci', '--json', `--outputFile=${report}`, ...args], {
    cwd: join(root, cwd),
    env: { ...process.env, ...env },
  });
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests;
    totals.skipped += result.numPendingTests + result.numTodoTests;
    if (result.numTotalTests === 0) failures.push(`${name}: ran no test`);
    rmSync(report);
  }
  if (status !== 0) failures.push(`${name}: exit code ${status}`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function query(serverUrl, statement) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function waitForHealth(baseUrl, app, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null)
      throw new Error(`The app exited with code ${app.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The app did not answer ${baseUrl}/api/health within ${seconds} s`);
}

async function main() {
  const started = Date.now();
  const build = run(process.execPath, [join(root, 'scripts/build.mjs'), '--if-missing']);
  if (build !== 0) process.exit(build);

  runJest('shared', 'shared');
  if (unitOnly) {
    runJest('api unit', 'api', ['--selectProjects', 'unit']);
  }
  runJest('admin components', 'admin');
  runJest('portal components', 'portal');

  if (!unitOnly) {
    let embedded = null;
    let serverUrl = process.env.DATABASE_URL;
    let dataDir = null;
    if (!serverUrl) {
      dataDir = mkdtempSync(join(tmpdir(), 'careerscope-test-db-'));
      const { startEmbeddedPostgres } = require(join(root, 'api/dist/database/embedded-postgres.js'));
      embedded = await startEmbeddedPostgres(dataDir);
      serverUrl = embedded.url;
      console.log('\nDatabase for the tests: embedded PostgreSQL (no DATABASE_URL)');
    } else {
      console.log(`\nDatabase for the tests: ${new URL(serverUrl).host} (DATABASE_URL)`);
    }
    try {
      runJest('api unit + integration', 'api', [], { DATABASE_URL: serverUrl });
      await browserTests(serverUrl);
    } finally {
      if (embedded) await embedded.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }

  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nFinished in ${minutes} min`);
  if (failures.length) console.log(failures.map((failure) => `  ✗ ${failure}`).join('\n'));
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(failures.length || totals.failed ? 1 : 0);
}

/** The browser journeys run against the real app, built and started as `npm start` would. */
async function browserTests(serverUrl) {
  const database = `careerscope_e2e_${randomBytes(6).toString('hex')}`;
  await query(serverUrl, `CREATE DATABASE ${database}`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: withDatabase(serverUrl, database),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'careerscope-e2e-')),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'admin@e2e.careerscope',
    ADMIN_PASSWORD: 'e2e admin password 2026',
    // The journeys sign in dozens of people from one address; the per-address limit itself is
    // tested by the API's integration tests (the wait after failed sign-ins stays as configured).
    LOGIN_RATE_LIMIT: '200',
    // A user held after failed sign-ins stays held while the journey looks at them and unlocks them.
    SIGN_IN_DELAY_SECONDS: '600',
    // The review journey schedules a publish a few seconds ahead.
    SCHEDULE_POLL_MS: '1000',
    // The journeys bring the schools they look at; the IPEDS import of every school is tested by the
    // API's integration tests and would add minutes to the first start.
    SEED_SCHOOLS: 'false',
  };
  const app = spawn(process.execPath, [join(root, 'api/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  app.stdout.on('data', (chunk) => (log += chunk));
  app.stderr.on('data', (chunk) => (log += chunk));
  try {
    // The first start imports the catalogue from reference-data/ before it answers.
    await waitForHealth(baseUrl, app, 600);
    runJest('browser journeys', 'e2e', [], {
      E2E_BASE_URL: baseUrl,
      E2E_ADMIN_EMAIL: env.ADMIN_EMAIL,
      E2E_ADMIN_PASSWORD: env.ADMIN_PASSWORD,
      // For figures only an import writes (IPEDS charges and completions), which journeys set directly.
      E2E_DATABASE_URL: env.DATABASE_URL,
    });
  } catch (error) {
    failures.push(`browser journeys: ${error.message}`);
    console.log(log);
  } finally {
    // SIGTERM lets the app close its connections (a hard kill could leave them open).
    app.kill('SIGTERM');
    await new Promise((done) => (app.exitCode !== null ? done() : app.once('exit', done)));
    await query(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
