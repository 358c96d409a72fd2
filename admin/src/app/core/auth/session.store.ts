import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, Role, SessionUser } from '@careerscope/shared';
import { Observable, catchError, finalize, map, of, shareReplay, tap, throwError } from 'rxjs';

import { AdminApiClient } from '../api/admin-api.client';
import { ApiError } from '../api/api-error';

/** Who is signed in, as far as this tab knows. The session itself is an httpOnly cookie. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AdminApiClient);

  private readonly currentUser = signal<SessionUser | null>(null);
  private readonly busy = signal(false);
  /** True once the API has told us who is signed in (or that nobody is). */
  private known = false;
  private inFlight: Observable<SessionUser | null> | null = null;

  readonly user = this.currentUser.asReadonly();
  /** True while the session is being asked for or changed. */
  readonly loading = this.busy.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);

  hasRole(...roles: Role[]): boolean {
    const user = this.currentUser();
    return user !== null && roles.includes(user.role);
  }

  /**
   * The signed-in user, or `null` when signed out. Asks `GET /api/auth/me` once; later calls answer
   * from memory, and concurrent calls share the one request. Errors other than 401 (server down,
   * network) are passed on and not remembered, so the next call asks again.
   */
  load(): Observable<SessionUser | null> {
    if (this.known) {
      return of(this.currentUser());
    }
    if (!this.inFlight) {
      this.busy.set(true);
      this.inFlight = this.api.me().pipe(
        map((user): SessionUser | null => user),
        catchError((error: unknown) =>
          error instanceof ApiError && error.status === 401 ? of(null) : throwError(() => error),
        ),
        tap((user) => this.remember(user)),
        finalize(() => {
          this.busy.set(false);
          this.inFlight = null;
        }),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    }
    return this.inFlight;
  }

  signIn(credentials: LoginRequest): Observable<SessionUser> {
    this.busy.set(true);
    return this.api.login(credentials).pipe(
      tap((user) => this.remember(user)),
      finalize(() => this.busy.set(false)),
    );
  }

  /** Ends the session on the server; this tab forgets the user even if that call fails. */
  signOut(): Observable<void> {
    this.busy.set(true);
    return this.api.logout().pipe(
      catchError(() => of(undefined)),
      map(() => undefined),
      finalize(() => {
        this.clear();
        this.busy.set(false);
      }),
    );
  }

  /** The API answered the signed-in user as they are now (e.g. after turning two-step sign-in on). */
  update(user: SessionUser): void {
    this.remember(user);
  }

  /** Forget the user, e.g. after the API answered 401 to a request. */
  clear(): void {
    this.remember(null);
  }

  private remember(user: SessionUser | null): void {
    this.currentUser.set(user);
    this.known = true;
  }
}
