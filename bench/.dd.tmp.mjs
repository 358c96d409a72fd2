const base = process.env.BASE;
const first = await fetch(`${base}/api/auth/me`);
const csrf = /XSRF-TOKEN=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1];
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${csrf}`, 'x-xsrf-token': csrf }, body: JSON.stringify({ email: 'admin@careerscope.local', password: 'admin password 2026' }) });
const session = /careerscope_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
const headers = { cookie: `XSRF-TOKEN=${csrf}; careerscope_session=${session}`, 'x-xsrf-token': csrf };
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await fetch(`${base}/api/publications/draft/diff`, { headers }); await r.text(); console.log('draft diff', r.status, (performance.now() - t).toFixed(0), 'ms'); }
