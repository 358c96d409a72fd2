import { isPlatformServer } from '@angular/common';
import { PLATFORM_ID, RESPONSE_INIT, TransferState, inject, isDevMode, makeStateKey } from '@angular/core';
import type { ActivatedRouteSnapshot, ResolveFn } from '@angular/router';
import { isSlug } from '@careerscope/shared';
import { Observable, catchError, of, switchMap, throwError } from 'rxjs';

import { ApiError } from '../api/api-error';
import { PublicApiClient } from '../api/public-api.client';
import type { PageResult } from './page-result';

/** Loads a page's data; a `null` result means the page does not exist (404). */
type Loader<T> = (api: PublicApiClient, slug: string, route: ActivatedRouteSnapshot) => Observable<T | null>;

/**
 * A resolver that loads a page's data. With `bySlug`, the route's `:slug` is passed to the loader,
 * and an unknown slug (the API's 404, or a string that cannot be a slug) resolves to `not-found`
 * and, during server rendering, answers HTTP 404. Any other API failure resolves to `unavailable`
 * with 503. Resolvers never throw for an API failure: a navigation error makes the server engine
 * give up on the page.
 *
 * The HTTP transfer cache only carries successful responses, so a server-side 404 is also noted in
 * TransferState: on hydration the browser shows the same page without asking the API again.
 */
export function resolvePage<T>(
  load: Loader<T>,
  options: { bySlug: boolean; invalidIsNotFound?: boolean },
): ResolveFn<PageResult<T>> {
  return (route: ActivatedRouteSnapshot) => {
    const slug = options.bySlug ? (route.paramMap.get('slug') ?? '') : '';
    const response = inject(RESPONSE_INIT, { optional: true });
    const transferState = inject(TransferState);
    const isServer = isPlatformServer(inject(PLATFORM_ID));
    const query = new URLSearchParams(route.queryParams as Record<string, string>).toString();
    const path = route.pathFromRoot.flatMap((r) => r.url).join('/') + (query ? `?${query}` : '');
    const notFoundKey = makeStateKey<boolean>(`not-found:/${path}`);

    const respond = (status: number, result: PageResult<T>): Observable<PageResult<T>> => {
      if (response) {
        response.status = status;
      }
      if (isServer && result.kind === 'not-found') {
        transferState.set(notFoundKey, true);
      }
      return of(result);
    };

    if (options.bySlug && !isSlug(slug)) {
      return respond(404, { kind: 'not-found' });
    }
    if (!isServer && transferState.hasKey(notFoundKey)) {
      transferState.remove(notFoundKey);
      return of({ kind: 'not-found' });
    }

    return load(inject(PublicApiClient), slug, route).pipe(
      switchMap((data) =>
        data === null ? respond(404, { kind: 'not-found' }) : of<PageResult<T>>({ kind: 'ok', data }),
      ),
      catchError((error: unknown) => {
        if (!(error instanceof ApiError)) {
          return throwError(() => error);
        }
        if (
          (error.status === 404 && (options.bySlug || options.invalidIsNotFound)) ||
          (error.status === 400 && options.invalidIsNotFound)
        ) {
          return respond(404, { kind: 'not-found' });
        }
        if (isDevMode()) {
          console.error(`The API failed for /${path}:`, error.body);
        }
        return respond(503, { kind: 'unavailable' });
      }),
    );
  };
}
