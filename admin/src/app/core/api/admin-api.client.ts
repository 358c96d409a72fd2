import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HealthResponse, LoginRequest, SessionUser } from '@careerscope/shared';
import { Observable } from 'rxjs';

/**
 * Relative to the page's origin: the admin is served by the API process itself, so cookies
 * (session and CSRF) are same-origin and no base URL needs configuring.
 */
const API = '/api';

/** The session cookie only ever goes to our own origin. */
const SAME_ORIGIN = { credentials: 'same-origin' } as const;

/**
 * The admin's one typed door to the API: the only class that touches `HttpClient`.
 * Failed calls error with an `ApiError` (see `apiErrorInterceptor`).
 */
@Injectable({ providedIn: 'root' })
export class AdminApiClient {
  private readonly http = inject(HttpClient);

  login(body: LoginRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>(`${API}/auth/login`, body, SAME_ORIGIN);
  }

  /** The signed-in user; errors with status 401 when nobody is signed in. */
  me(): Observable<SessionUser> {
    return this.http.get<SessionUser>(`${API}/auth/me`, SAME_ORIGIN);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${API}/auth/logout`, null, SAME_ORIGIN);
  }

  health(): Observable<HealthResponse> {
    return this.http.get<HealthResponse>(`${API}/health`, SAME_ORIGIN);
  }
}

/** Endpoints whose 401 is an answer (wrong password, not signed in), not an expired session. */
export function isAuthEndpoint(url: string): boolean {
  return new URL(url, 'http://relative.invalid').pathname.startsWith(`${API}/auth/`);
}
