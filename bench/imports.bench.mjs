// The yearly update: parse + preview, and apply, of a national OEWS release through the real API,
// against a baseline measured in the same run: reading the same workbook with exceljs alone (the
// floor any importer of this file pays). Goal: parse + preview under 1 s, apply under 2 s.
//
//   npm run bench -- imports        (build first: npm run build)
// Data: reference-data/ in the repository, or CAREERSCOPE_DATA_DIR. Prints figures; never fails on time.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { root, startApp, signIn } from './support/harness.mjs';

const dataDir = process.env.CAREERSCOPE_DATA_DIR ?? resolve(root, 'reference-data');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0).padStart(5)} ms`;

async function timed(action) {
  const started = performance.now();
  const result = await action();
  return { result, ms: performance.now() - started };
}

async function call(baseUrl, headers, path, init) {
  const response = await fetch(`${baseUrl}${path}`, { ...init, headers: { ...headers, ...init.headers } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body.message}`);
  return body;
}

function upload(baseUrl, headers, bytes, name) {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  return call(baseUrl, headers, '/api/imports', { method: 'POST', body: form });
}

const decide = (baseUrl, headers, view, decision) =>
  call(baseUrl, headers, `/api/imports/${view.id}/${decision}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: view.version }),
  });

const may2024 = readFileSync(join(dataDir, 'bls', 'national_M2024_dl.xlsx'));
const may2023 = readFileSync(join(dataDir, 'bls', 'national_M2023_dl.xlsx'));

const app = await startApp();
try {
  const headers = await signIn(app.baseUrl);
  const baseline = [];
  const previews = [];
  for (let round = 0; round < ROUNDS; round++) {
    baseline.push(
      (
        await timed(async () => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(may2024);
        })
      ).ms,
    );
    const preview = await timed(() => upload(app.baseUrl, headers, may2024, 'national_M2024_dl.xlsx'));
    previews.push(preview.ms);
    await decide(app.baseUrl, headers, preview.result, 'discard');
  }
  // Applying May 2023 writes its rows as history; applying it again writes nothing.
  const applies = [];
  for (let round = 0; round < Math.max(2, Math.min(ROUNDS, 3)); round++) {
    const preview = await upload(app.baseUrl, headers, may2023, 'national_M2023_dl.xlsx');
    const applied = await timed(() => decide(app.baseUrl, headers, preview, 'apply'));
    applies.push({ ms: applied.ms, written: preview.counts.new + preview.counts.changed });
  }

  console.log(
    `imports bench: national OEWS workbook (${(may2024.length / 1024).toFixed(0)} kB, 1,400 rows), ${ROUNDS} rounds, app on ${app.where}`,
  );
  console.log(`baseline: exceljs reads the workbook       median ${ms(median(baseline))}`);
  console.log(`upload → parse + preview (HTTP, API)       median ${ms(median(previews))}   (goal < 1000 ms)`);
  for (const [index, apply] of applies.entries()) {
    console.log(
      `apply #${index + 1} (${apply.written} rows written, one transaction)   ${ms(apply.ms)}   (goal < 2000 ms)`,
    );
  }
  console.log(`ratio parse + preview / baseline: ${(median(previews) / median(baseline)).toFixed(2)}×`);
} finally {
  await app.stop();
}
