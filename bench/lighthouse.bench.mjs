// Lighthouse on a phone, for each public page type: a comparison, a profile, the career finder and
// the school directory. Lighthouse's mobile defaults (Moto G Power viewport, 4× CPU slowdown,
// simulated slow 4G), Debian's Chromium with `--headless=new`, three runs per page; prints the
// median of the performance, accessibility, best-practices and SEO scores and of the total blocking
// time, with each run's figures beside it and the machine's load average before and after.
//
//   node bench/lighthouse.bench.mjs                  starts the app (DATABASE_URL, or embedded)
//   BENCH_BASE_URL=http://127.0.0.1:3000 node bench/lighthouse.bench.mjs   uses a running app
//
// Options: LIGHTHOUSE_RUNS (3), LIGHTHOUSE_PAGES (comma-separated paths), CHROME_PATH
// (/usr/bin/chromium). Prints figures; never fails on a score.
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { startApp } from './support/harness.mjs';

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const pages = process.env.LIGHTHOUSE_PAGES?.split(',') ?? [
  '/compare/cma-vs-medical-coder',
  '/careers/certified-medical-assistant',
  '/careers',
  '/schools',
];
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const app = await startApp();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  console.log(
    `lighthouse bench: ${runs} runs per page, mobile defaults, ${chromePath} --headless=new, against ${app.where}`,
  );
  console.log(`load average before (1, 5, 15 min): ${load()}`);
  // One unmeasured visit per page: the server's HTML cache and the API's caches are warm for every run.
  for (const path of pages) await fetch(`${app.baseUrl}${path}`);

  const rows = [];
  for (const path of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(
        `${app.baseUrl}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        undefined,
      );
      if (lhr.runtimeError) {
        // A run Lighthouse could not finish (no paint in time on a loaded machine) scores nothing.
        console.log(`${path}: run ${run + 1} failed (${lhr.runtimeError.code}); run again`);
        run--;
        continue;
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      );
      const tbt = Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0);
      const bootup = Math.round(lhr.audits['bootup-time']?.numericValue ?? 0);
      const mainThread = Math.round(lhr.audits['mainthread-work-breakdown']?.numericValue ?? 0);
      results.push({ ...scores, tbt, bootup, mainThread });
    }
    const pick = (key) => median(results.map((result) => result[key]));
    rows.push({ path, results, pick });
    console.log(
      `${path.padEnd(40)} perf ${String(pick('performance')).padStart(3)}  a11y ${pick('accessibility')}  ` +
        `best practices ${pick('best-practices')}  SEO ${pick('seo')}  TBT ${pick('tbt')} ms  ` +
        `JS boot-up ${pick('bootup')} ms  main thread ${pick('mainThread')} ms`,
    );
    console.log(
      `${''.padEnd(40)} runs: ${results.map((result) => `perf ${result.performance} / TBT ${result.tbt} ms`).join(', ')}`,
    );
  }
  console.log(`load average after (1, 5, 15 min): ${load()}`);
  console.log('(medians of the runs; the machine is shared, so compare figures taken under similar load)');
} finally {
  await chrome.kill();
  await app.stop();
}
