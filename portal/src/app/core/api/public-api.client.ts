import { HttpClient, HttpParams } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import type {
  ComparisonView,
  PublicHomeView,
  PublicOccupationListResponse,
  PublicOccupationQuery,
  PublicOccupationResponse,
  PublicSchoolFiltersView,
  PublicSchoolQuery,
  PublicSchoolResponse,
  PublicSchoolsResponse,
  PublicSourcesResponse,
  PublicationInfo,
  PublicChangesResponse,
} from '@careerscope/shared';
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
  /**
   * A page opened with `?preview=1` (editors previewing the working copy from the admin) asks the
   * API for the working copy too; the API answers only to a signed-in session.
   */
  private readonly preview =
    new URLSearchParams(inject(DOCUMENT).location?.search ?? '').get('preview') === '1';

  publication(): Observable<PublicationInfo> {
    return this.get<PublicationInfo>('/api/public/publication');
  }

  home(): Observable<PublicHomeView> {
    return this.get<PublicHomeView>('/api/public/home');
  }

  comparison(slug: string): Observable<ComparisonView> {
    return this.get<ComparisonView>(`/api/public/comparisons/${encodeURIComponent(slug)}`);
  }

  /** Any 2–5 published occupations side by side, in the order given. */
  compare(slugs: readonly string[]): Observable<ComparisonView> {
    return this.get<ComparisonView>('/api/public/compare', new HttpParams().set('o', slugs.join(',')));
  }

  /** The occupation finder: one page of the catalogue, filtered and sorted (20 a page unless asked). */
  occupations(query: PublicOccupationQuery = {}): Observable<PublicOccupationListResponse> {
    let params = new HttpParams();
    // A fixed key order keeps the URL (and so the transfer cache's key) stable.
    for (const key of [
      'q',
      'education',
      'minPay',
      'maxPay',
      'growth',
      'bright',
      'state',
      'sort',
      'page',
      'pageSize',
    ] as const) {
      const value = query[key];
      if (key === 'bright') {
        if (value === true) params = params.set(key, '1');
      } else if (value !== undefined && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.get<PublicOccupationListResponse>('/api/public/occupations', params);
  }

  occupation(slug: string): Observable<PublicOccupationResponse> {
    return this.get<PublicOccupationResponse>(`/api/public/occupations/${encodeURIComponent(slug)}`);
  }

  schools(query: PublicSchoolQuery): Observable<PublicSchoolsResponse> {
    let params = new HttpParams();
    // A fixed key order keeps the URL (and so the transfer cache's key) stable.
    for (const key of [
      'occupation',
      'state',
      'zip',
      'radius',
      'delivery',
      'credential',
      'accreditation',
      'maxCost',
      'sort',
      'q',
      'includeClosed',
      'page',
      'pageSize',
    ] as const) {
      const value = query[key];
      if (value !== undefined && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.get<PublicSchoolsResponse>('/api/public/schools', params);
  }

  /** One school; with a ZIP code, its distance from it and the tuition a student from there pays. */
  school(slug: string, zip?: string): Observable<PublicSchoolResponse> {
    return this.get<PublicSchoolResponse>(
      `/api/public/schools/${encodeURIComponent(slug)}`,
      zip ? new HttpParams().set('zip', zip) : undefined,
    );
  }

  /** The directory's filter values; those of closed schools too when the directory lists them. */
  schoolFilters(includeClosed = false): Observable<PublicSchoolFiltersView> {
    return this.get<PublicSchoolFiltersView>(
      '/api/public/school-filters',
      includeClosed ? new HttpParams().set('includeClosed', 'true') : undefined,
    );
  }

  /** What each publication changed, newest first, one page of them. */
  changes(page = 1): Observable<PublicChangesResponse> {
    const params = page > 1 ? new HttpParams().set('page', String(page)) : new HttpParams();
    return this.get<PublicChangesResponse>('/api/public/changes', params);
  }

  sources(): Observable<PublicSourcesResponse> {
    return this.get<PublicSourcesResponse>('/api/public/sources');
  }

  private get<T>(url: string, params: HttpParams = new HttpParams()): Observable<T> {
    return this.http
      .get<T>(url, { params: this.preview ? params.set('preview', '1') : params })
      .pipe(catchError((error: unknown) => throwError(() => toApiError(error))));
  }
}
