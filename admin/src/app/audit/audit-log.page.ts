import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  AUDIT_CATEGORIES,
  AUDIT_CATEGORY_LABELS,
  AUDIT_EVENT_LABELS,
  RECORD_TYPE_LABELS,
  RECORD_TYPES,
  auditCategoryTypes,
  isRecordType,
  type AuditEventView,
  type Page,
  type UserRecord,
} from '@careerscope/shared';
import { catchError, map, of, switchMap, tap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { formatValue } from '../records/format-value';
import { recordLink } from '../records/record-types';

type AuditFilter = 'actorId' | 'subjectType' | 'from' | 'to';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What an event can concern besides editorial records. */
const OTHER_SUBJECTS: Record<string, string> = {
  user: 'User account',
  import: 'Import',
  publication: 'Publication',
  catalogue: 'Catalogue scope',
  ipeds: 'IPEDS directory',
};

/**
 * The audit log (admins) as sentences ("Ana Lopez saved Registered Nurses: median wage, annual"),
 * newest first, with the raw details folded away; filtered by who, what, record type and dates in
 * the URL, paged on the server.
 */
@Component({
  selector: 'cs-audit-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  templateUrl: './audit-log.page.html',
  styleUrl: './audit-log.page.scss',
})
export class AuditLogPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(AdminApiClient);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly labels = AUDIT_EVENT_LABELS;
  protected readonly groups = AUDIT_CATEGORIES.map((category) => ({
    category,
    label: AUDIT_CATEGORY_LABELS[category],
    types: auditCategoryTypes(category).map((value) => ({ value, label: AUDIT_EVENT_LABELS[value] })),
  }));
  protected readonly subjects = [
    ...RECORD_TYPES.map((value) => ({ value, label: capitalise(RECORD_TYPE_LABELS[value].one) })),
    ...Object.entries(OTHER_SUBJECTS).map(([value, label]) => ({ value, label })),
  ];
  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => {
        const type = params.get('type') ?? '';
        const category = params.get('category') ?? '';
        return {
          page: Math.max(1, Number(params.get('page')) || 1),
          pageSize: Number(params.get('pageSize')) || 50,
          type,
          category,
          what: type ? `type:${type}` : category ? `category:${category}` : '',
          actorId: params.get('actorId') ?? '',
          subjectType: params.get('subjectType') ?? '',
          from: params.get('from') ?? '',
          to: params.get('to') ?? '',
        };
      }),
    ),
    { requireSync: true },
  );
  protected readonly result = signal<Page<AuditEventView> | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly users = signal<UserRecord[]>([]);

  constructor() {
    this.route.queryParamMap
      .pipe(
        tap(() => {
          this.result.set(null);
          this.error.set(null);
        }),
        switchMap(() => {
          const { what: _what, ...query } = this.query();
          return this.api.auditEvents(query).pipe(
            catchError((error: unknown) => {
              this.error.set(
                error instanceof ApiError ? error.message : 'The audit log could not be loaded.',
              );
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((page) => this.result.set(page));
    this.api
      .list<UserRecord>('users', { pageSize: 100, sort: 'name' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (page) => this.users.set(page.items), error: () => undefined });
  }

  protected subjectLabel(type: string): string {
    return isRecordType(type) ? capitalise(RECORD_TYPE_LABELS[type].one) : (OTHER_SUBJECTS[type] ?? type);
  }

  /** Where the event's subject can be opened in the admin, if anywhere. */
  protected link(event: AuditEventView): string[] | null {
    if (!event.subjectType || !event.subjectId) return null;
    if (event.type === 'record.deleted') return null;
    if (event.subjectType === 'user') return ['/users', event.subjectId];
    if (event.subjectType === 'import') return ['/imports', event.subjectId];
    return recordLink(event.subjectType, event.subjectId);
  }

  protected detailsOf(event: AuditEventView): { key: string; value: string }[] {
    return Object.entries(event.details).map(([key, value]) => ({ key, value: formatValue(value) }));
  }

  protected filterBy(key: AuditFilter, value: string): void {
    this.navigate({ [key]: value || null });
  }

  /** One select for a single event type or a whole category. */
  protected filterWhat(value: string): void {
    const [kind, name] = value.split(':');
    this.navigate({
      type: kind === 'type' ? name : null,
      category: kind === 'category' ? name : null,
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

  private navigate(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...params, page: null },
      queryParamsHandling: 'merge',
    });
  }
}
