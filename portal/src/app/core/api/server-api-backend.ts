import { FetchBackend, HttpEvent, HttpRequest, HttpResponse } from '@angular/common/http';
import { Injectable, REQUEST, REQUEST_CONTEXT, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { isPortalRenderContext } from './portal-render-context';

/** Stands in for the page origin when there is none, so relative URLs still parse. */
const NO_ORIGIN = 'http://portal.invalid';

/**
 * Where a request for the portal's own `/api/...` should go during server rendering: the same path
 * and query on `apiBaseUrl`. Returns null for anything else (another origin, a non-API path).
 * `url` is relative (`/api/public/home`) or already resolved against the page's origin.
 */
export function toInternalApiUrl(url: string, pageOrigin: string | null, apiBaseUrl: string): string | null {
  const base = new URL(pageOrigin ?? NO_ORIGIN);
  const target = new URL(url, base);
  if (target.origin !== base.origin || !target.pathname.startsWith('/api/')) {
    return null;
  }
  return `${apiBaseUrl.replace(/\/+$/, '')}${target.pathname}${target.search}`;
}

/**
 * Server rendering only (provided in app.config.server.ts): sends the portal's `/api/...` calls to
 * the host's internal API URL (`REQUEST_CONTEXT.apiBaseUrl`) instead of the page's public origin,
 * which may not be reachable from inside (a proxy, TLS termination).
 *
 * Why the backend and not an interceptor: app interceptors (`withInterceptors`) run before the HTTP
 * transfer cache's own interceptor, which keys each response by the URL it sees. Rewriting there
 * stored responses under `http://127.0.0.1:3000/api/...` while the browser looks up `/api/...`, so
 * every call ran twice. The backend runs after every interceptor: the cache keys by the relative URL
 * on both sides. (`HTTP_TRANSFER_CACHE_ORIGIN_MAP` cannot map to a relative URL.)
 */
@Injectable()
export class ServerApiFetchBackend extends FetchBackend {
  private readonly renderContext = inject(REQUEST_CONTEXT, { optional: true });
  private readonly pageRequest = inject(REQUEST, { optional: true });

  override handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    if (!isPortalRenderContext(this.renderContext)) {
      return super.handle(request);
    }
    const pageOrigin = this.pageRequest ? new URL(this.pageRequest.url).origin : null;
    const internalUrl = toInternalApiUrl(request.url, pageOrigin, this.renderContext.apiBaseUrl);
    let forwarded = internalUrl === null ? request : request.clone({ url: internalUrl });
    // A preview is rendered for the signed-in editor who asked for it: the API needs their session.
    if (internalUrl !== null && request.params.get('preview') === '1') {
      const cookie = this.pageRequest?.headers.get('cookie');
      if (cookie) forwarded = forwarded.clone({ setHeaders: { cookie } });
    }
    return super.handle(forwarded).pipe(map(withoutCookies));
  }
}

/**
 * Drops `Set-Cookie` from a response fetched during server rendering. The render is not a browser:
 * a cookie the API hands its internal call (the CSRF cookie, set on any request without one) means
 * nothing, and Angular's HTTP transfer cache refuses to store a response that sets a cookie, so the
 * browser would fetch every page's data a second time after hydration.
 */
function withoutCookies(event: HttpEvent<unknown>): HttpEvent<unknown> {
  return event instanceof HttpResponse && event.headers.has('set-cookie')
    ? event.clone({ headers: event.headers.delete('set-cookie') })
    : event;
}
