import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { EnvironmentProviders } from '@angular/core';
import { CSRF_COOKIE, CSRF_HEADER } from '@careerscope/shared';

import { apiErrorInterceptor } from './api-error.interceptor';

/** HttpClient as the admin talks to the API; tests add `provideHttpClientTesting()` after it. */
export function provideApi(): EnvironmentProviders {
  return provideHttpClient(
    withFetch(),
    // Double-submit CSRF: Angular echoes the API's readable cookie in a header on every
    // state-changing (non-GET/HEAD) same-origin request.
    withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
    withInterceptors([apiErrorInterceptor]),
  );
}
