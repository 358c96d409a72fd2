// The server-rendered comparison page against a bare Node server that answers with the same HTML
// bytes, measured in the same run with autocannon. The bare server is the ceiling of what Node
// can do on this machine for this response; the ratio says how close the app comes. A third run
// asks for a comparison of a different pair of careers every time (`/compare?o=a,b`, thousands of
// pairs in the catalogue), so every request is rendered: the HTML cache never hits.
//
//   node bench/portal-ssr.bench.mjs                  starts the app (DATABASE_URL, or embedded)
//   BENCH_BASE_URL=http://127.0.0.1:3000 node bench/portal-ssr.bench.mjs   uses a running app
//
// Options: BENCH_PATH (default /compare/cma-vs-medical-coder), BENCH_SECONDS (10),
// BENCH_CONNECTIONS (10). Prints figures; never fails on time.
import { bareServer, load, loadLine, startApp } from './support/harness.mjs';

const path = process.env.BENCH_PATH ?? '/compare/cma-vs-medical-coder';
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const app = await startApp();
try {
  const page = await fetch(`${app.baseUrl}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const body = Buffer.from(await page.arrayBuffer());
  const contentType = page.headers.get('content-type') ?? 'text/html';

  const bare = await bareServer(body, contentType);
  const bareUrl = `${bare.url}${path}`;

  console.log(
    `portal SSR bench: ${path}, ${body.length} bytes of HTML, ${connections} connections, ${duration} s each`,
  );
  // Warm up: the first render fills the per-publication HTML cache.
  await load('warm-up', { url: `${app.baseUrl}${path}`, duration: 2 });
  const baseline = await load('bare Node (same bytes)', { url: bareUrl });
  const cached = await load('app, server-rendered (cached)', { url: `${app.baseUrl}${path}` });
  const slugs = (await (await fetch(`${app.baseUrl}/api/public/occupations?pageSize=500`)).json()).items.map(
    (occupation) => occupation.slug,
  );
  const pairs = slugs.flatMap((first, index) => slugs.slice(index + 1).map((second) => `${first},${second}`));
  if (pairs.length < 1000)
    throw new Error(`Only ${pairs.length} pairs of careers to compare: is the catalogue loaded?`);
  let n = 0;
  const uncached = await load('app, new pair each time (rendered)', {
    url: app.baseUrl,
    requests: [
      { setupRequest: (request) => ({ ...request, path: `/compare?o=${pairs[n++ % pairs.length]}` }) },
    ],
    duration: Math.max(3, Math.round(duration / 2)),
  });
  bare.close();

  for (const result of [baseline, cached, uncached]) console.log(loadLine(result));
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
