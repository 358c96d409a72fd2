import { Router, UrlTree } from '@angular/router';

export const SIGN_IN_PATH = '/sign-in';

/** `/sign-in?returnUrl=…`, so signing in leads back to where the user was going. */
export function signInUrlTree(router: Router, returnUrl: string): UrlTree {
  const isHome = returnUrl === '' || returnUrl === '/';
  return router.createUrlTree([SIGN_IN_PATH], isHome ? {} : { queryParams: { returnUrl } });
}

/**
 * Where to go after signing in: only a path inside this app. Anything else — an absolute or
 * protocol-relative URL (`https://…`, `//evil.example`, `/\evil.example`), a `javascript:` URL, or
 * the sign-in page itself — falls back to the dashboard, so a crafted link cannot send a freshly
 * signed-in user to another site.
 */
export function safeReturnUrl(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return '/';
  }
  // Control characters and backslashes have no business in our paths; browsers normalise some of them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) {
    return '/';
  }
  const path = raw.split(/[?#]/, 1)[0];
  if (path === SIGN_IN_PATH || path.startsWith(`${SIGN_IN_PATH}/`)) {
    return '/';
  }
  return raw;
}
