import cookieParser from 'cookie-parser';
import express from 'express';
import request from 'supertest';
import { SESSION_COOKIE } from '@careerscope/shared';
import { AuthService } from '../src/auth/auth.service';
import { APP_CONFIG, AppConfig } from '../src/config/app-config';
import { HostingService, PageRenderer } from '../src/hosting/hosting.service';
import { CurrentPublicationService } from '../src/publications/current-publication.service';
import { ADMIN, browserAgent, startTestApp, TestApp } from './support/test-app';

/**
 * The portal's rendered-page cache and preview decision, on the real session and publication
 * services. Jest cannot load the portal's server bundle, so a stand-in renderer answers each page
 * with the URL it was asked to render and counts the renders.
 */
describe('portal pages: cache and preview', () => {
  let testApp: TestApp;
  let pages: express.Express;
  let rendered: string[];
  let sessionCookie: string;

  const render: PageRenderer = async (req) => {
    rendered.push(req.originalUrl);
    return { status: 200, contentType: 'text/html', body: `<p>${req.originalUrl}</p>` };
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    const app = testApp.app;
    const hosting = new HostingService(
      app.get(CurrentPublicationService),
      app.get<AppConfig>(APP_CONFIG),
      app.get(AuthService),
    );
    pages = express();
    pages.use(cookieParser());
    hosting.servePages(pages, render);

    const client = await browserAgent(testApp);
    const login = await client.agent.post('/api/auth/login').set(client.csrf).send(ADMIN).expect(200);
    sessionCookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .map((cookie) => cookie.split(';')[0])
      .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))!;
    expect(sessionCookie).toBeDefined();
  }, 60_000);

  afterAll(() => testApp.close());

  beforeEach(() => {
    rendered = [];
  });

  const get = (url: string, cookie?: string) => {
    const call = request(pages).get(url).set('Host', 'portal.test');
    return cookie ? call.set('Cookie', cookie) : call;
  };

  it('renders a page once and answers every repeat from the cache', async () => {
    const first = await get('/sources').expect(200);
    const second = await get('/sources').expect(200);
    expect(rendered).toEqual(['/sources']);
    expect(second.headers['cache-control']).toMatch(/^public/);
    expect(second.text).toBe(first.text);
  });

  it('ignores unknown query parameters and any preview value other than 1', async () => {
    await get('/schools?state=CA').expect(200);
    await get('/schools?state=CA&utm_source=mail').expect(200);
    await get('/schools?gclid=1&state=CA&preview=0').expect(200);
    await get('/schools?state=CA&preview').expect(200);
    expect(rendered).toEqual(['/schools?state=CA']);
  });

  it('renders from the reduced URL, so no unknown parameter reaches the cached HTML', async () => {
    const response = await get('/about?evil=%3Cscript%3E&q=x').expect(200);
    expect(response.text).toBe('<p>/about?q=x</p>');
  });

  it('keys by the parameters pages read', async () => {
    await get('/careers?q=nurse&minPay=40000').expect(200);
    await get('/careers?minPay=40000&q=nurse').expect(200);
    await get('/careers?q=nurse&minPay=50000').expect(200);
    expect(rendered).toEqual(['/careers?minPay=40000&q=nurse', '/careers?minPay=50000&q=nurse']);
  });

  it('serves the cached page to any session cookie, valid or junk', async () => {
    await get('/compare/cma-vs-medical-coder').expect(200);
    await get('/compare/cma-vs-medical-coder', `${SESSION_COOKIE}=junk`).expect(200);
    await get('/compare/cma-vs-medical-coder', sessionCookie).expect(200);
    expect(rendered).toHaveLength(1);
  });

  it('sends a preview without a verified session to the published page', async () => {
    for (const cookie of [undefined, `${SESSION_COOKIE}=junk`, `${SESSION_COOKIE}=${'a'.repeat(40)}.b.c`]) {
      const response = await get('/compare/cma-vs-medical-coder?preview=1&state=CA', cookie).expect(302);
      expect(response.headers.location).toBe('/compare/cma-vs-medical-coder?state=CA');
      expect(response.headers['cache-control']).toBe('private, no-store');
    }
    const sneaky = await get('//evil.example/?preview=1').expect(302);
    expect(sneaky.headers.location).toBe('/evil.example/');
    expect(rendered).toEqual([]);
  });

  it('renders a preview for a verified session every time, and never stores it', async () => {
    await get('/?preview=1', sessionCookie).expect(200);
    const again = await get('/?preview=1', sessionCookie).expect(200);
    expect(again.headers['cache-control']).toBe('private, no-store');
    expect(rendered).toEqual(['/?preview=1', '/?preview=1']);
    await get('/').expect(200);
    expect(rendered).toHaveLength(3);
  });
});
