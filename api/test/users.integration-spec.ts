import request from 'supertest';
import type { AuditEventView, UserRecord } from '@careerscope/shared';
import { ADMIN, browserAgent, signedInAgent, startTestApp, TestApp } from './support/test-app';

const EDITOR = { email: 'editor@test.careerscope', password: 'violet tractor seventeen' };

describe('user management and the audit log (admins)', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof signedInAgent>>;
  let editor: Awaited<ReturnType<typeof signedInAgent>>;
  let anonymous: Awaited<ReturnType<typeof browserAgent>>;
  let editorRecord: UserRecord;
  let adminRecord: UserRecord;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signedInAgent(testApp);
    editorRecord = (
      await admin.agent
        .post('/api/users')
        .set(admin.csrf)
        .send({ ...EDITOR, name: 'Eddie Editor', role: 'editor' })
        .expect(201)
    ).body;
    editor = await signedInAgent(testApp, EDITOR);
    anonymous = await browserAgent(testApp);
    const list = await admin.agent.get('/api/users').query({ role: 'admin' }).expect(200);
    adminRecord = list.body.items[0];
  });

  afterAll(() => testApp.close());

  it.each([
    ['get', '/api/users'],
    ['get', '/api/users/00000000-0000-0000-0000-000000000000'],
    ['post', '/api/users'],
    ['patch', '/api/users/00000000-0000-0000-0000-000000000000'],
    ['post', '/api/users/00000000-0000-0000-0000-000000000000/password'],
    ['post', '/api/users/00000000-0000-0000-0000-000000000000/unlock'],
    ['post', '/api/users/00000000-0000-0000-0000-000000000000/reset-two-factor'],
    ['delete', '/api/users/00000000-0000-0000-0000-000000000000?version=1'],
    ['get', '/api/audit-events'],
  ] as const)('refuses %s %s to anonymous (401) and editors (403)', async (method, path) => {
    await anonymous.agent[method](path).set(anonymous.csrf).expect(401);
    await editor.agent[method](path).set(editor.csrf).expect(403);
  });

  it('lists users with paging, sorting and filters, without secrets', async () => {
    const response = await admin.agent.get('/api/users').query({ sort: '-email', pageSize: 1 }).expect(200);
    expect(response.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(response.body.items[0].email).toBe(EDITOR.email);
    expect(Object.keys(response.body.items[0]).sort()).toEqual(
      [
        'createdAt',
        'email',
        'failedSignIns',
        'id',
        'lastSignInAt',
        'lockedUntil',
        'name',
        'role',
        'status',
        'twoFactorEnabled',
        'updatedAt',
        'version',
      ].sort(),
    );
    const found = await admin.agent.get('/api/users').query({ q: 'eddie' }).expect(200);
    expect(found.body.items.map((user: UserRecord) => user.email)).toEqual([EDITOR.email]);
    await admin.agent.get('/api/users').query({ sort: 'passwordHash' }).expect(400);
    await admin.agent.get('/api/users/not-a-uuid').expect(400);
    await admin.agent.get('/api/users/00000000-0000-0000-0000-000000000000').expect(404);
  });

  it('refuses a duplicate email with 409', async () => {
    const response = await admin.agent
      .post('/api/users')
      .set(admin.csrf)
      .send({
        email: EDITOR.email.toUpperCase(),
        name: 'Twin',
        role: 'editor',
        password: 'another long secret',
      })
      .expect(409);
    expect(response.body.fields).toEqual([
      { field: 'email', message: 'Another account already uses this email' },
    ]);
  });

  it('re-roles a user and refuses a stale version with 409 and the current record', async () => {
    const renamed = await admin.agent
      .patch(`/api/users/${editorRecord.id}`)
      .set(admin.csrf)
      .send({ version: editorRecord.version, name: 'Edith Editor' })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'Edith Editor', version: editorRecord.version + 1 });
    const stale = await admin.agent
      .patch(`/api/users/${editorRecord.id}`)
      .set(admin.csrf)
      .send({ version: editorRecord.version, role: 'admin' })
      .expect(409);
    expect(stale.body).toMatchObject({
      error: 'conflict',
      current: { name: 'Edith Editor', role: 'editor' },
    });
    editorRecord = renamed.body;
    await admin.agent
      .patch(`/api/users/${editorRecord.id}`)
      .set(admin.csrf)
      .send({ version: editorRecord.version, role: 'superuser' })
      .expect(400);
  });

  it('never lets the last active admin be demoted, disabled or deleted (409 last_admin)', async () => {
    const me = (await admin.agent.get(`/api/users/${adminRecord.id}`).expect(200)).body as UserRecord;
    for (const change of [{ role: 'editor' }, { status: 'disabled' }]) {
      const refused = await admin.agent
        .patch(`/api/users/${me.id}`)
        .set(admin.csrf)
        .send({ version: me.version, ...change })
        .expect(409);
      expect(refused.body.error).toBe('last_admin');
    }
    const deleted = await admin.agent
      .delete(`/api/users/${me.id}`)
      .query({ version: me.version })
      .set(admin.csrf)
      .expect(409);
    expect(deleted.body.error).toBe('last_admin');

    // With a second admin, the first can step down.
    const second = (
      await admin.agent
        .post('/api/users')
        .set(admin.csrf)
        .send({
          email: 'second.admin@test.careerscope',
          name: 'Second',
          role: 'admin',
          password: 'quiet harbour lights',
        })
        .expect(201)
    ).body as UserRecord;
    const demoted = await admin.agent
      .patch(`/api/users/${me.id}`)
      .set(admin.csrf)
      .send({ version: me.version, role: 'editor' })
      .expect(200);
    // A new role ends the user's sessions: they sign in again with what the role now allows.
    await admin.agent.get('/api/auth/me').expect(401);
    admin = await signedInAgent(testApp);
    await admin.agent.get('/api/users').expect(403);
    const other = await signedInAgent(testApp, {
      email: 'second.admin@test.careerscope',
      password: 'quiet harbour lights',
    });
    const lastOne = await other.agent
      .patch(`/api/users/${second.id}`)
      .set(other.csrf)
      .send({ version: second.version, status: 'disabled' })
      .expect(409);
    expect(lastOne.body.error).toBe('last_admin');
    await other.agent
      .patch(`/api/users/${me.id}`)
      .set(other.csrf)
      .send({ version: demoted.body.version, role: 'admin' })
      .expect(200);
    await admin.agent.get('/api/users').expect(401);
    admin = await signedInAgent(testApp);
    await admin.agent.get('/api/users').expect(200);
    await other.agent
      .delete(`/api/users/${second.id}`)
      .query({ version: second.version + 1 })
      .set(other.csrf)
      .expect(409);
    await admin.agent
      .delete(`/api/users/${second.id}`)
      .query({ version: second.version })
      .set(admin.csrf)
      .expect(204);
    await admin.agent.get(`/api/users/${second.id}`).expect(404);
  });

  it('resets a password: the old password and the user’s sessions stop working', async () => {
    const current = (await admin.agent.get(`/api/users/${editorRecord.id}`).expect(200)).body as UserRecord;
    const weak = await admin.agent
      .post(`/api/users/${current.id}/password`)
      .set(admin.csrf)
      .send({ version: current.version, password: 'short' })
      .expect(400);
    expect(weak.body.fields[0].field).toBe('password');
    await admin.agent
      .post(`/api/users/${current.id}/password`)
      .set(admin.csrf)
      .send({ version: current.version, password: 'granite meadow whistle' })
      .expect(200);
    await editor.agent.get('/api/auth/me').expect(401);
    const again = await browserAgent(testApp);
    await again.agent.post('/api/auth/login').set(again.csrf).send(EDITOR).expect(401);
    editor = await signedInAgent(testApp, { email: EDITOR.email, password: 'granite meadow whistle' });
  });

  it('records sign-ins, failures and user changes in the audit log, filterable and paginated', async () => {
    const failed = await browserAgent(testApp);
    await failed.agent
      .post('/api/auth/login')
      .set(failed.csrf)
      .send({ email: 'ghost@test.careerscope', password: 'not a real account' })
      .expect(401);

    const all = await admin.agent.get('/api/audit-events').query({ pageSize: 100 }).expect(200);
    const types = new Set(all.body.items.map((event: AuditEventView) => event.type));
    for (const type of [
      'auth.sign_in',
      'auth.sign_in_failed',
      'user.created',
      'user.updated',
      'user.deleted',
      'user.password_reset',
    ]) {
      expect(types).toContain(type);
    }
    const newestFirst = all.body.items.map((event: AuditEventView) => event.at);
    expect([...newestFirst].sort().reverse()).toEqual(newestFirst);

    const failures = await admin.agent
      .get('/api/audit-events')
      .query({ type: 'auth.sign_in_failed' })
      .expect(200);
    expect(failures.body.items[0]).toMatchObject({
      type: 'auth.sign_in_failed',
      actor: null,
      details: { email: 'ghost@test.careerscope', reason: 'unknown_email' },
    });
    expect(failures.body.items[0].ip).toMatch(/127\.0\.0\.1/);

    const byEditor = await admin.agent
      .get('/api/audit-events')
      .query({ userId: editorRecord.id })
      .expect(200);
    expect(byEditor.body.items.length).toBeGreaterThan(0);
    for (const event of byEditor.body.items as AuditEventView[]) {
      expect(event.actor?.id === editorRecord.id || event.subjectId === editorRecord.id).toBe(true);
    }
    const update = byEditor.body.items.find((event: AuditEventView) => event.type === 'user.updated');
    expect(update.actor.email).toBe(ADMIN.email);
    expect(update.details.changes).toEqual({ name: { before: 'Eddie Editor', after: 'Edith Editor' } });

    const paged = await admin.agent.get('/api/audit-events').query({ pageSize: 2, page: 2 }).expect(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 2, total: all.body.total });
    expect(paged.body.items).toEqual(all.body.items.slice(2, 4));

    const future = await admin.agent.get('/api/audit-events').query({ from: '2999-01-01' }).expect(200);
    expect(future.body.total).toBe(0);
    const past = await admin.agent.get('/api/audit-events').query({ to: '2000-01-01T00:00:00Z' }).expect(200);
    expect(past.body.total).toBe(0);
    const bad = await admin.agent
      .get('/api/audit-events')
      .query({ type: 'auth.nonsense', from: 'yesterday', userId: 'me' })
      .expect(400);
    expect(bad.body.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'from',
      'type',
      'userId',
    ]);
  });

  it('is reachable without CSRF for reads only', async () => {
    await request(testApp.server).get('/api/audit-events').expect(401);
  });
});
