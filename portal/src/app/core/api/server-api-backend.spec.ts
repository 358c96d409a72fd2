import {
  FetchBackend,
  HttpClient,
  HttpHeaders,
  type HttpRequest,
  HttpResponse,
  provideHttpClient,
  withFetch,
} from '@angular/common/http';
import { REQUEST, REQUEST_CONTEXT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, firstValueFrom, of, switchMap, take } from 'rxjs';

import type { PortalRenderContext } from './portal-render-context';
import { ServerApiFetchBackend, publicationOf, toInternalApiUrl } from './server-api-backend';

describe('toInternalApiUrl', () => {
  const api = 'http://127.0.0.1:3000';

  it('sends a relative API path to the internal API, keeping the query', () => {
    expect(toInternalApiUrl('/api/public/home?x=1', 'https://careerscope.example', api)).toBe(
      'http://127.0.0.1:3000/api/public/home?x=1',
    );
  });

  it('sends an API URL already resolved against the page origin to the internal API', () => {
    expect(
      toInternalApiUrl(
        'https://careerscope.example/api/public/comparisons/a',
        'https://careerscope.example',
        `${api}/`,
      ),
    ).toBe('http://127.0.0.1:3000/api/public/comparisons/a');
  });

  it('leaves other origins and non-API paths alone', () => {
    expect(toInternalApiUrl('https://other.example/api/x', 'https://careerscope.example', api)).toBeNull();
    expect(toInternalApiUrl('/sitemap.xml', 'https://careerscope.example', api)).toBeNull();
  });

  it('handles a relative URL when the page origin is unknown', () => {
    expect(toInternalApiUrl('/api/public/home', null, api)).toBe('http://127.0.0.1:3000/api/public/home');
  });
});

describe('ServerApiFetchBackend', () => {
  let sent: HttpRequest<unknown>[];

  beforeEach(() => {
    sent = [];
    // Stands in for the network: what FetchBackend itself would be asked to fetch.
    jest.spyOn(FetchBackend.prototype, 'handle').mockImplementation((request) => {
      sent.push(request);
      return of(new HttpResponse({ status: 200, body: { ok: true }, url: request.url }));
    });
  });

  afterEach(() => jest.restoreAllMocks());

  function setUp(context: PortalRenderContext | null, cookie = ''): HttpClient {
    // The parts of the page's Request the backend reads (jsdom has no Request class).
    const page = {
      url: 'https://careerscope.example/compare/x',
      headers: { get: (name: string) => (name === 'cookie' && cookie ? cookie : null) },
    } as unknown as Request;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withFetch()),
        { provide: FetchBackend, useClass: ServerApiFetchBackend },
        { provide: REQUEST_CONTEXT, useValue: context },
        { provide: REQUEST, useValue: page },
      ],
    });
    return TestBed.inject(HttpClient);
  }

  it('fetches the relative API URL from REQUEST_CONTEXT.apiBaseUrl during server rendering', async () => {
    const http = setUp({ apiBaseUrl: 'http://127.0.0.1:3000' });

    await expect(firstValueFrom(http.get('/api/public/home'))).resolves.toEqual({ ok: true });
    expect(sent.map((request) => request.url)).toEqual(['http://127.0.0.1:3000/api/public/home']);
  });

  it("passes the visitor's session on to a preview request, and only to one", async () => {
    const http = setUp({ apiBaseUrl: 'http://127.0.0.1:3000' }, 'careerscope_session=abc');

    await firstValueFrom(http.get('/api/public/home', { params: { preview: '1' } }));
    await firstValueFrom(http.get('/api/public/home'));
    expect(sent.map((request) => request.headers.get('cookie'))).toEqual(['careerscope_session=abc', null]);
  });

  it('leaves the URL alone without a render context (the browser)', async () => {
    const http = setUp(null);

    await firstValueFrom(http.get('/api/public/home'));
    expect(sent.map((request) => request.url)).toEqual(['/api/public/home']);
  });
});

describe('ServerApiFetchBackend and cookies', () => {
  afterEach(() => jest.restoreAllMocks());

  it('drops Set-Cookie from API responses during server rendering, so the transfer cache can keep them', async () => {
    jest.spyOn(FetchBackend.prototype, 'handle').mockImplementation((request) =>
      of(
        new HttpResponse({
          status: 200,
          body: { ok: true },
          url: request.url,
          headers: new HttpHeaders({
            'set-cookie': 'XSRF-TOKEN=abc; Path=/',
            'content-type': 'application/json',
          }),
        }),
      ),
    );
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withFetch()),
        { provide: FetchBackend, useClass: ServerApiFetchBackend },
        { provide: REQUEST_CONTEXT, useValue: { apiBaseUrl: 'http://127.0.0.1:3000' } },
        { provide: REQUEST, useValue: { url: 'https://careerscope.example/' } as Request },
      ],
    });
    const response = await firstValueFrom(
      TestBed.inject(HttpClient).get('/api/public/home', { observe: 'response' }),
    );
    expect(response.headers.has('set-cookie')).toBe(false);
    expect(response.headers.get('content-type')).toBe('application/json');
  });
});

describe('ServerApiFetchBackend: one publication per render', () => {
  let sent: HttpRequest<unknown>[];
  /** The publication the API names in its answers; a publish during the render raises it. */
  let live: number;
  /** Answers held back until released, to send requests while the first one is under way. */
  let gate: Subject<void> | null;

  beforeEach(() => {
    sent = [];
    live = 3;
    gate = null;
    jest.spyOn(FetchBackend.prototype, 'handle').mockImplementation((request) => {
      sent.push(request);
      const pinned = request.params.get('publication');
      const response = new HttpResponse({
        status: 200,
        body: { ok: true },
        url: request.urlWithParams,
        headers: new HttpHeaders({ 'X-Publication': pinned ?? String(live) }),
      });
      const answer = of(response);
      return gate
        ? gate.pipe(
            take(1),
            switchMap(() => answer),
          )
        : answer;
    });
  });

  afterEach(() => jest.restoreAllMocks());

  function render(context: PortalRenderContext): HttpClient {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withFetch()),
        { provide: FetchBackend, useClass: ServerApiFetchBackend },
        { provide: REQUEST_CONTEXT, useValue: context },
        {
          provide: REQUEST,
          useValue: { url: 'https://careerscope.example/compare/x', headers: new Headers() } as Request,
        },
      ],
    });
    return TestBed.inject(HttpClient);
  }

  const pins = () => sent.map((request) => request.params.get('publication'));

  it('asks every call for the publication the first answer named, even after a newer one went live', async () => {
    const http = render({ apiBaseUrl: 'http://127.0.0.1:3000' });

    await firstValueFrom(http.get('/api/public/comparisons/cma-vs-medical-coder'));
    live = 4;
    await firstValueFrom(http.get('/api/public/occupations/certified-medical-assistant'));
    await firstValueFrom(http.get('/api/public/occupations/medical-coder'));

    expect(pins()).toEqual([null, '3', '3']);
    expect(sent[1].urlWithParams).toBe(
      'http://127.0.0.1:3000/api/public/occupations/certified-medical-assistant?publication=3',
    );
  });

  it('holds calls made while the first is under way until it names the publication', async () => {
    const http = render({ apiBaseUrl: 'http://127.0.0.1:3000' });
    gate = new Subject<void>();

    const calls = Promise.all([
      firstValueFrom(http.get('/api/public/home')),
      firstValueFrom(http.get('/api/public/occupations')),
      firstValueFrom(http.get('/api/public/sources')),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toHaveLength(1);
    live = 4;
    const first = gate;
    gate = null;
    first.next();
    await calls;

    expect(pins()).toEqual([null, '3', '3']);
  });

  it('asks from the first call for the publication the host renders the page from', async () => {
    const http = render({ apiBaseUrl: 'http://127.0.0.1:3000', publication: 2 });

    await firstValueFrom(http.get('/api/public/home'));
    await firstValueFrom(http.get('/api/public/schools', { params: { state: 'CO' } }));

    expect(pins()).toEqual(['2', '2']);
    expect(sent[1].params.get('state')).toBe('CO');
  });

  it('pins nothing for a preview of the working copy', async () => {
    const http = render({ apiBaseUrl: 'http://127.0.0.1:3000' });

    await firstValueFrom(http.get('/api/public/home', { params: { preview: '1' } }));
    await firstValueFrom(http.get('/api/public/occupations', { params: { preview: '1' } }));

    expect(pins()).toEqual([null, null]);
  });
});

describe('publicationOf', () => {
  it('reads X-Publication, else the ETag; none for a preview or an unrelated ETag', () => {
    expect(publicationOf(new HttpHeaders({ 'X-Publication': '12' }))).toBe(12);
    expect(publicationOf(new HttpHeaders({ etag: '"publication-7"' }))).toBe(7);
    expect(publicationOf(new HttpHeaders({ 'X-Publication': '0' }))).toBeNull();
    expect(publicationOf(new HttpHeaders({ etag: '"abc"' }))).toBeNull();
    expect(publicationOf(new HttpHeaders())).toBeNull();
  });
});
