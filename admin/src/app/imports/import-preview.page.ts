import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { ImportRowFilter, ImportRowQuery, ImportView } from '@careerscope/shared';
import { catchError, filter, of, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { occupationsPhrase, rowsPhrase } from './import-figures';
import { ImportChangesComponent } from './import-changes.component';
import { ImportSummaryComponent } from './import-summary.component';
import { ImportsNavComponent } from './imports-nav.component';

/** Rows per page of the preview; the API allows up to 1000. */
const PAGE_SIZE = 100;

export const ROW_FILTER_LABELS: Record<ImportRowFilter, string> = {
  all: 'All rows',
  changed: 'New or changed',
  suspicious: 'Suspicious',
  new: 'New',
};

/** The occupations an import creates (a preview stored before the count existed: its list's length). */
function createdCount(view: ImportView): number {
  return view.counts.newOccupations ?? view.newOccupationsTotal ?? view.newOccupations.length;
}

interface DecisionError {
  message: string;
  conflict: boolean;
}

/** `/imports/:id`: review what a file would change, then apply it to the working copy or discard it. */
@Component({
  selector: 'cs-import-preview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    ImportsNavComponent,
    ImportSummaryComponent,
    ImportChangesComponent,
  ],
  templateUrl: './import-preview.page.html',
  styleUrl: './imports.scss',
})
export class ImportPreviewPage {
  private readonly api = inject(AdminApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  /** The route's `:id` (component input binding), or set by the test. */
  readonly id = input.required<string>();

  protected readonly view = signal<ImportView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly filterLabels = ROW_FILTER_LABELS;
  protected readonly filters = Object.keys(ROW_FILTER_LABELS) as ImportRowFilter[];
  /** What applying would write is what needs reading first. */
  protected readonly show = signal<ImportRowFilter>('changed');
  /** The search as typed; `q` is what was last searched for. */
  protected search = '';
  protected readonly q = signal('');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(PAGE_SIZE);
  /** The new occupations' own search and page, asked of the server with the rows. */
  protected newSearch = '';
  protected readonly newQ = signal('');
  protected readonly newPageIndex = signal(0);
  protected readonly newPageSize = signal(PAGE_SIZE);
  /** Bumped to fetch the same page again. */
  private readonly refresh = signal(0);
  protected readonly loadingRows = signal(false);
  private readonly query = computed(() => ({
    id: this.id(),
    refresh: this.refresh(),
    rows: {
      show: this.show(),
      q: this.q() || undefined,
      page: this.pageIndex() + 1,
      pageSize: this.pageSize(),
      newQ: this.newQ() || undefined,
      newPage: this.newPageIndex() + 1,
      newPageSize: this.newPageSize(),
    } satisfies ImportRowQuery,
  }));
  protected readonly deciding = signal(false);
  protected readonly decisionError = signal<DecisionError | null>(null);
  /** Set once this page applied the import: offers the way to publish. */
  protected readonly justApplied = signal(false);

  protected readonly hasChanges = computed(() => {
    const view = this.view();
    return !!view && view.counts.new + view.counts.changed + createdCount(view) > 0;
  });
  /** Occupations applying creates, whatever page of them is shown. */
  protected readonly created = computed(() => {
    const view = this.view();
    return view ? createdCount(view) : 0;
  });

  constructor() {
    let shownId: string | null = null;
    toObservable(this.query)
      .pipe(
        filter((query) => !!query.id),
        switchMap(({ id, rows }) => {
          if (id !== shownId) this.view.set(null);
          this.loadError.set(null);
          this.loadingRows.set(true);
          return this.api.importPreview(id, rows).pipe(
            catchError((error: unknown) => {
              this.loadingRows.set(false);
              if (id === shownId) {
                this.notifier.error(error);
              } else {
                this.loadError.set(
                  error instanceof ApiError ? error.message : 'The import could not be loaded.',
                );
              }
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((view) => {
        if (!view) return;
        shownId = view.id;
        this.loadingRows.set(false);
        this.view.set(view);
      });
  }

  protected onShow(show: ImportRowFilter): void {
    this.show.set(show);
    this.pageIndex.set(0);
  }

  protected onSearch(): void {
    this.q.set(this.search.trim());
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
  }

  protected onNewSearch(): void {
    this.newQ.set(this.newSearch.trim());
    this.newPageIndex.set(0);
  }

  protected onNewPage(event: PageEvent): void {
    this.newPageIndex.set(event.pageIndex);
    this.newPageSize.set(event.pageSize);
  }

  protected reload(): void {
    this.decisionError.set(null);
    this.refresh.update((n) => n + 1);
  }

  protected apply(): void {
    const view = this.view();
    if (!view) return;
    const created = createdCount(view);
    const what = rowsPhrase(view.counts.new, view.counts.changed);
    const creates = created > 0 ? `, creates ${occupationsPhrase(created)}` : '';
    const suspicious = view.counts.suspicious;
    const check =
      suspicious > 0
        ? ` ${suspicious} suspicious ${suspicious === 1 ? 'figure is' : 'figures are'} among them.`
        : '';
    confirmAction(this.dialog, {
      title: `Apply the ${view.referencePeriod} ${view.kind === 'onet' || view.kind === 'ep-education' ? 'data' : 'figures'}?`,
      message:
        `This writes ${what}${creates} from ${view.fileName} to the working copy, all at once.${check} ` +
        'Unchanged rows are left alone. Nothing is public until you publish.',
      confirmLabel: 'Apply',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.deciding.set(true);
          this.decisionError.set(null);
          return this.api.applyImport(view.id, { version: view.version });
        }),
      )
      .subscribe({
        next: (applied) => {
          this.deciding.set(false);
          this.view.set(applied);
          this.justApplied.set(true);
          // The answer carries the first page of every row; fetch the page the reader was on.
          this.refresh.update((n) => n + 1);
          this.notifier.success(`Applied: ${what} of ${applied.referencePeriod} are in the working copy.`);
        },
        error: (error: unknown) => this.showDecisionError(error, 'applied'),
      });
  }

  protected discard(): void {
    const view = this.view();
    if (!view) return;
    confirmAction(this.dialog, {
      title: 'Discard this preview?',
      message: `Nothing from ${view.fileName} will be written. You can upload the file again later.`,
      confirmLabel: 'Discard',
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.deciding.set(true);
          this.decisionError.set(null);
          return this.api.discardImport(view.id, { version: view.version });
        }),
      )
      .subscribe({
        next: (discarded) => {
          this.deciding.set(false);
          this.view.set(discarded);
          this.refresh.update((n) => n + 1);
          this.notifier.success(`Discarded ${discarded.fileName}; nothing was written.`);
        },
        error: (error: unknown) => this.showDecisionError(error, 'discarded'),
      });
  }

  private showDecisionError(error: unknown, verb: 'applied' | 'discarded'): void {
    this.deciding.set(false);
    if (!(error instanceof ApiError)) {
      this.decisionError.set({ message: `The import was not ${verb}. Try again.`, conflict: false });
      return;
    }
    if (error.status === 409) {
      const current = error.current as Partial<ImportView> | undefined;
      const state =
        current?.status === 'applied'
          ? 'It has already been applied.'
          : current?.status === 'discarded'
            ? 'It has already been discarded.'
            : 'Someone changed it since you opened this page.';
      this.decisionError.set({
        message: `Nothing was written. ${state} ${error.message}`.trim(),
        conflict: true,
      });
      return;
    }
    const details = error.fields.map((field) => field.message).filter((message) => message !== error.message);
    this.decisionError.set({
      message: `Nothing was written. ${[error.message, ...details].join(' ')}`,
      conflict: false,
    });
  }
}
