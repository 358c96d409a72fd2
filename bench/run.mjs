// `npm run bench`: runs every bench/*.bench.mjs one after another, or only those whose names
// contain the given words (`npm run bench -- public-api`). Benchmarks print figures; they never
// fail on time (a bench that cannot run at all exits non-zero).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = import.meta.dirname;
const filters = process.argv.slice(2);
const benches = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
if (benches.length === 0) {
  console.error(`No bench matches ${filters.join(', ')}`);
  process.exit(1);
}
let failed = false;
for (const name of benches) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(process.execPath, [join(folder, name)], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
