// The whole catalogue (~100 occupations with national and state wages, projections and O*NET facts,
// built at first start from reference-data/ by the default seed), measured through the real API:
//   - publishing: median of 3 publishes that each change one figure, and the storage each one adds;
//   - the diff of two publications; the app's resident memory (RSS) while serving the catalogue;
//   - GET /api/public/occupations/registered-nurses against a bare Node server answering the same
//     bytes (ratio, p99) at BENCH_CONNECTIONS (50);
//   - the /careers finder with a different query on every request (no cache hit anywhere), p95;
//   - each importer on its real file: upload → parse + preview, and apply, on a second fresh app.
// Goals (issue "Speed and scale"): publish ≤ 3 s and ≤ 100 kB per one-figure publication, diff ≤ 1 s,
// RSS ≤ 400 MB, occupation page ≥ 60 % of bare Node with p99 < 20 ms, finder p95 < 50 ms.
//
//   npm run bench -- catalogue      (build first: npm run build)
// Storage is read from the database, so it needs DATABASE_URL (a PostgreSQL server the bench creates
// a database on); with the embedded database it prints n/a. Prints figures; never fails on time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { bareServer, load, loadLine, root, startApp, signIn } from './support/harness.mjs';

const dataDir = process.env.CAREERSCOPE_DATA_DIR ?? resolve(root, 'reference-data');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PAGE = '/api/public/occupations/registered-nurses';
const NURSES = '29-1141';
const { CATALOGUE_SEED_FILES } = createRequire(import.meta.url)(
  join(root, 'api/dist/imports/catalogue-seed.service.js'),
);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

async function timed(action) {
  const started = performance.now();
  const result = await action();
  return { result, ms: performance.now() - started };
}

function api(baseUrl, headers) {
  return async (path, init = {}) => {
    const json = init.body !== undefined && !(init.body instanceof FormData);
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { ...headers, ...(json ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: json ? JSON.stringify(init.body) : init.body,
    });
    const body = await response.json();
    if (!response.ok)
      throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${body.message}`);
    return body;
  };
}

/** Bytes on disk of publications, their shared records and manifest chunks (rows, TOAST, indexes); null without a URL. */
async function storageMeter(databaseUrl) {
  if (!databaseUrl) return { read: async () => null, close: async () => {} };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // Whichever of the publication tables this version of the schema has (the baseline may be older).
  const tables = (
    await client.query(
      `SELECT name FROM unnest(ARRAY['publications', 'publication_records', 'publication_manifest_chunks']) AS name
       WHERE to_regclass(name) IS NOT NULL`,
    )
  ).rows
    .map((row) => `pg_total_relation_size('${row.name}')`)
    .join(' + ');
  return {
    read: async () => Number((await client.query(`SELECT ${tables} AS bytes`)).rows[0].bytes),
    close: () => client.end(),
  };
}

/** Resident memory of a process in MB (Linux), or null. */
function rssMB(pid) {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}
const mb = (value) => (value === null ? 'n/a' : `${value.toFixed(0)} MB`);

async function servingAndPublishing() {
  const started = performance.now();
  const app = await startApp({ timeoutMs: 600_000 });
  const startup = performance.now() - started;
  const meter = await storageMeter(app.databaseUrl);
  try {
    const call = api(app.baseUrl, await signIn(app.baseUrl));
    console.log(
      `catalogue bench: app on ${app.where}, started with the catalogue seeded and published in ${ms(startup)}`,
    );
    const rssAfterSeed = rssMB(app.pid);

    // Publishing: each publish changes one figure (the nurses' national employment) through the API.
    const [wage] = (await call(`/api/wage-statistics?socCode=${NURSES}&areaType=national&periodYear=2024`))
      .items;
    let record = wage;
    const publishes = [];
    const added = [];
    for (let round = 1; round <= 3; round++) {
      record = await call(`/api/wage-statistics/${record.id}`, {
        method: 'PATCH',
        body: { version: record.version, employment: (record.employment ?? 1000) + 1 },
      });
      const before = await meter.read();
      const published = await timed(() =>
        call('/api/publications', { method: 'POST', body: { note: `Bench: one figure (${round})` } }),
      );
      const after = await meter.read();
      publishes.push({ ms: published.ms, number: published.result.number });
      if (before !== null) added.push(after - before);
    }
    console.log(
      `publish (one figure changed), median of 3   ${ms(median(publishes.map((p) => p.ms)))}   (goal ≤ 3000 ms)`,
    );
    console.log(
      `storage added per such publication          ${added.length ? added.map(kB).join(', ') : 'n/a (no DATABASE_URL)'}   (goal ≤ 100 kB)`,
    );

    const last = publishes.at(-1).number;
    const diffs = [];
    for (let round = 0; round < 3; round++) {
      diffs.push((await timed(() => call(`/api/publications/1/diff/${last}`))).ms);
    }
    console.log(`diff of publications 1 and ${last}, median of 3    ${ms(median(diffs))}   (goal ≤ 1000 ms)`);

    // The occupation page against a bare Node server answering the same bytes.
    const response = await fetch(`${app.baseUrl}${PAGE}`);
    if (response.status !== 200) throw new Error(`${PAGE} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const bare = await bareServer(
      body,
      response.headers.get('content-type') ?? 'application/json; charset=utf-8',
    );
    await load('warm-up (app)', { url: `${app.baseUrl}${PAGE}`, duration: 2, connections });
    await load('warm-up (bare)', { url: `${bare.url}${PAGE}`, duration: 2, connections });
    const baseline = await load('bare Node http (same bytes)', { url: `${bare.url}${PAGE}`, connections });
    const measured = await load('app: occupation page', { url: `${app.baseUrl}${PAGE}`, connections });
    bare.close();
    console.log(`GET ${PAGE}: ${kB(body.length)} of JSON, ${connections} connections, ${seconds} s each`);
    console.log(loadLine(baseline));
    console.log(loadLine(measured));
    const ratio = measured.result.requests.average / baseline.result.requests.average;
    console.log(
      `ratio app / bare Node: ${(ratio * 100).toFixed(0)} % (goal ≥ 60 %), app p99 ${measured.result.latency.p99} ms (goal < 20 ms)`,
    );

    // The finder, every request a query not asked before (so no response cache can answer it).
    const words = [
      'nurse',
      'therapist',
      'technician',
      'assistant',
      'medical',
      'dental',
      'health',
      'care',
      '',
    ];
    let counter = 0;
    const times = [];
    const finder = await new Promise((done, fail) => {
      const instance = autocannon(
        {
          url: app.baseUrl,
          connections: 10,
          duration: seconds,
          requests: [
            {
              setupRequest: (request) => {
                counter += 1;
                const q = words[counter % words.length];
                request.path = `/api/public/occupations?${q ? `q=${q}&` : ''}minPay=${20_000 + counter}&sort=pay`;
                return request;
              },
            },
          ],
        },
        (error, result) => (error ? fail(error) : done({ title: 'app: finder, uncached', result })),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
    });
    console.log(loadLine(finder));
    const sorted = times.sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)];
    console.log(
      `finder p95 ${p95?.toFixed(1)} ms over ${counter} distinct queries, 10 connections (goal p95 < 50 ms)`,
    );
    console.log(
      `RSS of the app: after seeding ${mb(rssAfterSeed)}, after the load ${mb(rssMB(app.pid))} (goal ≤ 400 MB)`,
    );
  } finally {
    await meter.close();
    await app.stop();
  }
}

async function importers() {
  const app = await startApp({ env: { SEED_CATALOGUE: 'false' } });
  try {
    const headers = await signIn(app.baseUrl);
    const call = api(app.baseUrl, headers);
    console.log(
      `importers on their real files (upload → parse + preview, then apply), a fresh app on ${app.where}`,
    );
    for (const file of CATALOGUE_SEED_FILES) {
      const bytes = readFileSync(join(dataDir, file.path));
      const form = new FormData();
      for (const [name, value] of Object.entries(file.fields ?? {})) form.append(name, String(value));
      form.append('file', new Blob([bytes]), basename(file.path));
      const preview = await timed(() => call('/api/imports', { method: 'POST', body: form }));
      const applied = await timed(() =>
        call(`/api/imports/${preview.result.id}/apply`, {
          method: 'POST',
          body: { version: preview.result.version },
        }),
      );
      const written = preview.result.counts.new + preview.result.counts.changed;
      console.log(
        `${file.path.padEnd(58)} ${kB(bytes.length).padStart(10)}   parse + preview ${ms(preview.ms)}   apply ${ms(applied.ms)}   (${written} rows)`,
      );
    }
  } finally {
    await app.stop();
  }
}

await servingAndPublishing();
await importers();
