import {
  FetchBackend,
  HttpErrorResponse,
  HttpEvent,
  HttpHeaders,
  HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { Injectable, REQUEST, REQUEST_CONTEXT, inject } from '@angular/core';
import { PUBLICATION_HEADER, PUBLICATION_QUERY_PARAMETER } from '@careerscope/shared';
import { Observable, defer, finalize, from, map, switchMap, tap } from 'rxjs';

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
 *
 * One page reads one publication: a page makes several API calls (a comparison, then each of its
 * occupations), and a publish may land between them. Every call asks for the publication the host
 * renders the page from (`REQUEST_CONTEXT.publication`); without one, the first call's answer names
 * it (`X-Publication`) and the calls after it wait for that answer, then ask for the same one. The
 * parameter is added here, after the transfer cache has keyed the request, so the browser's keys stay
 * the plain URLs. One instance serves one render (it is provided per application).
 */
@Injectable()
export class ServerApiFetchBackend extends FetchBackend {
  private readonly renderContext = inject(REQUEST_CONTEXT, { optional: true });
  private readonly pageRequest = inject(REQUEST, { optional: true });

  /** The publication every API call of this render reads, once known. */
  private publication: number | null = null;
  /** The call that will name the publication, while it is under way: the others wait for it. */
  private naming: Promise<void> | null = null;

  override handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    if (!isPortalRenderContext(this.renderContext)) {
      return super.handle(request);
    }
    const pageOrigin = this.pageRequest ? new URL(this.pageRequest.url).origin : null;
    const internalUrl = toInternalApiUrl(request.url, pageOrigin, this.renderContext.apiBaseUrl);
    if (internalUrl === null) {
      return super.handle(request).pipe(map(withoutCookies));
    }
    let forwarded = request.clone({ url: internalUrl });
    // A preview is rendered for the signed-in editor who asked for it: the API needs their session.
    // It shows the working copy as it is now, so there is no publication to pin.
    if (request.params.get('preview') === '1') {
      const cookie = this.pageRequest?.headers.get('cookie');
      if (cookie) forwarded = forwarded.clone({ setHeaders: { cookie } });
      return super.handle(forwarded).pipe(map(withoutCookies));
    }
    this.publication ??= this.renderContext.publication ?? null;
    return this.inPublication(forwarded).pipe(map(withoutCookies));
  }

  private inPublication(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return defer(() => {
      if (this.publication !== null) {
        return super.handle(
          request.clone({ setParams: { [PUBLICATION_QUERY_PARAMETER]: String(this.publication) } }),
        );
      }
      if (this.naming) {
        return from(this.naming).pipe(switchMap(() => this.inPublication(request)));
      }
      let named!: () => void;
      this.naming = new Promise<void>((resolve) => (named = resolve));
      const adopt = (headers: HttpHeaders) => {
        this.publication ??= publicationOf(headers);
      };
      return super.handle(request).pipe(
        tap({
          next: (event) => {
            if (event instanceof HttpResponse) adopt(event.headers);
          },
          error: (error: unknown) => {
            if (error instanceof HttpErrorResponse) adopt(error.headers);
          },
        }),
        finalize(() => {
          // Without an answer that names one (a network error), the next call tries again.
          this.naming = null;
          named();
        }),
      );
    });
  }
}

/** The publication an API answer names (`X-Publication`, else its ETag); null for none or a preview. */
export function publicationOf(headers: HttpHeaders): number | null {
  const named =
    headers.get(PUBLICATION_HEADER) ?? /^(?:W\/)?"publication-(\d+)"$/.exec(headers.get('etag') ?? '')?.[1];
  const number = Number(named);
  return named && Number.isInteger(number) && number > 0 ? number : null;
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
