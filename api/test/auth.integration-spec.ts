import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import request from 'supertest';
import * as QRCode from 'qrcode';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  DEVICE_COOKIE,
  SESSION_COOKIE,
  SessionUser,
  UserRecord,
} from '@careerscope/shared';
import { base32Decode, totp } from '../src/auth/totp';
import { ADMIN, browserAgent, signedInAgent, startTestApp, TestApp } from './support/test-app';

function sessionCookie(headers: Record<string, unknown>): string | undefined {
  return ([] as string[])
    .concat((headers['set-cookie'] as string[] | undefined) ?? [])
    .find((value) => value.startsWith(`${SESSION_COOKIE}=`));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('accounts and sign-in', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof signedInAgent>>;
  let counter = 0;

  /** A fresh editor for a test, so tests do not share lockouts or sessions. */
  async function newEditor(password = 'violet tractor seventeen'): Promise<{
    user: UserRecord;
    email: string;
    password: string;
    login: { email: string; password: string };
  }> {
    counter += 1;
    const email = `editor${counter}@test.careerscope`;
    const response = await admin.agent
      .post('/api/users')
      .set(admin.csrf)
      .send({ email, name: `Editor ${counter}`, role: 'editor', password })
      .expect(201);
    return { user: response.body, email, password, login: { email, password } };
  }

  async function storedTotpSecret(userId: string): Promise<string | null> {
    const client = new Client({ connectionString: testApp.databaseUrl });
    await client.connect();
    try {
      const result = await client.query<{ totp_secret: string | null }>(
        'SELECT totp_secret FROM users WHERE id = $1',
        [userId],
      );
      return result.rows[0].totp_secret;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    // A first wait of one second, so the tests can wait it out.
    testApp = await startTestApp({ SIGN_IN_DELAY_SECONDS: '1' });
    admin = await signedInAgent(testApp);
  });

  afterAll(() => testApp.close());

  it('signs in with an httpOnly, SameSite=Strict session cookie with a lifetime, and answers /me', async () => {
    const client = await browserAgent(testApp);
    const response = await client.agent.post('/api/auth/login').set(client.csrf).send(ADMIN).expect(200);
    expect(response.body).toMatchObject({ email: ADMIN.email, role: 'admin', twoFactorEnabled: false });
    const cookie = sessionCookie(response.headers);
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=28800/);
    expect(cookie).not.toMatch(/; Secure/);
    const me = await client.agent.get('/api/auth/me').expect(200);
    expect(me.body.email).toBe(ADMIN.email);
  });

  it('refuses a state-changing request without or with a wrong CSRF token (403)', async () => {
    const client = await browserAgent(testApp);
    const missing = await client.agent.post('/api/auth/login').send(ADMIN).expect(403);
    expect(missing.body.error).toBe('forbidden');
    await client.agent.post('/api/auth/login').set('X-XSRF-TOKEN', 'not-the-token').send(ADMIN).expect(403);
    await admin.agent.post('/api/publications').send({ note: 'no token' }).expect(403);
  });

  it('gives an unknown email and a wrong password the same answer', async () => {
    const client = await browserAgent(testApp);
    const unknown = await client.agent
      .post('/api/auth/login')
      .set(client.csrf)
      .send({ email: 'nobody@test.careerscope', password: 'whatever whatever' });
    const wrong = await client.agent
      .post('/api/auth/login')
      .set(client.csrf)
      .send({ email: ADMIN.email, password: 'whatever whatever' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body).toEqual({
      statusCode: 401,
      error: 'unauthorized',
      message: 'Email or password is incorrect',
    });
  });

  it('slows down repeated failures alike for known and unknown emails: 429 with Retry-After, never 423', async () => {
    const editor = await newEditor();
    const client = await browserAgent(testApp);
    const attempt = (email: string, password: string) =>
      client.agent.post('/api/auth/login').set(client.csrf).send({ email, password });
    const answers = async (email: string, password: string) => {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt(email, 'wrong password!!')).status);
      const held = await attempt(email, 'wrong password!!');
      // While waiting even the right password is not checked.
      const rightWhileWaiting = await attempt(email, password);
      return { statuses, held, rightWhileWaiting };
    };
    const known = await answers(editor.email, editor.password);
    const unknown = await answers('nobody.at.all@test.careerscope', editor.password);
    expect(known.statuses).toEqual([401, 401, 401, 401, 401]);
    expect(unknown.statuses).toEqual(known.statuses);
    expect(known.held.status).toBe(429);
    expect(known.held.headers['retry-after']).toBe('1');
    expect(known.held.body).toEqual({
      statusCode: 429,
      error: 'too_many_requests',
      message: 'Too many attempts. Try again in 1 second.',
    });
    expect(unknown.held.status).toBe(429);
    expect(unknown.held.headers['retry-after']).toBe(known.held.headers['retry-after']);
    expect(unknown.held.body).toEqual(known.held.body);
    expect(known.rightWhileWaiting.status).toBe(429);
    expect(unknown.rightWhileWaiting.status).toBe(429);

    // Once the wait is over the right password signs in.
    await sleep(1_100);
    await attempt(editor.email, editor.password).expect(200);
    await attempt(editor.email, 'wrong password!!').expect(401);
    await attempt(editor.email, editor.password).expect(200);
  });

  it('does not make a browser that signed in before wait because others fail for its email', async () => {
    const editor = await newEditor();
    const own = await browserAgent(testApp);
    const first = await own.agent.post('/api/auth/login').set(own.csrf).send(editor.login).expect(200);
    const device = ([] as string[])
      .concat(first.headers['set-cookie'] ?? [])
      .find((value) => value.startsWith(`${DEVICE_COOKIE}=`));
    expect(device).toMatch(/; HttpOnly/);
    expect(device).toMatch(/; SameSite=Strict/);
    await own.agent.post('/api/auth/logout').set(own.csrf).expect(204);

    const stranger = await browserAgent(testApp);
    const guess = () =>
      stranger.agent
        .post('/api/auth/login')
        .set(stranger.csrf)
        .send({ email: editor.email, password: 'wrong password!!' });
    for (let i = 0; i < 5; i++) await guess().expect(401);
    await guess().expect(429);
    await stranger.agent.post('/api/auth/login').set(stranger.csrf).send(editor.login).expect(429);

    await own.agent.post('/api/auth/login').set(own.csrf).send(editor.login).expect(200);
    // Its own failures still slow it down.
    const ownGuess = () =>
      own.agent
        .post('/api/auth/login')
        .set(own.csrf)
        .send({ email: editor.email, password: 'wrong password!!' });
    for (let i = 0; i < 5; i++) await ownGuess().expect(401);
    await ownGuess().expect(429);
  });

  it('doubles the wait with each further failure; an admin can lift it', async () => {
    const editor = await newEditor();
    const client = await browserAgent(testApp);
    const attempt = (password: string) =>
      client.agent.post('/api/auth/login').set(client.csrf).send({ email: editor.email, password });
    for (let i = 0; i < 5; i++) await attempt('wrong password!!').expect(401);
    expect((await attempt('wrong password!!').expect(429)).headers['retry-after']).toBe('1');
    // The wait starts when an attempt is admitted, before its password check: allow a second for that.
    await sleep(1_100);
    await attempt('wrong password!!').expect(401);
    const second = Number((await attempt(editor.password).expect(429)).headers['retry-after']);
    expect([1, 2]).toContain(second);
    await sleep(second * 1000 + 100);
    await attempt('wrong password!!').expect(401);
    const waiting = await attempt(editor.password).expect(429);
    expect([3, 4]).toContain(Number(waiting.headers['retry-after']));

    const record = await admin.agent.get(`/api/users/${editor.user.id}`).expect(200);
    expect(record.body.failedSignIns).toBe(7);
    expect(Date.parse(record.body.lockedUntil)).toBeGreaterThan(Date.now());
    const unlocked = await admin.agent
      .post(`/api/users/${editor.user.id}/unlock`)
      .set(admin.csrf)
      .send({ version: record.body.version })
      .expect(200);
    expect(unlocked.body).toMatchObject({ failedSignIns: 0, lockedUntil: null });
    await attempt(editor.password).expect(200);

    const events = await admin.agent.get('/api/audit-events').query({ userId: editor.user.id }).expect(200);
    const types = events.body.items.map((event: { type: string }) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(['auth.sign_in_failed', 'auth.locked', 'user.unlocked', 'auth.sign_in']),
    );
  });

  it('signs out on the server: the cookie is cleared and a copy of the old one no longer works', async () => {
    const editor = await newEditor();
    const client = await browserAgent(testApp);
    const login = await client.agent.post('/api/auth/login').set(client.csrf).send(editor.login).expect(200);
    const copy = sessionCookie(login.headers)!.split(';')[0];
    const response = await client.agent.post('/api/auth/logout').set(client.csrf).expect(204);
    expect(sessionCookie(response.headers)).toMatch(/^careerscope_session=;.*Expires=Thu, 01 Jan 1970/);
    await client.agent.get('/api/auth/me').expect(401);
    const me = await request(testApp.server).get('/api/auth/me').set('Cookie', copy).expect(401);
    expect(me.body.message).toBe('Your session has ended; please sign in again');
    await request(testApp.server)
      .post('/api/auth/password')
      .set('Cookie', `${copy}; ${CSRF_COOKIE}=t0ken`)
      .set(CSRF_HEADER, 't0ken')
      .send({ currentPassword: editor.password, newPassword: 'another long phrase here' })
      .expect(401);

    // The audit log names who signed out, once: signing out again with the ended session records nothing.
    await request(testApp.server)
      .post('/api/auth/logout')
      .set('Cookie', `${copy}; ${CSRF_COOKIE}=t0ken`)
      .set(CSRF_HEADER, 't0ken')
      .expect(204);
    const events = await admin.agent
      .get('/api/audit-events')
      .query({ type: 'auth.sign_out', actorId: editor.user.id })
      .expect(200);
    expect(events.body.items).toHaveLength(1);
    expect(events.body.items[0]).toMatchObject({
      subjectType: 'user',
      subjectId: editor.user.id,
      actor: { id: editor.user.id, email: editor.login.email },
    });
    expect(events.body.items[0].sentence).toMatch(/ signed out$/);
  });

  it('ends the sessions of a user an admin disables, for good: enabling them again revives none', async () => {
    const editor = await newEditor();
    const client = await signedInAgent(testApp, editor.login);
    await client.agent.get('/api/auth/me').expect(200);
    const disabled = await admin.agent
      .patch(`/api/users/${editor.user.id}`)
      .set(admin.csrf)
      .send({ version: editor.user.version, status: 'disabled' })
      .expect(200);
    await client.agent.get('/api/auth/me').expect(401);
    const again = await browserAgent(testApp);
    const refused = await again.agent.post('/api/auth/login').set(again.csrf).send(editor.login).expect(401);
    expect(refused.body.message).toBe('Email or password is incorrect');

    await admin.agent
      .patch(`/api/users/${editor.user.id}`)
      .set(admin.csrf)
      .send({ version: disabled.body.version, status: 'active' })
      .expect(200);
    await client.agent.get('/api/auth/me').expect(401);
    await signedInAgent(testApp, editor.login);
  });

  it('refuses a token that names no open server-side session, even when correctly signed', async () => {
    const editor = await newEditor();
    await signedInAgent(testApp, editor.login);
    const jwt = new JwtService({ secret: testApp.env.JWT_SECRET });
    const legacy = jwt.sign({ sub: editor.user.id, role: 'editor', sv: 0 }, { algorithm: 'HS256' });
    const unknown = jwt.sign(
      { sub: editor.user.id, role: 'editor', sid: '00000000-0000-4000-8000-000000000000' },
      { algorithm: 'HS256' },
    );
    for (const token of [legacy, unknown]) {
      await request(testApp.server)
        .get('/api/auth/me')
        .set('Cookie', `${SESSION_COOKIE}=${token}`)
        .expect(401);
    }
  });

  it('changes your own password with the current one; other sessions end', async () => {
    const editor = await newEditor();
    const first = await signedInAgent(testApp, editor.login);
    const second = await signedInAgent(testApp, editor.login);
    const wrongCurrent = await first.agent
      .post('/api/auth/password')
      .set(first.csrf)
      .send({ currentPassword: 'not my password', newPassword: 'marble lantern orchard' })
      .expect(400);
    expect(wrongCurrent.body.fields).toEqual([
      { field: 'currentPassword', message: 'The current password is not correct' },
    ]);
    const weak = await first.agent
      .post('/api/auth/password')
      .set(first.csrf)
      .send({ currentPassword: editor.password, newPassword: 'password1234' })
      .expect(400);
    expect(weak.body.fields[0].field).toBe('newPassword');

    await first.agent
      .post('/api/auth/password')
      .set(first.csrf)
      .send({ currentPassword: editor.password, newPassword: 'marble lantern orchard' })
      .expect(200);
    await first.agent.get('/api/auth/me').expect(200);
    await second.agent.get('/api/auth/me').expect(401);
    await signedInAgent(testApp, { email: editor.email, password: 'marble lantern orchard' });
  });

  it('enforces the password policy when an admin creates a user', async () => {
    const short = await admin.agent
      .post('/api/users')
      .set(admin.csrf)
      .send({ email: 'short@test.careerscope', name: 'Short', role: 'editor', password: 'tiny pass' })
      .expect(400);
    expect(short.body).toMatchObject({
      error: 'validation_failed',
      fields: [{ field: 'password', message: 'Use at least 12 characters' }],
    });
    const sameAsEmail = await admin.agent
      .post('/api/users')
      .set(admin.csrf)
      .send({
        email: 'same.as.email@test.careerscope',
        name: 'Same',
        role: 'editor',
        password: 'same.as.email@test.careerscope',
      })
      .expect(400);
    expect(sameAsEmail.body.fields).toEqual([
      { field: 'password', message: 'Do not use your email address as the password' },
    ]);
    const common = await admin.agent
      .post('/api/users')
      .set(admin.csrf)
      .send({ email: 'common@test.careerscope', name: 'Common', role: 'editor', password: 'Password1234' })
      .expect(400);
    expect(common.body.fields[0].message).toBe('This password is too common; choose another');
  });

  it('runs the TOTP flow: enroll, confirm, then sign-in needs a code (401 totp_required)', async () => {
    const editor = await newEditor();
    const client = await signedInAgent(testApp, editor.login);
    const setup = await client.agent.post('/api/auth/totp/setup').set(client.csrf).expect(200);
    expect(setup.body.otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Careerscope:editor\d+%40test\.careerscope\?secret=[A-Z2-7]{32}&issuer=Careerscope/,
    );
    const key = base32Decode(setup.body.secret);
    // Stored encrypted: the column holds neither the base32 secret nor its bytes.
    const stored = await storedTotpSecret(editor.user.id);
    expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored).not.toContain(setup.body.secret);
    expect(stored).not.toContain(key.toString('base64url'));
    expect(setup.body.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
    const svg = Buffer.from(setup.body.qrCodeDataUrl.split(',')[1], 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/<script|on\w+=/i);

    const wrongCode = ['000000', '111111', '222222'].find(
      (code) => ![-1, 0, 1].some((step) => totp(key, Date.now() + step * 30_000) === code),
    );
    const refused = await client.agent
      .post('/api/auth/totp/confirm')
      .set(client.csrf)
      .send({ code: wrongCode })
      .expect(400);
    expect(refused.body.fields[0].field).toBe('code');
    const confirmed = await client.agent
      .post('/api/auth/totp/confirm')
      .set(client.csrf)
      .send({ code: totp(key) })
      .expect(200);
    expect((confirmed.body as SessionUser).twoFactorEnabled).toBe(true);

    const fresh = await browserAgent(testApp);
    const login = (body: object) =>
      fresh.agent
        .post('/api/auth/login')
        .set(fresh.csrf)
        .send({ ...editor.login, ...body });
    const missing = await login({}).expect(401);
    expect(missing.body).toMatchObject({
      error: 'totp_required',
      fields: [{ field: 'totp', message: 'Enter the six-digit code from your authenticator app' }],
    });
    const valid = new Set([-1, 0, 1].map((step) => totp(key, Date.now() + step * 30_000)));
    const wrongTotp = ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code));
    const wrong = await login({ totp: wrongTotp }).expect(401);
    expect(wrong.body.error).toBe('totp_required');
    expect(wrong.body.fields[0].field).toBe('totp');
    // The code of the next time step: the current one was used to confirm and works only once.
    const next = totp(key, Date.now() + 30_000);
    await login({ totp: next }).expect(200);
    await fresh.agent.get('/api/auth/me').expect(200);
    const replay = await browserAgent(testApp);
    await replay.agent
      .post('/api/auth/login')
      .set(replay.csrf)
      .send({ ...editor.login, totp: next })
      .expect(401);

    await fresh.agent
      .post('/api/auth/totp/disable')
      .set(fresh.csrf)
      .send({ password: 'wrong one here' })
      .expect(400);
    const off = await fresh.agent
      .post('/api/auth/totp/disable')
      .set(fresh.csrf)
      .send({ password: editor.password })
      .expect(200);
    expect(off.body.twoFactorEnabled).toBe(false);
    const plain = await browserAgent(testApp);
    await plain.agent.post('/api/auth/login').set(plain.csrf).send(editor.login).expect(200);
  });

  it('draws the QR code of exactly the otpauth URI it returns, new with each set-up', async () => {
    const editor = await newEditor();
    const client = await signedInAgent(testApp, editor.login);
    const first = await client.agent.post('/api/auth/totp/setup').set(client.csrf).expect(200);
    const second = await client.agent.post('/api/auth/totp/setup').set(client.csrf).expect(200);
    expect(second.body.secret).not.toBe(first.body.secret);
    expect(second.body.qrCodeDataUrl).not.toBe(first.body.qrCodeDataUrl);
    const expected = await QRCode.toString(second.body.otpauthUri, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    expect(Buffer.from(second.body.qrCodeDataUrl.split(',')[1], 'base64').toString('utf8')).toBe(expected);
  });

  it('refuses sign-in bodies with bad fields before touching an account', async () => {
    const client = await browserAgent(testApp);
    const response = await client.agent
      .post('/api/auth/login')
      .set(client.csrf)
      .send({ email: ADMIN.email })
      .expect(400);
    expect(response.body.fields).toContainEqual({ field: 'password', message: expect.any(String) });
  });

  it('documents every account route in OpenAPI with roles and error answers', async () => {
    const document = (await request(testApp.server).get('/api/docs-json').expect(200)).body;
    const users = document.paths['/api/users/{id}'].patch;
    expect(users['x-roles']).toEqual(['admin']);
    expect(Object.keys(users.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409']));
    expect(Object.keys(document.paths['/api/auth/login'].post.responses)).toEqual(
      expect.arrayContaining(['200', '401', '403', '429']),
    );
    expect(Object.keys(document.paths['/api/auth/login'].post.responses)).not.toContain('423');
    expect(document.paths['/api/audit-events'].get['x-roles']).toEqual(['admin']);
    expect(document.paths['/api/auth/totp/setup'].post.description).toContain('qrCodeDataUrl');
    expect(Object.keys(document.paths['/api/publications'].post.responses)).toEqual(
      expect.arrayContaining(['401', '403', '422']),
    );
  });
});
