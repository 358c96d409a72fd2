import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CSRF_COOKIE, CSRF_HEADER } from '@careerscope/shared';
import { firstValueFrom } from 'rxjs';

import { EDITOR, errorBody, settle } from '../../../testing/test-helpers';
import { SessionStore } from '../auth/session.store';
import { AdminApiClient } from './admin-api.client';
import { ApiError } from './api-error';
import { provideApi } from './provide-api';

@Component({ template: '' })
class PageStub {}

describe('apiErrorInterceptor', () => {
  let api: AdminApiClient;
  let httpTesting: HttpTestingController;
  let router: Router;
  let session: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: PageStub }]),
        provideApi(),
        provideHttpClientTesting(),
      ],
    });
    api = TestBed.inject(AdminApiClient);
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);
  });

  afterEach(() => httpTesting.verify());

  /** Subscribes, lets the test answer the one request, and returns what the caller received. */
  async function failureOf<T>(
    call: Promise<T>,
    url: string,
    answer: (req: ReturnType<HttpTestingController['expectOne']>) => void,
  ) {
    answer(httpTesting.expectOne(url));
    return call.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error,
    );
  }

  it('maps an ApiErrorBody with field errors to an ApiError', async () => {
    const { body, init } = errorBody(400, 'validation_failed', 'The request has invalid fields.', [
      { field: 'email', message: 'email must be an email' },
      { field: 'email', message: 'email is too long' },
      { field: 'password', message: 'password should not be empty' },
    ]);

    const error = await failureOf(
      firstValueFrom(api.login({ email: 'x', password: '' })),
      '/api/auth/login',
      (req) => req.flush(body, init),
    );

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.message).toBe('The request has invalid fields.');
    expect(apiError.fromApi).toBe(true);
    expect(apiError.messagesFor('email')).toEqual(['email must be an email', 'email is too long']);
    expect(apiError.messagesFor('password')).toEqual(['password should not be empty']);
    expect(apiError.messagesFor('totp')).toEqual([]);
  });

  it('gives a generic ApiError when the body is not the API error shape', async () => {
    const error = await failureOf(firstValueFrom(api.health()), '/api/health', (req) =>
      req.flush('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );

    expect(error).toMatchObject({
      status: 502,
      code: 'http_502',
      fromApi: false,
      fields: [],
      message: 'The server had a problem. Try again in a moment.',
    });
  });

  it('reports a network failure as status 0', async () => {
    const error = await failureOf(firstValueFrom(api.health()), '/api/health', (req) =>
      req.error(new ProgressEvent('error')),
    );

    expect(error).toMatchObject({ status: 0, code: 'network_error' });
  });

  it('clears the session and goes to sign in with the current URL on a 401 from a data endpoint', async () => {
    await router.navigateByUrl('/occupations/3?tab=wages');
    session.signIn({ email: EDITOR.email, password: 'secret' }).subscribe();
    httpTesting.expectOne('/api/auth/login').flush(EDITOR);
    expect(session.user()).toEqual(EDITOR);

    const { body, init } = errorBody(401, 'unauthorized', 'Session expired.');
    const error = await failureOf(firstValueFrom(api.health()), '/api/health', (req) =>
      req.flush(body, init),
    );
    await settle();

    expect(error).toMatchObject({ status: 401, message: 'Session expired.' });
    expect(session.user()).toBeNull();
    expect(router.url.startsWith('/sign-in?')).toBe(true);
    expect(router.parseUrl(router.url).queryParams).toEqual({ returnUrl: '/occupations/3?tab=wages' });
  });

  it('sends to sign in on a 401 from an account endpoint: the session ended on the account page', async () => {
    await router.navigateByUrl('/account');
    const { body, init } = errorBody(401, 'unauthorized', 'Sign in first.');

    const error = await failureOf(firstValueFrom(api.setUpTotp()), '/api/auth/totp/setup', (req) =>
      req.flush(body, init),
    );
    await settle();

    expect(error).toMatchObject({ status: 401 });
    expect(router.parseUrl(router.url).queryParams).toEqual({ returnUrl: '/account' });
  });

  it('leaves a 401 from sign-in to the caller', async () => {
    await router.navigateByUrl('/sign-in');
    const { body, init } = errorBody(401, 'unauthorized', 'Email or password is incorrect.');

    const error = await failureOf(
      firstValueFrom(api.login({ email: EDITOR.email, password: 'wrong' })),
      '/api/auth/login',
      (req) => req.flush(body, init),
    );
    await settle();

    expect(error).toMatchObject({ status: 401, message: 'Email or password is incorrect.' });
    expect(router.url).toBe('/sign-in');
  });

  it('sends the CSRF cookie back in the CSRF header on a POST', async () => {
    document.cookie = `${CSRF_COOKIE}=token-123; path=/`;
    try {
      const done = firstValueFrom(api.logout());
      const req = httpTesting.expectOne({ method: 'POST', url: '/api/auth/logout' });
      expect(req.request.headers.get(CSRF_HEADER)).toBe('token-123');
      expect(req.request.credentials).toBe('same-origin');
      req.flush(null, { status: 204, statusText: 'No Content' });
      await done;
    } finally {
      document.cookie = `${CSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  });
});
