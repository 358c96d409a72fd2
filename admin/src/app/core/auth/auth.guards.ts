import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@careerscope/shared';
import { catchError, map, of } from 'rxjs';

import { SessionStore } from './session.store';
import { signInUrlTree } from './sign-in-url';

export const FORBIDDEN_PATH = '/forbidden';
/** Your own account: where an admin sets up two-step sign-in when the site requires it. */
export const ACCOUNT_PATH = '/account';

/**
 * Lets signed-in users through; sends everyone else to sign in, coming back here after. When the
 * API cannot say (down, offline) the user also lands on sign-in, where the failure is shown. An
 * admin who must still set up two-step sign-in (REQUIRE_ADMIN_2FA) is kept to their account page:
 * the API refuses them everything else until they have.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return session.load().pipe(
    map((user) => {
      if (!user) return signInUrlTree(router, state.url);
      const path = state.url.split(/[?#]/, 1)[0];
      return user.twoFactorRequired && path !== ACCOUNT_PATH ? router.parseUrl(ACCOUNT_PATH) : true;
    }),
    catchError(() => of(signInUrlTree(router, state.url))),
  );
};

/**
 * Only users holding one of `roles`: `canActivate: [roleGuard('admin')]`. Works on its own or after
 * `authGuard`; a signed-in user without the role sees the forbidden page. The API enforces the same
 * rule — this guard only spares the user a screen they cannot use.
 */
export function roleGuard(...roles: [Role, ...Role[]]): CanActivateFn {
  return (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    return session.load().pipe(
      map((user) => {
        if (!user) {
          return signInUrlTree(router, state.url);
        }
        return roles.includes(user.role) ? true : router.parseUrl(FORBIDDEN_PATH);
      }),
      catchError(() => of(signInUrlTree(router, state.url))),
    );
  };
}
