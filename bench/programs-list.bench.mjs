// The admin's programs list at national scale: 3,000 schools and 30,000 programs written with SQL,
// then `GET /api/programs` filtered (state, accreditation, credential, delivery, search) and sorted
// (by school name, by name), one request at a time so each figure is the server's own time.
// Baselines in the same run: `GET /api/auth/me` (the same stack and session, no list), and every
// list again with the list's indexes dropped. Goal: p95 < 30 ms for a filtered, sorted list.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- programs-list
// Needs the built app (npm run build) and DATABASE_URL (the programs are written into the app's
// fresh database on that server). Options: BENCH_REQUESTS (300 per list). Never fails on time.
import pg from 'pg';
import { signIn, startApp } from './support/harness.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const SCHOOLS = 3_000;
const PROGRAMS = 30_000;
const STATES = ['TX', 'CA', 'FL', 'NY', 'PA', 'IL', 'OH', 'GA', 'NC', 'MI', 'CO', 'WI', 'AZ', 'MN', 'MD'];
const LIST_INDEXES = {
  programs_name: 'CREATE INDEX "programs_name" ON "programs" ("name")',
  programs_accreditation_body:
    'CREATE INDEX "programs_accreditation_body" ON "programs" ("accreditation_body_id")',
  schools_name: 'CREATE INDEX "schools_name" ON "schools" ("name")',
};
/** The name search's trigram indexes, measured on their own as well. */
const SEARCH_INDEXES = {
  programs_name_trgm: 'CREATE INDEX "programs_name_trgm" ON "programs" USING gin ("name" gin_trgm_ops)',
  schools_name_trgm: 'CREATE INDEX "schools_name_trgm" ON "schools" USING gin ("name" gin_trgm_ops)',
};

if (!process.env.DATABASE_URL) {
  console.error(
    'programs-list bench: set DATABASE_URL (the programs are written with SQL into the app’s database).',
  );
  process.exit(1);
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function seed(db) {
  const states = `ARRAY[${STATES.map((state) => `'${state}'`).join(',')}]`;
  await db.query(`
    INSERT INTO schools (slug, name, city, state, version)
    SELECT 'bench-school-' || g, initcap(md5(g::text)) || ' College', 'City ' || (g % 300), (${states})[1 + g % ${STATES.length}], 1
      FROM generate_series(1, ${SCHOOLS}) g`);
  await db.query(`
    WITH school AS (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM schools WHERE slug LIKE 'bench-school-%'),
         occupation AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM occupations),
         body AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM accreditation_bodies)
    INSERT INTO programs (school_id, occupation_id, name, credential_level, delivery, accreditation_body_id, version)
    SELECT school.id, occupation.id,
           (ARRAY['Medical Assisting','Medical Coding','Phlebotomy','Practical Nursing','Surgical Technology'])[1 + g % 5] || ' ' || g,
           (ARRAY['certificate','associate','bachelor'])[1 + g % 3],
           (ARRAY['campus','online','hybrid'])[1 + (g / 7) % 3],
           (SELECT id FROM body WHERE body.n = 1 + g % 4),
           1
      FROM generate_series(1, ${PROGRAMS}) g
      JOIN school ON school.n = 1 + g % ${SCHOOLS}
      JOIN occupation ON occupation.n = 1 + g % (SELECT count(*) FROM occupations)`);
  await db.query('ANALYZE schools; ANALYZE programs');
  const { rows } = await db.query('SELECT id FROM accreditation_bodies ORDER BY id LIMIT 1');
  return rows[0].id;
}

async function timeList(baseUrl, headers, path) {
  const times = [];
  let total = null;
  for (let index = 0; index < REQUESTS + 20; index += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers });
    const body = await response.json();
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body.message}`);
    if (index >= 20) times.push(elapsed); // the first 20 warm up
    total = body.total ?? null;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), total };
}

const line = (title, { p50, p95, total }) =>
  `${title.padEnd(62)} p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms${total === null ? '' : `   (${total} programs)`}`;

const app = await startApp({ timeoutMs: 300_000 });
const db = new pg.Client({ connectionString: app.databaseUrl });
try {
  await db.connect();
  const headers = await signIn(app.baseUrl);
  const bodyId = await seed(db);
  const lists = [
    ['all, sorted by name', '/api/programs?sort=name'],
    ['state TX, sorted by school name', '/api/programs?state=TX&sort=schoolName'],
    [
      'accreditation + credential, by school name',
      `/api/programs?accreditationBodyId=${bodyId}&credentialLevel=certificate&sort=schoolName`,
    ],
    ['search "coding" in program and school names, by school', '/api/programs?q=coding&sort=-schoolName'],
    ['search "4f1" (a few schools), by school', '/api/programs?q=4f1&sort=schoolName'],
    ['state CA, online, page 3, by name', '/api/programs?state=CA&delivery=online&sort=name&page=3'],
    ['all, by school name, page 100', '/api/programs?sort=schoolName&page=100'],
  ];
  console.log(
    `programs list bench: ${SCHOOLS} schools, ${PROGRAMS} programs (besides the seed), ${REQUESTS} requests per list one at a time, app on ${app.where}`,
  );
  console.log(
    line(
      'baseline: GET /api/auth/me (same stack, no list)',
      await timeList(app.baseUrl, headers, '/api/auth/me'),
    ),
  );
  const withIndexes = [];
  for (const [title, path] of lists) withIndexes.push([title, await timeList(app.baseUrl, headers, path)]);
  const searches = lists.filter(([, path]) => path.includes('q='));
  for (const name of Object.keys(SEARCH_INDEXES)) await db.query(`DROP INDEX "${name}"`);
  await db.query('ANALYZE schools; ANALYZE programs');
  const withoutTrigrams = [];
  for (const [title, path] of searches)
    withoutTrigrams.push([title, await timeList(app.baseUrl, headers, path)]);
  for (const statement of Object.values(SEARCH_INDEXES)) await db.query(statement);
  for (const name of Object.keys(LIST_INDEXES)) await db.query(`DROP INDEX "${name}"`);
  await db.query('ANALYZE schools; ANALYZE programs');
  const without = [];
  for (const [title, path] of lists) without.push([title, await timeList(app.baseUrl, headers, path)]);
  for (const statement of Object.values(LIST_INDEXES)) await db.query(statement);

  console.log('\nwith the list indexes (as migrated):');
  for (const [title, figures] of withIndexes) console.log(line(title, figures));
  console.log('\nbaseline: the search without its trigram indexes (programs_name_trgm, schools_name_trgm):');
  for (const [title, figures] of withoutTrigrams) console.log(line(title, figures));
  console.log('\nbaseline: the same lists without programs_name, programs_accreditation_body, schools_name:');
  for (const [title, figures] of without) console.log(line(title, figures));
  const worst = Math.max(...withIndexes.map(([, figures]) => figures.p95));
  console.log(`\nslowest p95 with the indexes: ${worst.toFixed(1)} ms (goal < 30 ms)`);
} finally {
  await db.end();
  await app.stop();
}
