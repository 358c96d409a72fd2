// The school directory at national scale: thousands of schools and tens of thousands of programs
// (synthetic, placed at real ZIP code centroids across the country, with published charges and
// completions), published, then searched through the real API:
//   - publishing with all of it (one publish, timed);
//   - GET /api/public/schools with filters (career, ZIP code + radius, credential, maximum cost) and
//     distance sort, a different ZIP code on every request so no response cache can answer it:
//     p50/p95/p99 of the response times, 10 connections;
//   - baselines in the same run: a bare Node `http` server answering one such response's bytes, and
//     the app answering one search it has answered before (from its response cache).
// Goal (issue "Speed and scale"): /schools with filters and distance sort p95 < 50 ms; publish ≤ 3 s.
//
//   npm run bench -- schools-search     (build first: npm run build)
// Options: BENCH_SCHOOLS (4000), BENCH_PROGRAMS_PER_SCHOOL (8), BENCH_SECONDS (10).
// Prints figures; never fails on time.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { bareServer, load, loadLine, root, signIn, startApp } from './support/harness.mjs';

const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 4000);
const PER_SCHOOL = Number(process.env.BENCH_PROGRAMS_PER_SCHOOL ?? 8);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const zipcodes = createRequire(join(root, 'api/package.json'))('zipcodes');

/** A small deterministic generator, so every run builds the same directory. */
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (items) => items[Math.floor(random() * items.length)];

const usZips = Object.values(zipcodes.codes).filter(
  (place) =>
    /^[0-9]{5}$/.test(place.zip) && typeof place.latitude === 'number' && /^[A-Z]{2}$/.test(place.state),
);

const app = await startApp({ env: { SEED_CATALOGUE: 'false' }, timeoutMs: 300_000 });
// With BENCH_BASE_URL (a running app), BENCH_DATABASE_URL names that app's database.
const databaseUrl = app.databaseUrl ?? process.env.BENCH_DATABASE_URL;
const db = new pg.Client({ connectionString: databaseUrl });
try {
  if (!databaseUrl)
    throw new Error('This bench writes its directory straight to the database: set DATABASE_URL');
  await db.connect();
  const occupations = (await db.query('SELECT id, slug FROM occupations ORDER BY slug')).rows;
  const accreditors = (await db.query('SELECT id FROM accreditation_bodies')).rows.map((row) => row.id);
  const sourceId = (await db.query('SELECT id FROM sources LIMIT 1')).rows[0].id;

  const schools = Array.from({ length: SCHOOLS }, (_, n) => {
    const place = pick(usZips);
    const tuition = Math.round(2000 + random() * 30_000);
    return {
      slug: `bench-school-${n}`,
      name: `Bench School ${n} of ${place.city}`,
      city: place.city,
      state: place.state,
      zip: place.zip,
      // A tenth without coordinates of their own: placed at their ZIP code's centroid.
      latitude: n % 10 === 0 ? null : place.latitude,
      longitude: n % 10 === 0 ? null : place.longitude,
      tuitionInState: tuition,
      tuitionOutOfState: random() < 0.5 ? tuition : tuition * 2,
    };
  });
  const started = performance.now();
  const schoolIds = (
    await db.query(
      `INSERT INTO schools (version, slug, name, city, state, zip, latitude, longitude, tuition_in_state,
         tuition_out_of_state, books_and_supplies, prices_year, prices_source_id)
       SELECT 1, s.slug, s.name, s.city, s.state, s.zip, s.latitude, s.longitude, s.tin, s.tout, 1500, 2022, $9
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[], $7::numeric[],
         $8::int[], $10::int[]) AS s(slug, name, city, state, zip, latitude, longitude, tin, tout)
       RETURNING id`,
      [
        schools.map((s) => s.slug),
        schools.map((s) => s.name),
        schools.map((s) => s.city),
        schools.map((s) => s.state),
        schools.map((s) => s.zip),
        schools.map((s) => s.latitude),
        schools.map((s) => s.longitude),
        schools.map((s) => s.tuitionInState),
        sourceId,
        schools.map((s) => s.tuitionOutOfState),
      ],
    )
  ).rows.map((row) => row.id);
  const programs = schoolIds.flatMap((schoolId) =>
    Array.from({ length: PER_SCHOOL }, (_, k) => ({
      schoolId,
      occupationId: occupations[k % occupations.length].id,
      credential: pick(['certificate', 'certificate', 'associate', 'bachelor']),
      delivery: pick(['campus', 'campus', 'campus', 'online', 'hybrid']),
      accreditor: accreditors.length && random() < 0.3 ? pick(accreditors) : null,
      cip: `51.${String(800 + k).padStart(4, '0')}`,
      completions: Math.floor(random() * 200),
    })),
  );
  await db.query(
    `INSERT INTO programs (version, school_id, occupation_id, name, credential_level, delivery, accreditation_body_id,
       cip_code, award_level, completions, completions_year, completions_source_id)
     SELECT 1, p.school, p.occupation, 'Program ' || p.cip, p.credential, p.delivery, p.accreditor, p.cip,
       CASE p.credential WHEN 'certificate' THEN 21 WHEN 'associate' THEN 3 ELSE 5 END, p.completions, 2023, $8
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::int[])
       AS p(school, occupation, credential, delivery, accreditor, cip, completions)`,
    [
      programs.map((p) => p.schoolId),
      programs.map((p) => p.occupationId),
      programs.map((p) => p.credential),
      programs.map((p) => p.delivery),
      programs.map((p) => p.accreditor),
      programs.map((p) => p.cip),
      programs.map((p) => p.completions),
      sourceId,
    ],
  );
  console.log(
    `schools search bench: ${SCHOOLS} schools, ${programs.length} programs over ${occupations.length} careers, written in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s; app on ${app.where}`,
  );

  const headers = { ...(await signIn(app.baseUrl)), 'content-type': 'application/json' };
  const { cookie, ...rest } = headers;
  const publishStarted = performance.now();
  const published = await fetch(`${app.baseUrl}/api/publications`, {
    method: 'POST',
    headers: { ...rest, cookie },
    body: JSON.stringify({ note: 'Bench: the national school directory' }),
  });
  if (published.status !== 201) throw new Error(`publishing answered ${published.status}`);
  console.log(
    `publish with the whole directory: ${(performance.now() - publishStarted).toFixed(0)} ms (goal ≤ 3000 ms)`,
  );

  const searchZips = Array.from({ length: 5000 }, () => pick(usZips).zip);
  const path = (n) =>
    `/api/public/schools?occupation=${occupations[n % occupations.length].slug}&zip=${searchZips[n % searchZips.length]}` +
    `&radius=100&credential=certificate&maxCost=25000&sort=distance`;
  const first = await fetch(`${app.baseUrl}${path(0)}`);
  if (first.status !== 200) throw new Error(`${path(0)} answered ${first.status}: ${await first.text()}`);
  const body = Buffer.from(await first.arrayBuffer());
  const firstTime = performance.now();
  await fetch(`${app.baseUrl}${path(1)}`);
  console.log(`one uncached search (first after publish): ${(performance.now() - firstTime).toFixed(1)} ms`);

  const bare = await bareServer(body, 'application/json; charset=utf-8');
  await load('warm-up (bare)', { url: `${bare.url}/`, duration: 2 });
  const baseline = await load('bare Node http (same bytes)', { url: `${bare.url}/`, duration: seconds });
  bare.close();

  let counter = 1000;
  const times = [];
  const measured = await new Promise((done, fail) => {
    const instance = autocannon(
      {
        url: app.baseUrl,
        connections: 10,
        duration: seconds,
        requests: [
          {
            setupRequest: (request) => {
              counter += 1;
              return { ...request, path: path(counter) };
            },
          },
        ],
      },
      (error, result) => (error ? fail(error) : done({ title: 'app: /schools, filters + distance', result })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  // The app answering one search it has answered before (its response cache): the framework's share.
  const repeated = await load('app: one search, repeated (cached)', {
    url: `${app.baseUrl}${path(0)}`,
    duration: seconds,
  });
  console.log(loadLine(baseline));
  console.log(loadLine(repeated));
  console.log(loadLine(measured));
  const sorted = times.sort((a, b) => a - b);
  const at = (q) => sorted[Math.floor(sorted.length * q)]?.toFixed(1);
  console.log(
    `/schools with filters and distance sort: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms over ${
      counter - 1000
    } distinct queries, ${body.length} bytes a page (goal p95 < 50 ms)`,
  );
} finally {
  await db.end().catch(() => {});
  await app.stop();
}
