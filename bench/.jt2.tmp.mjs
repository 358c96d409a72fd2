import pg from 'pg';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const jt = require('../api/dist/common/jsonb-text.js');
const db = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/me_pub' }); await db.connect();
const rows = (await db.query(`select body from publication_records`)).rows.map(r => r.body);
await db.end();
let t = performance.now(); for (const r of rows) jt.jsonbText(r); console.log((performance.now()-t).toFixed(0), 'ms; shapes', jt.__shapes.size);
const counts = new Map(); for (const k of jt.__shapes.keys()) { const f = k.split('\u0000').slice(0,3).join(','); counts.set(f, (counts.get(f)??0)+1); }
console.log([...counts].sort((a,b)=>b[1]-a[1]).slice(0,10));
