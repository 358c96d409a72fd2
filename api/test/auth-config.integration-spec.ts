import request from 'supertest';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@careerscope/shared';
import { base32Decode, totp } from '../src/auth/totp';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

/**
 * Behind HTTPS, with a low sign-in rate limit and REQUIRE_ADMIN_2FA=true. Secure cookies are not sent
 * back over the test's plain HTTP by a cookie jar, so these tests carry the cookies by hand.
 */
describe('sign-in behind HTTPS with throttling and required admin 2FA', () => {
  let testApp: TestApp;
  let csrf: string;

  const post = (path: string, cookies: string[] = []) =>
    request(testApp.server)
      .post(path)
      .set('Cookie', [`${CSRF_COOKIE}=${csrf}`, ...cookies].join('; '))
      .set(CSRF_HEADER, csrf);

  beforeAll(async () => {
    testApp = await startTestApp({
      PUBLIC_URL: 'https://careerscope.example',
      LOGIN_RATE_LIMIT: '3',
      REQUIRE_ADMIN_2FA: 'true',
    });
    csrf = 'a-fixed-test-token-of-some-length';
  });

  afterAll(() => testApp.close());

  it('marks the session cookie Secure, and keeps an admin without a second factor to enrollment', async () => {
    const login = await post('/api/auth/login').send(ADMIN).expect(200);
    expect(login.body).toMatchObject({ role: 'admin', twoFactorEnabled: false, twoFactorRequired: true });
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .find((value) => value.startsWith(`${SESSION_COOKIE}=`)) as string;
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    const session = cookie.split(';')[0];

    const get = (path: string) => request(testApp.server).get(path).set('Cookie', session);
    const blocked = await get('/api/users').expect(403);
    expect(blocked.body.error).toBe('two_factor_enrollment_required');
    await get('/api/publications').expect(403);
    await get('/api/auth/me').expect(200);

    const setup = await post('/api/auth/totp/setup', [session]).expect(200);
    const key = base32Decode(setup.body.secret);
    const confirmed = await post('/api/auth/totp/confirm', [session])
      .send({ code: totp(key) })
      .expect(200);
    expect(confirmed.body).toMatchObject({ twoFactorEnabled: true, twoFactorRequired: false });
    await get('/api/users').expect(200);
    const keep = await post('/api/auth/totp/disable', [session])
      .send({ password: ADMIN.password })
      .expect(409);
    expect(keep.body.message).toMatch(/REQUIRE_ADMIN_2FA/);
  });

  it('throttles sign-in per address (429 after the limit)', async () => {
    // The first test used one attempt of this window; two more are allowed.
    const attempt = () =>
      post('/api/auth/login').send({ email: 'nobody@test.careerscope', password: 'x'.repeat(12) });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 2)).toEqual([401, 401]);
    expect(statuses[2]).toBe(429);
    const limited = await attempt().expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'too_many_requests' });
    expect(limited.headers['retry-after']).toBeDefined();
    // Other routes are not throttled.
    for (let i = 0; i < 5; i++) await request(testApp.server).get('/api/public/publication').expect(200);
  });

  it('sets HSTS and the other helmet headers', async () => {
    const response = await request(testApp.server).get('/api/health').expect(200);
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
