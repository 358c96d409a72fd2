import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIRequestContext, Browser, Page, request } from 'playwright-core';

import { BASE_URL } from './browser';

const AXE = join(__dirname, '../../node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** A unique suffix, so journeys sharing one database never collide. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A signed-in HTTP session for setting up and checking data through the API (cookies and CSRF kept). */
export class ApiSession {
  private constructor(private readonly context: APIRequestContext) {}

  /**
   * Signs in through the API. Sign-ins are rate limited per address (10 a minute by default), so a
   * session is kept in a temporary file per app and account and reused by the next journey while it
   * still works; a 429 is waited out.
   */
  static async signIn(email: string, password: string): Promise<ApiSession> {
    const key = createHash('sha256').update(`${BASE_URL} ${email} ${password}`).digest('hex').slice(0, 16);
    const file = join(tmpdir(), `careerscope-e2e-session-${key}.json`);
    if (existsSync(file)) {
      const reused = new ApiSession(await request.newContext({ baseURL: BASE_URL, storageState: file }));
      const me = await reused.send('GET', '/api/auth/me');
      if (me.status === 200) return reused;
      await reused.dispose();
    }
    const context = await request.newContext({ baseURL: BASE_URL });
    const session = new ApiSession(context);
    await context.get('/api/health');
    for (let attempt = 0; ; attempt++) {
      const answer = await session.send('POST', '/api/auth/login', { email, password });
      if (answer.status === 200) break;
      if (answer.status !== 429 || attempt >= 8) {
        throw new Error(`signing in as ${email} → ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 8_000));
    }
    writeFileSync(file, JSON.stringify(await context.storageState()));
    return session;
  }

  /** The session's cookies, for a browser context that starts signed in. */
  storageState() {
    return this.context.storageState();
  }

  async call<T = unknown>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<T> {
    const { status, body: answer } = await this.send(method, path, body);
    if (status >= 400) throw new Error(`${method} ${path} → ${status}: ${JSON.stringify(answer)}`);
    return answer as T;
  }

  /** The raw answer, for checking refusals. */
  async send(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown) {
    const state = await this.context.storageState();
    const xsrf = state.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const options = {
      method,
      data: body === undefined ? undefined : body,
      headers: { 'X-XSRF-TOKEN': xsrf },
    };
    // A kept-alive socket the server just closed answers ECONNRESET once; the request never arrived.
    const response = await this.context
      .fetch(path, options)
      .catch((error: Error) =>
        /ECONNRESET|socket hang up/.test(error.message)
          ? this.context.fetch(path, options)
          : Promise.reject(error),
      );
    const text = await response.text();
    return { status: response.status(), body: text ? (JSON.parse(text) as unknown) : null };
  }

  /** Uploads a file as the multipart field `file` (an import), with the CSRF header; answers the JSON. */
  async upload<T = unknown>(
    path: string,
    file: { name: string; mimeType: string; buffer: Buffer },
  ): Promise<T> {
    const state = await this.context.storageState();
    const xsrf = state.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const response = await this.context.post(path, {
      multipart: { file },
      headers: { 'X-XSRF-TOKEN': xsrf },
    });
    const text = await response.text();
    if (!response.ok()) throw new Error(`POST ${path} → ${response.status()}: ${text}`);
    return JSON.parse(text) as T;
  }

  dispose(): Promise<void> {
    return this.context.dispose();
  }
}

export interface Editor {
  email: string;
  password: string;
  name: string;
  id: string;
}

/** A new editor account, made by the admin through `/api/users`. */
export async function createEditor(admin: ApiSession, name: string): Promise<Editor> {
  const email = `editor-${unique()}@e2e.careerscope`;
  const password = `editor passphrase ${unique()}`;
  const user = await admin.call<{ id: string }>('POST', '/api/users', {
    email,
    name,
    role: 'editor',
    password,
  });
  return { email, password, name, id: user.id };
}

export interface OccupationFixture {
  occupationId: string;
  slug: string;
  title: string;
  socCode: string;
  wageId: string;
  projectionId: string;
}

/**
 * SOC 2018 numbers group 29's occupations 29-1xxx, 29-2xxx and 29-9xxx, and the catalogue holds their
 * real figures: a journey's own occupation takes a code from 29-3000 to 29-8999, which no real
 * occupation has (each journey deletes its own when it ends).
 */
function journeySocCode(): string {
  return `29-${3000 + Math.floor(Math.random() * 6000)}`;
}

/**
 * An occupation of the journey's own, publishable (summary, national wages, projection), so journeys
 * change their own figures and never the seed's that other journeys check.
 */
export async function createOccupation(admin: ApiSession, label: string): Promise<OccupationFixture> {
  const id = unique();
  const sources = await admin.call<{ items: { id: string }[] }>('GET', '/api/sources?pageSize=1&sort=key');
  const sourceId = sources.items[0].id;
  const socCode = journeySocCode();
  const slug = `e2e-${label}-${id}`;
  const title = `E2E ${label} ${id}`;
  const occupation = await admin.call<{ id: string }>('POST', '/api/occupations', {
    slug,
    title,
    shortTitle: `E2E ${label}`,
    socCode,
    socTitle: `E2E ${label} workers`,
    socNoteMarkdown: '',
    summaryMarkdown: `A test occupation for the ${label} journey.`,
    dutiesMarkdown: '',
    skills: [],
    skillsSourceId: null,
    specializations: [],
    specializationsSourceId: null,
  });
  const wage = await admin.call<{ id: string }>('POST', '/api/wage-statistics', {
    socCode,
    socTitle: `E2E ${label} workers`,
    areaType: 'national',
    areaCode: 'US',
    areaName: 'U.S.',
    referencePeriod: 'May 2024',
    periodYear: 2024,
    employment: 12340,
    meanAnnual: 50000,
    p10Annual: 30000,
    p25Annual: 40000,
    medianAnnual: 50000,
    p75Annual: 60000,
    p90Annual: 70000,
    meanHourly: null,
    p10Hourly: null,
    p25Hourly: null,
    medianHourly: null,
    p75Hourly: null,
    p90Hourly: null,
    flags: {},
    sourceId,
  });
  const projection = await admin.call<{ id: string }>('POST', '/api/employment-projections', {
    socCode,
    socTitle: `E2E ${label} workers`,
    baseYear: 2024,
    targetYear: 2034,
    baseEmployment: 12000,
    targetEmployment: 13000,
    numericChange: 1000,
    percentChange: 8.3,
    allOccupationsPercentChange: 3,
    sourceId,
  });
  return { occupationId: occupation.id, slug, title, socCode, wageId: wage.id, projectionId: projection.id };
}

/** Deletes what `createOccupation` made, from the working copy. */
export async function deleteOccupation(admin: ApiSession, fixture: OccupationFixture): Promise<void> {
  for (const [path, id] of [
    ['wage-statistics', fixture.wageId],
    ['employment-projections', fixture.projectionId],
    ['occupations', fixture.occupationId],
  ] as const) {
    const record = await admin.send('GET', `/api/${path}/${id}`);
    if (record.status !== 200) continue;
    const version = (record.body as { version: number }).version;
    await admin.call('DELETE', `/api/${path}/${id}?version=${version}`);
  }
}

export async function publish(admin: ApiSession, note: string): Promise<void> {
  await admin.call('POST', '/api/publications', { note });
}

/** Signs in through the admin's sign-in page and waits for the app (waiting out the sign-in rate limit). */
export async function signIn(page: Page, email: string, password: string, path = '/admin/'): Promise<void> {
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
  await page.waitForURL(/\/admin\/sign-in/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  for (let attempt = 0; ; attempt++) {
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    if ((await answer).status() !== 429 || attempt >= 8) break;
    await page.waitForTimeout(8_000);
  }
  await page.waitForURL((url) => !url.pathname.includes('sign-in'));
}

/** A page in a fresh browser context that starts with the API session's cookies (no sign-in form). */
export async function openAs(
  browser: Browser,
  session: ApiSession,
  path: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({
    storageState: await session.storageState(),
    viewport,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
  return page;
}

/** Runs axe-core (WCAG 2.2 A/AA and best practices) on the page as it is; returns the violations in words. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Let Material's entry transitions (error messages fading in) finish first.
  await page.waitForTimeout(400);
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${page.url()} ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** Waits until Angular has rendered and no request is pending. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('mat-progress-bar'));
}
