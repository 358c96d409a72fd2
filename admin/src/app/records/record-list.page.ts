import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { NgComponentOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type EditableRecord, type Page } from '@careerscope/shared';
import {
  BehaviorSubject,
  catchError,
  combineLatest,
  debounceTime,
  distinctUntilChanged,
  forkJoin,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import {
  EDITORIAL_ROLES,
  type FilterDef,
  type ListSelection,
  type Option,
  type RecordFeature,
} from './record-feature';
import { FEATURE } from './record-edit.page';

/** What the URL says the list shows. */
export interface ListState {
  page: number;
  pageSize: number;
  sort: string;
  q: string;
  filters: Record<string, string>;
}

export function listStateFrom(params: ParamMap, feature: RecordFeature): ListState {
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE;
  const filters: Record<string, string> = {};
  for (const filter of feature.filters ?? []) {
    const value = params.get(filter.key);
    if (value) filters[filter.key] = value;
  }
  return {
    page,
    pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, size)),
    sort: params.get('sort') || feature.defaultSort,
    q: params.get('q') ?? '',
    filters,
  };
}

type LoadState =
  { kind: 'loading' } | { kind: 'ready'; page: Page<EditableRecord> } | { kind: 'failed'; message: string };

/**
 * The list of any record type: server-side pagination, sort, search and exact filters, all kept in
 * the URL query (so a list can be bookmarked, shared and returned to). Configured by the route's
 * `RecordFeature`.
 */
@Component({
  selector: 'cs-record-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NgComponentOutlet,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
  ],
  templateUrl: './record-list.page.html',
  styleUrl: './record-list.page.scss',
})
export class RecordListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(AdminApiClient);
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly feature = this.route.snapshot.data[FEATURE] as RecordFeature;
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly dataColumns = this.feature.columns.map((column) => column.key);
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly lookupOptions = signal<Record<string, Option[]>>({});

  protected readonly state = toSignal(
    this.route.queryParamMap.pipe(map((params) => listStateFrom(params, this.feature))),
    { requireSync: true },
  );
  protected readonly sortActive = computed(() => this.state().sort.replace(/^-/, ''));
  protected readonly sortDirection = computed(() => (this.state().sort.startsWith('-') ? 'desc' : 'asc'));
  protected readonly load = signal<LoadState>({ kind: 'loading' });
  protected readonly canWrite = computed(() => {
    const user = this.session.user();
    return user !== null && (this.feature.writeRoles ?? EDITORIAL_ROLES).includes(user.role);
  });
  protected readonly filtered = computed(
    () => this.state().q !== '' || Object.keys(this.state().filters).length > 0,
  );
  /** Whether rows can be chosen for the feature's bulk actions. */
  protected readonly selectable = computed(() => this.feature.bulkActions !== undefined && this.canWrite());
  protected readonly columnKeys = computed(() =>
    this.selectable() ? ['select', ...this.dataColumns] : this.dataColumns,
  );
  /** Chosen rows by id, with the version shown; kept across pages of the same list. */
  protected readonly chosen = signal<ReadonlyMap<string, number>>(new Map());
  /** "Every record matching" instead of the chosen rows. */
  protected readonly allMatching = signal(false);
  protected readonly selection = computed<ListSelection | null>(() => {
    const loaded = this.load();
    if (this.allMatching() && loaded.kind === 'ready') {
      const { q, filters } = this.state();
      return { kind: 'matching', filter: q ? { ...filters, q } : filters, total: loaded.page.total };
    }
    const chosen = this.chosen();
    if (chosen.size === 0) return null;
    return { kind: 'records', records: [...chosen].map(([id, version]) => ({ id, version })) };
  });
  protected readonly pageChosen = computed(() => {
    const loaded = this.load();
    if (loaded.kind !== 'ready' || loaded.page.items.length === 0) return 'none';
    const chosen = this.chosen();
    const count = loaded.page.items.filter((item) => chosen.has(item.id)).length;
    return count === 0 ? 'none' : count === loaded.page.items.length ? 'all' : 'some';
  });
  /** Bumped after a bulk action to load the list again. */
  private readonly reload = new BehaviorSubject(0);
  /** The list the selection belongs to (its filters and search): a new one starts a new selection. */
  private selectionScope = '';

  constructor() {
    combineLatest([this.route.queryParamMap, this.reload])
      .pipe(
        map(([params]) => listStateFrom(params, this.feature)),
        tap((state) => {
          if (this.search.value !== state.q) this.search.setValue(state.q, { emitEvent: false });
          const scope = JSON.stringify([state.q, state.filters]);
          if (scope !== this.selectionScope) {
            this.selectionScope = scope;
            this.clearSelection();
          }
          this.load.set({ kind: 'loading' });
        }),
        switchMap((state) =>
          this.api
            .list<EditableRecord>(this.feature.path, {
              page: state.page,
              pageSize: state.pageSize,
              sort: state.sort,
              q: state.q,
              ...state.filters,
            })
            .pipe(
              map((page): LoadState => ({ kind: 'ready', page })),
              catchError((error: unknown) =>
                of<LoadState>({
                  kind: 'failed',
                  message: error instanceof ApiError ? error.message : 'The list could not be loaded.',
                }),
              ),
            ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.load.set(state));

    this.search.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe((q) => this.navigate({ q: q.trim() || null, page: null }));

    this.loadFilterChoices();
  }

  /** A row in words for its checkbox: its first two columns ("Medical Coding, Santa Fe College (Gainesville, FL)"). */
  protected rowName(record: EditableRecord): string {
    return this.dataColumns
      .slice(0, 2)
      .map((key) => this.cell(record, key))
      .filter((text) => text !== '')
      .join(', ');
  }

  protected isChosen(id: string): boolean {
    return this.allMatching() || this.chosen().has(id);
  }

  protected choose(record: EditableRecord, checked: boolean): void {
    this.allMatching.set(false);
    this.chosen.update((current) => {
      const next = new Map(current);
      if (checked) next.set(record.id, record.version);
      else next.delete(record.id);
      return next;
    });
  }

  protected chooseAllOnPage(checked: boolean): void {
    const loaded = this.load();
    if (loaded.kind !== 'ready') return;
    this.allMatching.set(false);
    this.chosen.update((current) => {
      const next = new Map(current);
      for (const item of loaded.page.items) {
        if (checked) next.set(item.id, item.version);
        else next.delete(item.id);
      }
      return next;
    });
  }

  protected chooseAllMatching(): void {
    this.allMatching.set(true);
  }

  protected clearSelection(): void {
    this.chosen.set(new Map());
    this.allMatching.set(false);
  }

  /** Handed to the bulk actions (an input, as a component outlet binds no outputs): call after a change. */
  protected readonly bulkDoneCallback = (): void => {
    this.clearSelection();
    this.reload.next(this.reload.value + 1);
  };

  protected filterValue(key: string): string {
    return this.state().filters[key] ?? '';
  }

  protected optionsFor(filter: FilterDef): readonly Option[] {
    return filter.options ?? this.lookupOptions()[filter.key] ?? [];
  }

  protected cell(record: EditableRecord, key: string): string {
    const column = this.feature.columns.find((c) => c.key === key);
    return column ? column.cell(record) : '';
  }

  protected sortKey(key: string): string | null {
    return this.feature.columns.find((c) => c.key === key)?.sort ?? null;
  }

  protected isNumeric(key: string): boolean {
    return this.feature.columns.find((c) => c.key === key)?.numeric ?? false;
  }

  protected header(key: string): string {
    return this.feature.columns.find((c) => c.key === key)?.header ?? key;
  }

  protected sorted(sort: Sort): void {
    const column = this.feature.columns.find((c) => c.sort === sort.active || c.key === sort.active);
    const field = column?.sort ?? sort.active;
    this.navigate({
      sort: sort.direction === '' ? null : sort.direction === 'desc' ? `-${field}` : field,
      page: null,
    });
  }

  protected paged(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected filterBy(key: string, value: string | null): void {
    this.navigate({ [key]: value || null, page: null });
  }

  protected clearFilters(): void {
    const cleared: Record<string, null> = { q: null, page: null };
    for (const filter of this.feature.filters ?? []) cleared[filter.key] = null;
    this.navigate(cleared);
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }

  private loadFilterChoices(): void {
    const withLookup = (this.feature.filters ?? []).filter((filter) => filter.lookup);
    if (withLookup.length === 0) return;
    forkJoin(
      withLookup.map((filter) =>
        this.api
          .list<Record<string, unknown>>(filter.lookup!.path, {
            pageSize: MAX_PAGE_SIZE,
            sort: filter.lookup!.sort,
          })
          .pipe(
            map(
              (page) =>
                [
                  filter.key,
                  page.items.map((item) => ({
                    value: String(item['id']),
                    label: filter.lookup!.label(item),
                  })),
                ] as const,
            ),
            catchError(() => of([filter.key, [] as Option[]] as const)),
          ),
      ),
    )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((entries) => this.lookupOptions.set(Object.fromEntries(entries)));
  }
}
