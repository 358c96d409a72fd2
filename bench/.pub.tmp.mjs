import pg from 'pg';
const base = process.env.BASE, dbUrl = process.env.DB;
const first = await fetch(`${base}/api/auth/me`);
const csrf = /XSRF-TOKEN=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1];
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${csrf}`, 'x-xsrf-token': csrf }, body: JSON.stringify({ email: 'admin@careerscope.local', password: 'admin password 2026' }) });
const session = /careerscope_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
const headers = { cookie: `XSRF-TOKEN=${csrf}; careerscope_session=${session}`, 'x-xsrf-token': csrf, 'content-type': 'application/json' };
const db = new pg.Client({ connectionString: dbUrl }); await db.connect();
const size = async () => Number((await db.query(`SELECT pg_total_relation_size('publications') + pg_total_relation_size('publication_records') + coalesce(pg_total_relation_size(to_regclass('publication_manifest_chunks')),0) AS b`)).rows[0].b);
for (let i = 0; i < Number(process.env.N ?? 3); i++) {
  if (process.env.KIND === 'school') await db.query(`UPDATE schools SET tuition_in_state = coalesce(tuition_in_state, 0) + 1, version = version + 1 WHERE id = (SELECT id FROM schools WHERE ipeds_unit_id IS NOT NULL ORDER BY ipeds_unit_id LIMIT 1)`);
  else await db.query(`UPDATE wage_statistics SET median_annual = median_annual + 1 WHERE id = (SELECT id FROM wage_statistics WHERE soc_code = '29-1141' AND area_type = 'national' ORDER BY period_year DESC LIMIT 1)`);
  const before = await size();
  const t = performance.now();
  const r = await fetch(`${base}/api/publications`, { method: 'POST', headers, body: JSON.stringify({ note: 'x' + i }) });
  const ms = performance.now() - t;
  const body = await r.json();
  console.log(r.status, body.number, `${ms.toFixed(0)} ms`, `+${((await size()) - before) / 1000} kB`);
}
const t = performance.now();
const d = await fetch(`${base}/api/publications/1/diff/2`, { headers });
console.log('diff', d.status, `${(performance.now() - t).toFixed(0)} ms`);
await db.end();
