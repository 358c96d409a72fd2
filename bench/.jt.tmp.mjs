import pg from 'pg';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { jsonbText } = require('../api/dist/common/jsonb-text.js');
const db = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/me_pub' }); await db.connect();
const rows = (await db.query(`select body from publication_records`)).rows.map(r => r.body);
await db.end();
for (let i = 0; i < 3; i++) {
  let t = performance.now(); let n = 0; for (const r of rows) n += JSON.stringify(r).length; const a = performance.now() - t;
  t = performance.now(); let m = 0; for (const r of rows) m += jsonbText(r).length; const b = performance.now() - t;
  console.log(`JSON.stringify ${a.toFixed(0)} ms (${n})  jsonbText ${b.toFixed(0)} ms (${m})`);
}
