import request from 'supertest';
import { CSRF_COOKIE } from '@careerscope/shared';
import { Client, editorialSession } from './support/editorial-fixtures';
import { browserAgent, startTestApp, TestApp } from './support/test-app';

const ERROR_SHAPE = {
  statusCode: expect.any(Number),
  error: expect.any(String),
  message: expect.any(String),
};

describe('request input the API refuses before any handler', () => {
  let testApp: TestApp;
  let admin: Client;
  let anonymous: Client;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ admin } = await editorialSession(testApp));
    anonymous = await browserAgent(testApp);
  }, 60_000);

  afterAll(() => testApp.close());

  const postSource = (body: string, contentType = 'application/json') =>
    admin.agent.post('/api/sources').set(admin.csrf).set('Content-Type', contentType).send(body);

  describe('sign-in without a session', () => {
    it.each([
      ['a number', { email: 123, password: 'x' }, ['email']],
      ['booleans', { email: true, password: false }, ['email', 'password']],
      ['arrays', { email: ['admin@test.careerscope'], password: ['x'] }, ['email', 'password']],
      ['objects', { email: { a: 1 }, password: 'x' }, ['email']],
      ['a NUL character', { email: 'admin\u0000@test.careerscope', password: 'x' }, ['email']],
      ['a NUL in the password', { email: 'admin@test.careerscope', password: 'a\u0000' }, ['password']],
    ])('refuses %s with 400 and field errors', async (_what, body, fields) => {
      const response = await anonymous.agent.post('/api/auth/login').set(anonymous.csrf).send(body);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'validation_failed' });
      const named = (response.body.fields as { field: string }[]).map((error) => error.field);
      for (const field of fields) expect(named).toContain(field);
    });

    it('still checks the CSRF token first', async () => {
      const response = await request(testApp.server).post('/api/auth/login').send({ email: 123 });
      expect(response.status).toBe(403);
    });

    it('still signs in with valid credentials', async () => {
      await anonymous.agent
        .post('/api/auth/login')
        .set(anonymous.csrf)
        .send({ email: 'admin@test.careerscope', password: 'correct horse battery staple 1' })
        .expect(200);
    });
  });

  describe('bodies the parsers refuse', () => {
    it('answers a JSON body over 1 MB with 413 in the one error shape', async () => {
      const response = await postSource(JSON.stringify({ title: 'x'.repeat(1_100_000) }));
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'payload_too_large',
        message: 'The request body is too large (at most 1 MB)',
      });
    });

    it('answers a form body over 100 kB with 413', async () => {
      const response = await postSource(`title=${'x'.repeat(110_000)}`, 'application/x-www-form-urlencoded');
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ statusCode: 413, error: 'payload_too_large' });
    });

    it('answers an unknown charset with 415', async () => {
      const response = await postSource('{}', 'application/json; charset=klingon');
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ statusCode: 415, error: 'unsupported_media_type' });
      expect(response.body.message).toMatch(/charset/);
    });

    it('answers an unknown content encoding with 415', async () => {
      const response = await admin.agent
        .post('/api/sources')
        .set(admin.csrf)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'klingon')
        .send('{}');
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ ...ERROR_SHAPE, error: 'unsupported_media_type' });
    });

    it.each([
      ['arrays', '['.repeat(10_000) + ']'.repeat(10_000)],
      ['objects', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ])('answers JSON %s nested 10,000 deep with 400', async (_what, body) => {
      const response = await postSource(body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'bad_request',
        message: 'The request body is nested too deeply (at most 32 levels)',
      });
    });
  });

  describe('prototype keys', () => {
    it.each([
      ['__proto__', '{"__proto__":{"admin":true}}', '__proto__'],
      ['constructor', '{"constructor":{"prototype":{"admin":true}}}', 'constructor'],
      ['prototype', '{"prototype":1}', 'prototype'],
      ['__proto__ deep in the body', '{"a":[{"b":{"__proto__":{"x":1}}}]}', 'a.0.b.__proto__'],
    ])('refuses %s with 400 like any unknown field', async (_what, body, field) => {
      const response = await postSource(body);
      expect(response.status).toBe(400);
      expect(response.body.fields).toContainEqual({
        field,
        message: expect.stringMatching(/should not exist/),
      });
    });

    it('refuses __proto__ in a query string', async () => {
      const response = await admin.agent.get('/api/sources?__proto__=x');
      expect(response.status).toBe(400);
      expect(response.body.fields).toContainEqual({ field: '__proto__', message: expect.any(String) });
    });
  });

  describe('the CSRF cookie', () => {
    it.each(['/api/public/home', '/api/PUBLIC/home', '/api/Public/home/'])(
      'is never set on the public response %s',
      async (path) => {
        const response = await request(testApp.server).get(path).expect(200);
        expect(response.headers['cache-control']).toMatch(/public/);
        const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
        expect(cookies.filter((cookie) => cookie.startsWith(`${CSRF_COOKIE}=`))).toEqual([]);
      },
    );

    it('is set on the admin API', async () => {
      const response = await request(testApp.server).get('/api/health').expect(200);
      expect(String(response.headers['set-cookie'])).toContain(`${CSRF_COOKIE}=`);
    });
  });
});
