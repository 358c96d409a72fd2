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
import { bareServer, load, loadLine, startApp } from './support/harness.mjs';

const path = process.env.BENCH_PATH ?? '/api/public/comparisons/cma-vs-medical-coder';
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const app = await startApp();
try {
  const response = await fetch(`${app.baseUrl}${path}`);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? 'application/json; charset=utf-8';

  const bare = await bareServer(body, contentType);
  const bareUrl = `${bare.url}${path}`;

  console.log(
    `public API bench: GET ${path}, ${body.length} bytes of JSON, ${connections} connections, ${duration} s each, app on ${app.where}`,
  );
  await load('warm-up (app)', { url: `${app.baseUrl}${path}`, duration: 2 });
  await load('warm-up (bare)', { url: bareUrl, duration: 2 });
  const baseline = await load('bare Node http (same bytes)', { url: bareUrl });
  const measured = await load('app (NestJS, full stack)', { url: `${app.baseUrl}${path}` });
  bare.close();

  console.log(loadLine(baseline));
  console.log(loadLine(measured));
  const ratio = measured.result.requests.average / baseline.result.requests.average;
  console.log(`ratio app / bare Node: ${(ratio * 100).toFixed(0)} % (goal ≥ 60 %)`);
} finally {
  await app.stop();
}
