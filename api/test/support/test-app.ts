import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { CSRF_COOKIE, CSRF_HEADER } from '@careerscope/shared';
import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';

export const ADMIN = { email: 'admin@test.careerscope', password: 'correct horse battery staple 1' };

export interface TestApp {
  app: INestApplication;
  /** The app's HTTP server, for supertest. */
  server: ReturnType<INestApplication['getHttpServer']>;
  databaseUrl: string;
  /** The configuration the app was built with, for starting another instance on the same database. */
  env: Record<string, string>;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'Integration tests need DATABASE_URL; run them with `npm test`, which provides a database.',
    );
  }
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer(statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Boots the whole API on a fresh database of its own: migrations, first admin and seed content, as
 * `npm start` does. Each test file gets its own database, so files can run in parallel.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = `careerscope_it_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${database}`);
  const databaseUrl = withDatabase(serverUrl(), database);
  const fullEnv: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'careerscope-test-')),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    // Tests sign in often from one address; the throttling test sets its own low limit.
    LOGIN_RATE_LIMIT: '10000',
    // The seed article alone: specs that need the catalogue import its files themselves.
    SEED_CATALOGUE: 'false',
    ...env,
  };
  const app = await createApp(loadConfig(fullEnv), databaseUrl, { serve: 'api', logger: ['error'] });
  return {
    app,
    server: app.getHttpServer(),
    databaseUrl,
    env: fullEnv,
    async close() {
      await app.close();
      await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

/**
 * A second API process on the same database (as behind a load balancer): same configuration, its own
 * in-memory state. Close it before the first instance, which drops the database.
 */
export async function startSecondInstance(first: TestApp): Promise<Omit<TestApp, 'env'>> {
  const app = await createApp(loadConfig(first.env), first.databaseUrl, {
    serve: 'api',
    logger: ['error'],
  });
  return { app, server: app.getHttpServer(), databaseUrl: first.databaseUrl, close: () => app.close() };
}

/** A cookie-keeping client that has its CSRF token, like a browser that has loaded the admin. */
export async function browserAgent(testApp: Pick<TestApp, 'server'>) {
  const agent = request.agent(testApp.server);
  const response = await agent.get('/api/health').expect(200);
  const cookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((value) => value.startsWith(`${CSRF_COOKIE}=`));
  if (!cookie) throw new Error('The API did not set a CSRF cookie');
  const token = cookie.split(';')[0].split('=')[1];
  return { agent, csrf: { [CSRF_HEADER]: token } };
}

export async function signedInAgent(testApp: Pick<TestApp, 'server'>, credentials = ADMIN) {
  const client = await browserAgent(testApp);
  await client.agent.post('/api/auth/login').set(client.csrf).send(credentials).expect(200);
  return client;
}
