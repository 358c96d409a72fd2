import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ComparisonView, PublicHomeView, PublicOccupationResponse } from '@careerscope/shared';
import { Observable, catchError, throwError } from 'rxjs';

import { toApiError } from './api-error';

/**
 * The portal's one door to the public API. URLs stay relative: the browser calls its own origin,
 * and during server rendering `ServerApiFetchBackend` sends them to the internal API URL (after the
 * transfer cache has keyed them by the relative URL, so the browser reuses the server's responses).
 * Failures arrive as `ApiError`.
 */
@Injectable({ providedIn: 'root' })
export class PublicApiClient {
  private readonly http = inject(HttpClient);

  home(): Observable<PublicHomeView> {
    return this.get<PublicHomeView>('/api/public/home');
  }

  comparison(slug: string): Observable<ComparisonView> {
    return this.get<ComparisonView>(`/api/public/comparisons/${encodeURIComponent(slug)}`);
  }

  occupation(slug: string): Observable<PublicOccupationResponse> {
    return this.get<PublicOccupationResponse>(`/api/public/occupations/${encodeURIComponent(slug)}`);
  }

  private get<T>(url: string): Observable<T> {
    return this.http.get<T>(url).pipe(catchError((error: unknown) => throwError(() => toApiError(error))));
  }
}
