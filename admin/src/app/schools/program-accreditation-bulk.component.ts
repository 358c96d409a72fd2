import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  MAX_PAGE_SIZE,
  type AccreditationBodyRecord,
  type BulkAccreditationRequest,
} from '@careerscope/shared';
import { EMPTY, filter, finalize, switchMap, tap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import type { ListSelection } from '../records/record-feature';

/** The select's value for "no accreditation" (a select option cannot carry null and stay distinct from unset). */
export const CLEAR = 'none';

const programs = (count: number): string => (count === 1 ? '1 program' : `${count} programs`);

/**
 * Assigns one programmatic accreditation body (CAAHEP, ABHES, CAHIIM) to the chosen programs, or
 * clears theirs: counts what would change, asks for confirmation naming that count, then changes
 * them all in one request (all or nothing).
 */
@Component({
  selector: 'cs-program-accreditation-bulk',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule],
  template: `
    <div class="bulk">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="bulk__body">
        <mat-label>Programmatic accreditation</mat-label>
        <mat-select [formControl]="body" data-testid="bulk-accreditation-body">
          @for (option of bodies(); track option.id) {
            <mat-option [value]="option.id">{{ option.abbreviation }} ({{ option.name }})</mat-option>
          }
          <mat-option [value]="clear">No programmatic accreditation</mat-option>
        </mat-select>
      </mat-form-field>
      <button
        mat-flat-button
        type="button"
        [disabled]="working()"
        (click)="assign()"
        data-testid="bulk-accreditation-apply"
      >
        {{ working() ? 'Working…' : 'Set accreditation' }}
      </button>
      @if (problem(); as message) {
        <p class="bulk__problem" role="alert">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    .bulk {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .bulk__body {
      min-width: 240px;
      max-width: 100%;
    }
    .bulk__problem {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class ProgramAccreditationBulkComponent {
  readonly selection = input.required<ListSelection>();
  /** Called after the programs changed (the list clears the choice and reloads). */
  readonly done = input<() => void>(() => undefined);

  private readonly api = inject(AdminApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly clear = CLEAR;
  protected readonly body = new FormControl<string | null>(null);
  protected readonly bodies = signal<AccreditationBodyRecord[]>([]);
  protected readonly working = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    this.api
      .list<AccreditationBodyRecord>('accreditation-bodies', {
        pageSize: MAX_PAGE_SIZE,
        sort: 'abbreviation',
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => this.bodies.set(page.items),
        error: () => this.problem.set('The accreditation bodies could not be loaded.'),
      });
  }

  protected assign(): void {
    const chosen = this.body.value;
    if (!chosen) {
      this.problem.set('Choose an accreditation body, or “No programmatic accreditation”.');
      return;
    }
    const accreditationBodyId = chosen === CLEAR ? null : chosen;
    const name =
      accreditationBodyId === null
        ? null
        : (this.bodies().find((body) => body.id === accreditationBodyId)?.abbreviation ?? 'this body');
    const request = this.request(accreditationBodyId);
    this.problem.set(null);
    this.working.set(true);
    this.api
      .assignAccreditation({ ...request, dryRun: true })
      .pipe(
        switchMap((count) => {
          if (count.changed === 0) {
            this.notifier.success(
              name
                ? `All ${programs(count.matched)} already have ${name}; nothing to change.`
                : `None of the ${programs(count.matched)} has a programmatic accreditation; nothing to change.`,
            );
            return EMPTY;
          }
          const unchanged = count.matched - count.changed;
          const have = unchanged === 1 ? 'has' : 'have';
          const rest =
            unchanged > 0 ? ` (${programs(unchanged)} already ${have} ${name ? 'it' : 'none'})` : '';
          return confirmAction(this.dialog, {
            title: name ? `Assign ${name}?` : 'Clear the accreditation?',
            message: name
              ? `${programs(count.changed)} will be accredited by ${name}${rest}. Each keeps this by hand on IPEDS refresh.`
              : `${programs(count.changed)} will lose their programmatic accreditation${rest}.`,
            confirmLabel: name ? `Assign to ${programs(count.changed)}` : `Clear ${programs(count.changed)}`,
            danger: name === null,
          }).pipe(
            filter(Boolean),
            switchMap(() => this.api.assignAccreditation(request)),
            tap((result) =>
              this.notifier.success(
                name
                  ? `${name} assigned to ${programs(result.changed)}.`
                  : `Accreditation cleared on ${programs(result.changed)}.`,
              ),
            ),
          );
        }),
        finalize(() => this.working.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => this.done()(),
        error: (error: unknown) => {
          this.problem.set(
            error instanceof ApiError
              ? error.isConflict
                ? error.message
                : [error.message, ...error.fields.map((field) => field.message)].join(' ')
              : 'The accreditation could not be changed.',
          );
        },
      });
  }

  private request(accreditationBodyId: string | null): BulkAccreditationRequest {
    const selection = this.selection();
    return selection.kind === 'records'
      ? { accreditationBodyId, programs: [...selection.records] }
      : { accreditationBodyId, filter: { ...selection.filter } };
  }
}
