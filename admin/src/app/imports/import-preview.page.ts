import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ImportView } from '@careerscope/shared';
import { filter, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { figureLines, rowsPhrase } from './import-figures';
import { ImportChangesComponent } from './import-changes.component';
import { ImportSummaryComponent } from './import-summary.component';
import { ImportsNavComponent } from './imports-nav.component';

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
    MatButtonModule,
    MatProgressBarModule,
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
  protected readonly deciding = signal(false);
  protected readonly decisionError = signal<DecisionError | null>(null);
  /** Set once this page applied the import: offers the way to publish. */
  protected readonly justApplied = signal(false);

  protected readonly hasChanges = computed(() => {
    const view = this.view();
    return !!view && view.counts.new + view.counts.changed > 0;
  });

  constructor() {
    toObservable(this.id)
      .pipe(
        filter((id) => !!id),
        switchMap((id) => {
          this.view.set(null);
          this.loadError.set(null);
          return this.api.importPreview(id);
        }),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (view) => this.view.set(view),
        error: (error: unknown) =>
          this.loadError.set(error instanceof ApiError ? error.message : 'The import could not be loaded.'),
      });
  }

  protected reload(): void {
    this.decisionError.set(null);
    this.api.importPreview(this.id()).subscribe({
      next: (view) => this.view.set(view),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected apply(): void {
    const view = this.view();
    if (!view) return;
    const figures = figureLines(view.rows).filter((line) => line.differs).length;
    const what = rowsPhrase(view.counts.new, view.counts.changed);
    confirmAction(this.dialog, {
      title: `Apply the ${view.referencePeriod} figures?`,
      message:
        `This writes ${what} (${figures} ${figures === 1 ? 'figure' : 'figures'}) from ${view.fileName} ` +
        'to the working copy, all at once. Unchanged rows are left alone. Nothing is public until you publish.',
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
