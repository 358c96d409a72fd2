import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { SessionStore } from '../auth/session.store';
import { signInUrlTree } from '../auth/sign-in-url';
import { isSessionEndpoint } from './admin-api.client';
import { ApiError } from './api-error';

/**
 * Turns every HTTP failure into an `ApiError`. A 401 from anything but sign-in, sign-out and
 * `/api/auth/me` means the session expired or was revoked: forget the user and send them to sign
 * in, coming back here after.
 */
export const apiErrorInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const session = inject(SessionStore);

  return next(req).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) {
        return throwError(() => error);
      }
      const apiError = ApiError.fromHttpError(error);
      if (apiError.status === 401 && !isSessionEndpoint(req.url)) {
        session.clear();
        const returnUrl = currentUrl(router);
        if (!returnUrl.startsWith('/sign-in')) {
          void router.navigateByUrl(signInUrlTree(router, returnUrl));
        }
      }
      return throwError(() => apiError);
    }),
  );
};

/** Where the user is, or is going when the 401 arrived mid-navigation. */
function currentUrl(router: Router): string {
  const navigation = router.currentNavigation();
  return navigation ? router.serializeUrl(navigation.finalUrl ?? navigation.extractedUrl) : router.url;
}
