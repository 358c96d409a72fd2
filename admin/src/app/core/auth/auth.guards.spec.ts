import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { ADMIN, EDITOR, errorBody, settle } from '../../../testing/test-helpers';
import { provideApi } from '../api/provide-api';
import { authGuard, roleGuard } from './auth.guards';

@Component({ template: '' })
class PageStub {}

describe('authGuard and roleGuard', () => {
  let httpTesting: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'sign-in', component: PageStub },
          { path: 'forbidden', component: PageStub },
          { path: 'account', canActivate: [authGuard], component: PageStub },
          { path: 'occupations/:id', canActivate: [authGuard], component: PageStub },
          { path: 'users', canActivate: [roleGuard('admin')], component: PageStub },
          { path: '', canActivate: [authGuard], component: PageStub },
        ]),
        provideApi(),
        provideHttpClientTesting(),
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => httpTesting.verify());

  /** Starts a navigation, answers `GET /api/auth/me` with `answer`, and waits for the router. */
  async function navigateAnsweringMe(
    url: string,
    answer: (req: ReturnType<HttpTestingController['expectOne']>) => void,
  ) {
    const navigation = router.navigateByUrl(url);
    await settle();
    answer(httpTesting.expectOne({ method: 'GET', url: '/api/auth/me' }));
    await navigation;
  }

  it('redirects to /sign-in with the returnUrl when /api/auth/me answers 401', async () => {
    const { body, init } = errorBody(401, 'unauthorized', 'Not signed in.');

    await navigateAnsweringMe('/occupations/7?tab=wages', (req) => req.flush(body, init));

    const landed = router.parseUrl(router.url);
    expect(router.url.startsWith('/sign-in?')).toBe(true);
    expect(landed.queryParams).toEqual({ returnUrl: '/occupations/7?tab=wages' });
  });

  it('lets a signed-in user through and asks the API only once', async () => {
    await navigateAnsweringMe('/occupations/7', (req) => req.flush(EDITOR));
    expect(router.url).toBe('/occupations/7');

    await router.navigateByUrl('/');
    expect(router.url).toBe('/');
    httpTesting.expectNone('/api/auth/me');
  });

  it('sends a signed-in user without the role to the forbidden page', async () => {
    await navigateAnsweringMe('/users', (req) => req.flush(EDITOR));

    expect(router.url).toBe('/forbidden');
  });

  it('lets an admin into an admin-only route', async () => {
    await navigateAnsweringMe('/users', (req) => req.flush(ADMIN));

    expect(router.url).toBe('/users');
  });

  it('keeps an admin who must set up two-step sign-in to their account page', async () => {
    await navigateAnsweringMe('/occupations/7', (req) => req.flush({ ...ADMIN, twoFactorRequired: true }));
    expect(router.url).toBe('/account');

    await router.navigateByUrl('/');
    expect(router.url).toBe('/account');
  });

  it('sends the user to sign in when the API cannot answer, and asks again next time', async () => {
    await navigateAnsweringMe('/occupations/7', (req) => req.error(new ProgressEvent('error')));
    expect(router.parseUrl(router.url).queryParams).toEqual({ returnUrl: '/occupations/7' });

    await navigateAnsweringMe('/occupations/7', (req) => req.flush(EDITOR));
    expect(router.url).toBe('/occupations/7');
  });
});
