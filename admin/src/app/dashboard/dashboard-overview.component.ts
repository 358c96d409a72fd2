import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import {
  RECORD_PATHS,
  type AuditEventView,
  type EmploymentProjectionRecord,
  type PublicationSummary,
  type RecordType,
  type WageStatisticRecord,
} from '@careerscope/shared';
import { catchError, forkJoin, map, of } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { SessionStore } from '../core/auth/session.store';
import { WorkingCopyChanges, type WorkingCopyChange } from '../publishing/working-copy-changes';
import { recordTitle } from '../records/feature-registry';
import { RECORD_TYPE_LABELS } from '../records/record-types';
import { expectedOewsYear, expectedProjectionBaseYear, nextReleases } from './bls-calendar';
import { freshnessWarnings, type FreshnessWarning } from './freshness';

interface Activity {
  key: string;
  at: string;
  text: string;
  link: string[] | null;
}

/** What changed since the last publication, what is getting stale, who did what lately, and what BLS publishes next. */
@Component({
  selector: 'cs-dashboard-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatCardModule],
  templateUrl: './dashboard-overview.component.html',
  styleUrl: './dashboard-overview.component.scss',
})
export class DashboardOverviewComponent implements OnInit {
  private readonly api = inject(AdminApiClient);
  private readonly workingCopy = inject(WorkingCopyChanges);
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly current = signal<PublicationSummary | null>(null);
  protected readonly changes = signal<WorkingCopyChange[] | null>(null);
  protected readonly warnings = signal<FreshnessWarning[] | null>(null);
  protected readonly audit = signal<AuditEventView[] | null>(null);
  protected readonly releases = nextReleases(new Date());
  protected readonly isAdmin = computed(() => this.session.hasRole('admin'));

  protected readonly counts = computed(() => {
    const byType = new Map<RecordType, number>();
    for (const change of this.changes() ?? []) byType.set(change.type, (byType.get(change.type) ?? 0) + 1);
    return [...byType.entries()].map(([type, count]) => ({
      type,
      label: count === 1 ? RECORD_TYPE_LABELS[type].one : RECORD_TYPE_LABELS[type].many,
      count,
      path: RECORD_PATHS[type],
    }));
  });

  protected readonly activity = computed<Activity[] | null>(() => {
    const events = this.audit();
    if (events) {
      return events.map((event) => ({
        key: event.id,
        at: event.at,
        text: `${event.actor?.email ?? 'system'}: ${event.type}${event.subjectId ? ` (${event.subjectType} ${event.subjectId})` : ''}`,
        link: null,
      }));
    }
    const changes = this.changes();
    if (!changes) return null;
    return changes.slice(0, 8).map((change) => ({
      key: `${change.type}:${change.id}`,
      at: change.at,
      text: `${change.by.join(', ') || 'Someone'} ${change.created ? 'added' : 'changed'} the ${RECORD_TYPE_LABELS[change.type].one} “${recordTitle(change.type, change.record)}”`,
      link: ['/', RECORD_PATHS[change.type], change.id],
    }));
  });

  ngOnInit(): void {
    this.api
      .publications()
      .pipe(
        map((publications) => publications.find((p) => p.current) ?? null),
        catchError(() => of(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((current) => {
        this.current.set(current);
        this.workingCopy
          .since(current?.publishedAt ?? '1970-01-01T00:00:00.000Z')
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({ next: (changes) => this.changes.set(changes), error: () => this.changes.set([]) });
      });

    const today = new Date();
    forkJoin([
      this.api.list<WageStatisticRecord>('wage-statistics', {
        areaType: 'national',
        sort: '-periodYear',
        pageSize: 100,
      }),
      this.api.list<EmploymentProjectionRecord>('employment-projections', {
        sort: '-baseYear',
        pageSize: 100,
      }),
    ])
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ([wages, projections]) =>
          this.warnings.set(
            freshnessWarnings(
              wages.items,
              projections.items,
              expectedOewsYear(today),
              expectedProjectionBaseYear(today),
            ),
          ),
        error: () => this.warnings.set([]),
      });

    if (this.isAdmin()) {
      this.api
        .auditEvents({ pageSize: 8 })
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (page) => this.audit.set(page.items), error: () => undefined });
    }
  }
}
