import { Client } from 'pg';
import request from 'supertest';
import { SESSION_COOKIE } from '@careerscope/shared';
import { base32Decode, generateTotpSecret, totp } from '../src/auth/totp';
import { PostgresThrottlerStorage } from '../src/common/throttling/postgres-throttler.storage';
import { SignInFailuresService } from '../src/users/sign-in-failures.service';
import {
  ADMIN,
  browserAgent,
  signedInAgent,
  startSecondInstance,
  startTestApp,
  TestApp,
} from './support/test-app';

/** Two instances of the app on one database, as behind a load balancer. */
describe('several app instances on one database', () => {
  let first: TestApp;
  let second: Awaited<ReturnType<typeof startSecondInstance>>;

  async function query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: first.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    first = await startTestApp({ LOGIN_RATE_LIMIT: '4' });
    second = await startSecondInstance(first);
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('shares the sign-in rate limit: the instances together allow it once, not once each', async () => {
    const attempt = async (instance: Pick<TestApp, 'server'>) => {
      const client = await browserAgent(instance);
      const answer = await client.agent
        .post('/api/auth/login')
        .set(client.csrf)
        .send({ email: 'someone@test.careerscope', password: 'not the password' });
      return answer;
    };
    const statuses = [];
    for (const instance of [first, second, first, second]) statuses.push((await attempt(instance)).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    const limited = await attempt(second);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(first)).status).toBe(429);
  });

  it('ends a session signed out on one instance on the other too', async () => {
    await query('DELETE FROM throttler_counters');
    const client = await browserAgent(first);
    const login = await client.agent.post('/api/auth/login').set(client.csrf).send(ADMIN).expect(200);
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .find((value) => value.startsWith(`${SESSION_COOKIE}=`))!
      .split(';')[0];
    const onSecond = () => request(second.server).get('/api/auth/me').set('Cookie', cookie);
    await onSecond().expect(200);
    await client.agent.post('/api/auth/logout').set(client.csrf).expect(204);
    await onSecond().expect(401);
  });

  it('encrypts a TOTP secret stored in clear when an instance starts, and the codes still work', async () => {
    await query('DELETE FROM throttler_counters');
    const admin = await signedInAgent(first);
    const email = 'clear.secret@test.careerscope';
    const password = 'amber lighthouse quartet';
    const created = await admin.agent
      .post('/api/users')
      .set(admin.csrf)
      .send({ email, name: 'Clear Secret', role: 'editor', password })
      .expect(201);
    // As an older version stored it.
    const secret = generateTotpSecret();
    await query('UPDATE users SET totp_secret = $2, totp_enabled = true WHERE id = $1', [
      created.body.id,
      secret,
    ]);

    const third = await startSecondInstance(first);
    try {
      const [row] = await query<{ totp_secret: string }>('SELECT totp_secret FROM users WHERE id = $1', [
        created.body.id,
      ]);
      expect(row.totp_secret).toMatch(/^v1:/);
      expect(row.totp_secret).not.toContain(secret);

      const client = await browserAgent(third);
      await client.agent
        .post('/api/auth/login')
        .set(client.csrf)
        .send({ email, password, totp: totp(base32Decode(secret)) })
        .expect(200);
      await client.agent.get('/api/auth/me').expect(200);
    } finally {
      await third.close();
    }
  });

  it('deletes rate-limit counters and failed sign-in counts that no longer count', async () => {
    await query(
      `INSERT INTO throttler_counters (key, hits, expires_at, blocked_until) VALUES
         ('finished', 3, now() - interval '1 minute', NULL),
         ('blocked', 9, now() - interval '1 minute', now() + interval '1 minute'),
         ('running', 1, now() + interval '1 minute', NULL)`,
    );
    await query(
      `INSERT INTO sign_in_failures (key, failures, last_failed_at, retry_at) VALUES
         ('old@test.careerscope', 2, now() - interval '2 days', NULL),
         ('waiting@test.careerscope', 9, now() - interval '2 days', now() + interval '1 minute'),
         ('recent@test.careerscope', 1, now(), NULL)`,
    );
    await first.app.get(PostgresThrottlerStorage).deleteFinished();
    await first.app.get(SignInFailuresService).deleteForgotten();
    const counters = await query<{ key: string }>('SELECT key FROM throttler_counters ORDER BY key');
    expect(counters.map((row) => row.key)).toEqual(expect.arrayContaining(['blocked', 'running']));
    expect(counters.map((row) => row.key)).not.toContain('finished');
    const failures = await query<{ key: string }>('SELECT key FROM sign_in_failures ORDER BY key');
    expect(failures.map((row) => row.key)).toEqual(
      expect.arrayContaining(['recent@test.careerscope', 'waiting@test.careerscope']),
    );
    expect(failures.map((row) => row.key)).not.toContain('old@test.careerscope');
  });
});
