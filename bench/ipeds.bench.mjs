// School listings from IPEDS at national scale, measured through the real API on the default run
// (the whole catalogue, and every school that awarded a credential in a program leading to one of
// its careers, imported from reference-data/ at first start):
//   - the directory import on a real file (hd2022.csv against listings made from hd2023.csv, a
//     refresh that changes listings): upload → parse + preview, then apply; the baseline is reading
//     the same CSV with csv-parse in this process;
//   - the completions import the same way (c2022_a against programs made from c2023_a, then c2023_a
//     again: two refreshes that rewrite tens of thousands of programs, each with its revision);
//   - the first publish after the completions refreshes (every program changed), then publishing
//     with all of it loaded: median of 3 publishes that each change one school listing.
// Goals (issue "Speed and scale"): directory parse + preview ≤ 5 s, apply ≤ 10 s, publish ≤ 3 s
// (the completions files are measured against the same goals, as the largest of the four kinds).
//
//   npm run bench -- ipeds      (build first: npm run build)
// First start imports the whole catalogue, which takes minutes on a busy machine: BENCH_START_MS
// (default 15 minutes) bounds the wait. Prints figures; never fails on time.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { root, startApp, signIn } from './support/harness.mjs';

const dataDir = process.env.CAREERSCOPE_DATA_DIR ?? resolve(root, 'reference-data');
const startMs = Number(process.env.BENCH_START_MS ?? 15 * 60_000);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;

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

async function importFile(call, name) {
  const bytes = readFileSync(join(dataDir, 'ipeds', name));
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const preview = await timed(() => call('/api/imports', { method: 'POST', body: form }));
  const applied = await timed(() =>
    call(`/api/imports/${preview.result.id}/apply`, {
      method: 'POST',
      body: { version: preview.result.version },
    }),
  );
  return { preview, applied, counts: preview.result.counts };
}

const started = performance.now();
const app = await startApp({ timeoutMs: startMs });
const firstStart = performance.now() - started;
try {
  const headers = await signIn(app.baseUrl);
  const call = api(app.baseUrl, headers);
  const schools = await call('/api/schools?pageSize=1');
  const programs = await call('/api/programs?pageSize=1');
  console.log(`IPEDS listings on ${app.where}`);
  console.log(
    `first start (migrations, seed, catalogue and IPEDS imports, publish)   ${ms(firstStart)}   ${schools.total} schools, ${programs.total} programs`,
  );

  const baseline = await timed(() =>
    parse(readFileSync(join(dataDir, 'ipeds', 'hd2022.csv')).toString('latin1'), { relax_quotes: true }),
  );
  console.log(`baseline: csv-parse of hd2022.csv in this process                     ${ms(baseline.ms)}`);
  for (const name of ['hd2022.csv', 'hd2023.csv']) {
    const { preview, applied, counts } = await importFile(call, name);
    console.log(
      `directory ${name.padEnd(12)} parse + preview ${ms(preview.ms)} (goal ≤ 5000)   apply ${ms(applied.ms)} (goal ≤ 10000)   ${counts.new} new, ${counts.changed} changed, ${counts.closed ?? 0} closed`,
    );
  }

  for (const name of ['c2022_a.first-majors.csv', 'c2023_a.first-majors.csv']) {
    const { preview, applied, counts } = await importFile(call, name);
    console.log(
      `completions ${name.padEnd(24)} parse + preview ${ms(preview.ms)} (goal ≤ 5000)   apply ${ms(applied.ms)} (goal ≤ 10000)   ${counts.new} new, ${counts.changed} changed, ${counts.vanished ?? 0} vanished`,
    );
  }

  const refreshed = await timed(() => call('/api/publications', { method: 'POST', body: { note: 'bench' } }));
  const db = app.databaseUrl ? new pg.Client({ connectionString: app.databaseUrl }) : null;
  await db?.connect();
  const times = [];
  for (let round = 0; round < 3; round++) {
    if (db) {
      await db.query(
        `UPDATE schools SET tuition_in_state = coalesce(tuition_in_state, 0) + 1, version = version + 1
          WHERE id = (SELECT id FROM schools WHERE ipeds_unit_id IS NOT NULL ORDER BY ipeds_unit_id LIMIT 1)`,
      );
    }
    times.push(
      (await timed(() => call('/api/publications', { method: 'POST', body: { note: `bench ${round}` } }))).ms,
    );
  }
  await db?.end();
  console.log(
    `publish after the completions refreshes (every program changed)        ${ms(refreshed.ms)} (goal ≤ 3000)`,
  );
  console.log(
    `publish with every school loaded, one listing changed (median of 3)     ${ms(median(times))} (goal ≤ 3000)${db ? '' : '   (no DATABASE_URL: nothing changed between publishes)'}`,
  );
} finally {
  await app.stop();
}
