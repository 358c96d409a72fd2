import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  US_STATE_NAMES,
  type IpedsInstitutionView,
  type Page,
  type SchoolEditableField,
  type SchoolRecord,
} from '@careerscope/shared';
import { catchError, finalize, map, of, switchMap, tap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { Notifier } from '../core/ui/notifier';

const PAGE_SIZE = 20;

const STATES = Object.entries(US_STATE_NAMES).map(([value, label]) => ({
  value,
  label: `${label} (${value})`,
}));

/** The fields a refresh from the directory writes, as the admin knows them. */
const REFRESHED: readonly { key: SchoolEditableField & keyof IpedsInstitutionView; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'website', label: 'Website' },
];

export interface RefreshChange {
  label: string;
  listed: string;
  ipeds: string;
  /** Edited by hand on the listing: the refresh keeps the listing's value. */
  kept: boolean;
}

/** What refreshing a listing from its institution would change, field by field. */
export function refreshChanges(school: SchoolRecord, institution: IpedsInstitutionView): RefreshChange[] {
  const shown = (value: string | null) => value ?? '—';
  return REFRESHED.filter(({ key }) => (school[key] ?? null) !== (institution[key] ?? null)).map(
    ({ key, label }) => ({
      label,
      listed: shown(school[key]),
      ipeds: shown(institution[key]),
      kept: school.handEdited.includes(key),
    }),
  );
}

type SearchState =
  | { kind: 'loading' }
  | { kind: 'no-directory' }
  | { kind: 'ready'; page: Page<IpedsInstitutionView> }
  | { kind: 'failed'; message: string };

interface Refresh {
  institution: IpedsInstitutionView;
  school: SchoolRecord;
  changes: RefreshChange[];
  problem: string | null;
}

/**
 * Finds an institution in the loaded IPEDS directory by name, city or UNITID, says whether it is
 * listed, and creates its listing or refreshes it (after showing what would change). Admins only.
 */
@Component({
  selector: 'cs-ipeds-institutions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  templateUrl: './ipeds-institutions.page.html',
  styleUrl: './ipeds-institutions.page.scss',
})
export class IpedsInstitutionsPage {
  private readonly api = inject(AdminApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly states = STATES;
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    state: new FormControl('', { nonNullable: true }),
  });
  private readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => ({
        q: params.get('q') ?? '',
        state: params.get('state') ?? '',
        page: Math.max(1, Number(params.get('page')) || 1),
      })),
    ),
    { requireSync: true },
  );
  protected readonly searched = computed(() => this.query().q !== '' || this.query().state !== '');
  protected readonly search = signal<SearchState>({ kind: 'loading' });
  /** Institutions listed during this visit (the search results predate them). */
  private readonly listedNow = signal<ReadonlyMap<number, string>>(new Map());
  protected readonly working = signal<number | null>(null);
  protected readonly refresh = signal<Refresh | null>(null);
  protected readonly message = signal<{ text: string; schoolId: string | null } | null>(null);

  constructor() {
    this.route.queryParamMap
      .pipe(
        map(() => this.query()),
        tap((query) => {
          this.form.setValue({ q: query.q, state: query.state }, { emitEvent: false });
          this.search.set({ kind: 'loading' });
        }),
        switchMap((query) =>
          this.api
            .ipedsInstitutions({
              q: query.q || undefined,
              state: query.state || undefined,
              page: query.page,
              pageSize: PAGE_SIZE,
            })
            .pipe(
              switchMap((page) =>
                // No match for a search, or no directory at all? Only an empty unfiltered search says the latter.
                page.total > 0 || (!query.q && !query.state)
                  ? of(page)
                  : this.api
                      .ipedsInstitutions({ pageSize: 1 })
                      .pipe(
                        map((all) =>
                          all.total === 0 ? ({ ...page, total: -1 } as Page<IpedsInstitutionView>) : page,
                        ),
                      ),
              ),
              map((page): SearchState =>
                page.total === -1 || (page.total === 0 && !query.q && !query.state)
                  ? { kind: 'no-directory' }
                  : { kind: 'ready', page },
              ),
              catchError((error: unknown) =>
                of<SearchState>({
                  kind: 'failed',
                  message: error instanceof ApiError ? error.message : 'The directory could not be searched.',
                }),
              ),
            ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.search.set(state));
  }

  protected find(): void {
    const { q, state } = this.form.getRawValue();
    this.navigate({ q: q.trim() || null, state: state || null, page: null });
  }

  protected paged(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1 });
  }

  /** The listing made from an institution, including one made during this visit. */
  protected schoolOf(institution: IpedsInstitutionView): string | null {
    return institution.schoolId ?? this.listedNow().get(institution.unitId) ?? null;
  }

  protected create(institution: IpedsInstitutionView): void {
    this.message.set(null);
    this.working.set(institution.unitId);
    this.api
      .ipedsSchool(institution.unitId, {})
      .pipe(
        finalize(() => this.working.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (school) => {
          this.listedNow.update((listed) => new Map(listed).set(institution.unitId, school.id));
          this.message.set({ text: `${school.name} is now listed.`, schoolId: school.id });
          this.notifier.success(`${school.name} is now listed.`);
        },
        error: (error: unknown) => {
          const current =
            error instanceof ApiError && error.isConflict
              ? (error.current as SchoolRecord | undefined)
              : undefined;
          if (current?.id)
            this.listedNow.update((listed) => new Map(listed).set(institution.unitId, current.id));
          this.message.set({
            text: error instanceof ApiError ? this.explain(error) : 'The listing could not be created.',
            schoolId: current?.id ?? null,
          });
        },
      });
  }

  /** Shows what a refresh would change; the admin confirms in the panel. */
  protected previewRefresh(institution: IpedsInstitutionView): void {
    const schoolId = this.schoolOf(institution);
    if (!schoolId) return;
    this.message.set(null);
    this.working.set(institution.unitId);
    this.api
      .get<SchoolRecord>('schools', schoolId)
      .pipe(
        finalize(() => this.working.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (school) => {
          this.refresh.set({
            institution,
            school,
            changes: refreshChanges(school, institution),
            problem: null,
          });
          setTimeout(() => document.getElementById('ipeds-refresh-title')?.focus());
        },
        error: (error: unknown) =>
          this.message.set({
            text: error instanceof ApiError ? error.message : 'The listing could not be loaded.',
            schoolId: null,
          }),
      });
  }

  protected confirmRefresh(): void {
    const current = this.refresh();
    if (!current) return;
    this.working.set(current.institution.unitId);
    this.api
      .ipedsSchool(current.institution.unitId, { version: current.school.version })
      .pipe(
        finalize(() => this.working.set(null)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (school) => {
          this.refresh.set(null);
          this.message.set({ text: `${school.name} was refreshed from IPEDS.`, schoolId: school.id });
          this.notifier.success(`${school.name} was refreshed from IPEDS.`);
        },
        error: (error: unknown) => {
          const theirs =
            error instanceof ApiError && error.isConflict ? (error.current as SchoolRecord | null) : null;
          if (theirs) {
            // Show the comparison against the listing as it is now; the admin confirms again.
            this.refresh.set({
              ...current,
              school: theirs,
              changes: refreshChanges(theirs, current.institution),
              problem: `Someone saved this listing since you opened the comparison (it is now at version ${theirs.version}). Nothing was changed: check the changes below and refresh again.`,
            });
            return;
          }
          this.refresh.set({
            ...current,
            problem: error instanceof ApiError ? this.explain(error) : 'The listing could not be refreshed.',
          });
        },
      });
  }

  protected cancelRefresh(): void {
    this.refresh.set(null);
  }

  private explain(error: ApiError): string {
    return [error.message, ...error.fields.map((field) => field.message)].join(' ');
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
