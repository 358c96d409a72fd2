import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { AUDIT_EVENT_TYPES, type AuditEventView, type Page, type UserRecord } from '@careerscope/shared';
import { catchError, map, of, switchMap, tap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { formatValue } from '../records/format-value';

type AuditFilter = 'type' | 'userId' | 'from' | 'to';

/** The audit log (admins): sign-ins, account changes, publications; filtered by type, user and dates in the URL. */
@Component({
  selector: 'cs-audit-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  templateUrl: './audit-log.page.html',
  styles: `
    :host {
      display: block;
      max-width: 1200px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .audit__filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      margin-bottom: 12px;
    }
    .audit__wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    .audit__details {
      font: var(--mat-sys-body-small);
      word-break: break-word;
    }
  `,
})
export class AuditLogPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(AdminApiClient);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly types = AUDIT_EVENT_TYPES;
  protected readonly columns = ['at', 'type', 'actor', 'subject', 'ip', 'details'];
  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => ({
        page: Math.max(1, Number(params.get('page')) || 1),
        pageSize: Number(params.get('pageSize')) || 50,
        type: params.get('type') ?? '',
        userId: params.get('userId') ?? '',
        from: params.get('from') ?? '',
        to: params.get('to') ?? '',
      })),
    ),
    { requireSync: true },
  );
  protected readonly result = signal<Page<AuditEventView> | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly users = signal<UserRecord[]>([]);
  protected readonly formatValue = formatValue;

  constructor() {
    this.route.queryParamMap
      .pipe(
        tap(() => this.result.set(null)),
        switchMap(() =>
          this.api.auditEvents(this.query()).pipe(
            catchError((error: unknown) => {
              this.error.set(
                error instanceof ApiError ? error.message : 'The audit log could not be loaded.',
              );
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((page) => this.result.set(page));
    this.api
      .list<UserRecord>('users', { pageSize: 100, sort: 'email' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (page) => this.users.set(page.items), error: () => undefined });
  }

  protected filterBy(key: AuditFilter, value: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [key]: value || null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected paged(event: PageEvent): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: event.pageIndex + 1, pageSize: event.pageSize },
      queryParamsHandling: 'merge',
    });
  }

  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }
}
