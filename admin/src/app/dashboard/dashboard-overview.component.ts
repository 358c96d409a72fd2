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
  type DraftDiff,
  type FreshnessView,
  type PublicationSummary,
} from '@careerscope/shared';
import { catchError, map, of } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { SessionStore } from '../core/auth/session.store';
import { changeCounts } from '../publishing/diff-review';

interface Activity {
  key: string;
  /** When it happened; null for an unpublished change (the diff does not say when). */
  at: string | null;
  text: string;
  link: string[] | null;
}

interface FreshnessWarning {
  key: string;
  text: string;
  detail: string;
  link: string[];
  query: Record<string, string> | null;
}

/** Loading, failed, or the answer. */
type Loaded<T> = T | null | 'failed';

const CHANGE_WORDS = { added: 'New', changed: 'Changed', removed: 'Deleted' } as const;

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
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly current = signal<PublicationSummary | null>(null);
  protected readonly draft = signal<Loaded<DraftDiff>>(null);
  protected readonly freshness = signal<Loaded<FreshnessView>>(null);
  protected readonly audit = signal<AuditEventView[] | null>(null);
  /** The API's release calendar (one calendar for the dashboard, the freshness page and the API). */
  protected readonly releases = computed(() => {
    const freshness = this.freshness();
    return typeof freshness === 'object' && freshness !== null ? freshness.calendar : [];
  });
  protected readonly isAdmin = computed(() => this.session.hasRole('admin'));

  /** Per record type, how many records the next publication would add, change or delete. */
  protected readonly counts = computed(() => {
    const draft = this.draft();
    return typeof draft === 'object' && draft !== null ? changeCounts(draft) : [];
  });

  protected readonly problemCount = computed(() => {
    const draft = this.draft();
    return typeof draft === 'object' && draft !== null ? draft.problems.length : 0;
  });

  /** The API's freshness report in a few lines: occupations behind the newest release, stale series. */
  protected readonly warnings = computed<FreshnessWarning[] | null>(() => {
    const view = this.freshness();
    if (view === null || view === 'failed') return null;
    const warnings: FreshnessWarning[] = view.occupationsNotUpdated.map((occupation) => ({
      key: occupation.slug,
      text: `${occupation.title} (${occupation.socCode})`,
      detail: behind(occupation, view),
      link: ['/wage-statistics'],
      query: { q: occupation.socCode },
    }));
    if (view.staleFigures.length > 0) {
      const count = view.staleFigures.length;
      warnings.push({
        key: 'stale-figures',
        text: `${count} series of figures`,
        detail: `${count === 1 ? 'is' : 'are'} older than the newest release of ${count === 1 ? 'its' : 'their'} kind.`,
        link: ['/imports/freshness'],
        query: null,
      });
    }
    return warnings;
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
    if (this.isAdmin()) return null;
    // Editors do not read the audit log: their recent activity is what waits to be published.
    const draft = this.draft();
    if (draft === null) return null;
    if (draft === 'failed') return [];
    return draft.changes.slice(0, 8).map((change) => ({
      key: `${change.collection}:${change.key}`,
      at: null,
      text: `${CHANGE_WORDS[change.change]}, not yet published: ${change.label || change.key}`,
      link: change.recordId ? ['/', RECORD_PATHS[change.recordType], change.recordId] : null,
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
      .subscribe((current) => this.current.set(current));

    this.api
      .draftDiff()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (diff) => this.draft.set(diff), error: () => this.draft.set('failed') });

    this.api
      .freshness()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (view) => this.freshness.set(view), error: () => this.freshness.set('failed') });

    if (this.isAdmin()) {
      this.api
        .auditEvents({ pageSize: 8 })
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (page) => this.audit.set(page.items), error: () => this.audit.set([]) });
    }
  }
}

/** "Wages from May 2023 (newest: May 2024); projections 2024–34 are current." in short. */
function behind(occupation: FreshnessView['occupationsNotUpdated'][number], view: FreshnessView): string {
  const parts: string[] = [];
  const newestWage = view.newest.oews?.referencePeriod;
  if (newestWage && occupation.latestWagePeriod !== newestWage) {
    parts.push(
      occupation.latestWagePeriod
        ? `wages are from ${occupation.latestWagePeriod}, the newest held are ${newestWage}`
        : `no national wages; the newest held are ${newestWage}`,
    );
  }
  const projections = view.newest.projections;
  if (projections) {
    const newest = `${projections.baseYear}–${String(projections.targetYear).slice(-2)}`;
    if (occupation.latestProjectionPeriod !== newest) {
      parts.push(
        occupation.latestProjectionPeriod
          ? `projections are for ${occupation.latestProjectionPeriod}, the newest held are ${newest}`
          : `no projection; the newest held are ${newest}`,
      );
    }
  }
  const text = parts.join('; ');
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : 'Not of the newest release.';
}
