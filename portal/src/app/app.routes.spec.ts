import { type HttpRequest, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { RESPONSE_INIT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { catalogueFixture } from '../testing/catalogue.fixture';
import { comparisonFixture } from '../testing/comparison.fixture';
import { homeFixture } from '../testing/home.fixture';
import { medicalCoderFixture } from '../testing/occupation.fixture';
import { blsProjections, blsWages, publicationFixture } from '../testing/sources.fixture';
import { routes } from './app.routes';

/**
 * The routes as the app runs them: lazy pages, resolvers, the typed client, HTTP (faked), and the
 * response status the server would send (RESPONSE_INIT, provided here as the engine provides it).
 */
describe('portal routes', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let responseInit: ResponseInit;

  beforeEach(async () => {
    responseInit = { status: 200 };
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: RESPONSE_INIT, useValue: responseInit },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  /** Waits for the lazy route to load and its resolver to ask for `url`. */
  async function request(url: string | ((req: HttpRequest<unknown>) => boolean)): Promise<TestRequest> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [match] = http.match(url);
      if (match) {
        return match;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    throw new Error(`No request to ${String(url)}`);
  }

  const page = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const notFoundBody = { statusCode: 404, error: 'not_found', message: 'Comparison not found' };

  it('lists the published comparisons and careers on the home page, with the publication date', async () => {
    const navigation = harness.navigateByUrl('/');
    (await request('/api/public/home')).flush(homeFixture);
    await navigation;
    // Below the search the page is deferred blocks: they render once their code has loaded.
    await harness.fixture.whenStable();

    const comparisonLinks = [...page().querySelectorAll('#comparisons-heading + ul a')];
    expect(comparisonLinks.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Certified Medical Assistant (CMA) vs. Medical Coder', '/compare/cma-vs-medical-coder'],
    ]);
    const search = page().querySelector('form[role="search"]');
    expect(search?.getAttribute('action')).toBe('/careers');
    expect(search?.getAttribute('method')).toBe('get');
    expect(search?.querySelector('input[name="q"]')).not.toBeNull();
    expect(page().textContent).toContain('Updated October 1, 2025');
    expect(page().textContent).not.toMatch(/publication \d/i);
    expect(TestBed.inject(Title).getTitle()).toBe('Careerscope');
  });

  it('answers on the first screen: headline figures and the ways in, each figure footnoted', async () => {
    const navigation = harness.navigateByUrl('/');
    (await request('/api/public/home')).flush(homeFixture);
    await navigation;
    // Below the search the page is deferred blocks: they render once their code has loaded.
    await harness.fixture.whenStable();

    const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
    expect([...page().querySelectorAll('.headline-figures li')].map(text)).toEqual([
      '98 healthcare careers, side by side',
      '1,912,300 new jobs projected across them, 2024–34 [1]',
      '51 careers you can start without a bachelor’s degree [1]',
    ]);
    const lists = [...page().querySelectorAll('.entry-point')].map((section) => [
      text(section.querySelector('h2')),
      [...section.querySelectorAll('li')].map((li) => [...li.children].map(text).join(' ')),
      section.querySelector('.entry-point__more a')?.getAttribute('href'),
    ]);
    expect(lists).toEqual([
      ['Fastest growing', ['Nurse Practitioners 40% growth $129,210 a year'], '/careers?sort=growth'],
      [
        'Best paid without a bachelor’s degree',
        ["Diagnostic Medical Sonographers $89,340 a year Associate's degree"],
        '/careers?sort=pay',
      ],
      [
        'Shortest training',
        ['Phlebotomists Postsecondary nondegree award $43,660 a year'],
        '/careers?education=postsecondary-nondegree-award&sort=pay',
      ],
    ]);
    expect(page().querySelector('.entry-point li a')?.getAttribute('href')).toBe(
      '/careers/nurse-practitioners',
    );
    expect([...page().querySelectorAll('.sources li')].map((li) => li.id)).toEqual(['source-1', 'source-2']);
  });

  it('sends an old home-page search to the career finder', async () => {
    const navigation = harness.navigateByUrl('/?q=coder');
    (await request((req) => req.url === '/api/public/occupations' && req.params.get('q') === 'coder')).flush(
      catalogueFixture,
    );
    (await request('/api/public/sources')).flush({ publication: publicationFixture, items: [blsWages] });
    await navigation;

    expect(TestBed.inject(Router).url).toBe('/careers?q=coder');
    expect(page().querySelector('h1')?.textContent).toBe('Find a healthcare career');
  });

  it('renders the career finder from the URL, asking the API for the same filters', async () => {
    const navigation = harness.navigateByUrl('/careers?q=medical&bright=1&state=wi&sort=pay&page=2');
    const search = await request((req) => req.url === '/api/public/occupations');
    expect(search.request.urlWithParams).toBe(
      '/api/public/occupations?q=medical&bright=1&state=WI&sort=pay&page=2&pageSize=20',
    );
    search.flush(catalogueFixture);
    (await request('/api/public/sources')).flush({
      publication: publicationFixture,
      items: [blsWages, blsProjections],
    });
    await navigation;

    expect(page().querySelector('#results-heading')?.textContent).toContain('42 careers matching “medical”');
    expect(page().querySelectorAll('.career-result')).toHaveLength(2);
    expect(responseInit.status).toBe(200);
    expect(TestBed.inject(Title).getTitle()).toBe('Careers matching “medical” | Careerscope');
  });

  it('renders a comparison from the API', async () => {
    const navigation = harness.navigateByUrl('/compare/cma-vs-medical-coder');
    (await request('/api/public/comparisons/cma-vs-medical-coder')).flush(comparisonFixture);
    // The occupations' own views feed the charts and the state wages.
    for (const slug of comparisonFixture.occupationSlugs) {
      (await request(`/api/public/occupations/${slug}`)).flush({ ...medicalCoderFixture, slug });
    }
    await navigation;
    // The table, charts and sources are deferred blocks: they render once their code has loaded.
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent).toBe(comparisonFixture.title);
    expect(page().querySelector('.comparison-charts')?.textContent).toContain('Median annual wage, May 2024');
    expect(page().querySelector('table')?.textContent).toContain('$44,720');
    expect(responseInit.status).toBe(200);
  });

  it('shows the not-found page and answers 404 when the API does not know the comparison', async () => {
    const navigation = harness.navigateByUrl('/compare/no-such-comparison');
    (await request('/api/public/comparisons/no-such-comparison')).flush(notFoundBody, {
      status: 404,
      statusText: 'Not Found',
    });
    await navigation;

    expect(page().querySelector('h1')?.textContent).toBe('Page not found');
    expect(page().querySelector('a[href="/"]')).not.toBeNull();
    expect(page().querySelector('table')).toBeNull();
    expect(responseInit.status).toBe(404);
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found | Careerscope');
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('answers 404 for an unknown career too', async () => {
    const navigation = harness.navigateByUrl('/careers/astronaut');
    (await request('/api/public/occupations/astronaut')).flush(notFoundBody, {
      status: 404,
      statusText: 'Not Found',
    });
    await navigation;

    expect(page().querySelector('h1')?.textContent).toBe('Page not found');
    expect(responseInit.status).toBe(404);
  });

  it('answers 404 without calling the API when the slug cannot be a slug', async () => {
    await harness.navigateByUrl('/compare/Not_A_Slug');

    expect(page().querySelector('h1')?.textContent).toBe('Page not found');
    expect(responseInit.status).toBe(404);
    http.expectNone(() => true);
  });

  it('answers 404 for a path no route matches', async () => {
    await harness.navigateByUrl('/no/such/page');

    expect(page().querySelector('h1')?.textContent).toBe('Page not found');
    expect(responseInit.status).toBe(404);
  });

  it('says the page is unavailable, with 503, when the API fails', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const navigation = harness.navigateByUrl('/compare/cma-vs-medical-coder');
    (await request('/api/public/comparisons/cma-vs-medical-coder')).error(new ProgressEvent('error'));
    await navigation;

    expect(page().querySelector('h1')?.textContent).toBe('This page is temporarily unavailable');
    expect(responseInit.status).toBe(503);
    expect(logged).toHaveBeenCalledWith(
      'The API failed for /compare/cma-vs-medical-coder:',
      expect.anything(),
    );
    logged.mockRestore();
  });

  it('renders an occupation profile with its BLS category, wages and projection', async () => {
    const navigation = harness.navigateByUrl('/careers/medical-coder');
    (await request('/api/public/occupations/medical-coder')).flush(medicalCoderFixture);
    await navigation;
    // The charts are deferred blocks: they render once their code has loaded.
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent).toBe('Medical Coder');
    expect(page().querySelector('.soc')?.textContent).toContain(
      '“Medical Records Specialists” (SOC 29-2072)',
    );
    const wageRows = [...page().querySelectorAll('#chart-wages-caption ~ tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(wageRows).toContainEqual(['Median (50th percentile)', '$50,250 a year ($24.16 an hour)']);
    const facts = [...page().querySelectorAll('.quick-facts dt')].map((dt) => dt.textContent?.trim());
    expect(facts).toEqual(expect.arrayContaining(['Median pay, May 2024', 'Job outlook, 2024–34']));
    expect(page().textContent?.replace(/\s+/g, ' ')).toContain(
      'Employment is projected to grow 7% from 2024 to 2034 (faster than average; all occupations: 3%), from 194,800 to 208,600 jobs',
    );
    // Wages cite OEWS first, then the projection: numbered in page order.
    expect(page().querySelector('#chart-wages-caption sup a')?.textContent).toBe('[1]');
    expect(page().querySelector('#outlook + p sup a')?.textContent).toBe('[2]');
    expect(page().querySelectorAll('.sources li')).toHaveLength(medicalCoderFixture.sources.length);
  });
});
