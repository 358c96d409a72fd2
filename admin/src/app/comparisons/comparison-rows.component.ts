import { CdkDragDrop, DragDropModule, moveItemInArray } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  COMPARISON_ROW_KINDS,
  slugify,
  type ComparisonRowKind,
  type ComparisonRowRecord,
  type CreateComparisonRowRequest,
  type UpdateComparisonRowRequest,
} from '@careerscope/shared';
import { concatMap, filter, from, switchMap, toArray } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { ROW_KIND_LABELS } from './comparisons.feature';

const ROWS = 'comparison-rows';

/**
 * The rows of a comparison: drag to reorder (or use the move buttons from the keyboard), rename in
 * place, add and remove. Each change is saved at once, row by row, with each row's version.
 */
@Component({
  selector: 'cs-comparison-rows',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DragDropModule,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './comparison-rows.component.html',
  styleUrl: './comparison-rows.component.scss',
})
export class ComparisonRowsComponent implements OnInit {
  readonly comparisonId = input.required<string>();
  readonly canWrite = input(true);

  private readonly api = inject(AdminApiClient);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);

  protected readonly rows = signal<ComparisonRowRecord[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly kinds = COMPARISON_ROW_KINDS.map((value) => ({ value, label: ROW_KIND_LABELS[value] }));
  protected readonly addForm = new FormGroup({
    label: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<ComparisonRowKind>('section', { nonNullable: true }),
    sectionKey: new FormControl('', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.reload();
  }

  protected kindLabel(kind: ComparisonRowKind): string {
    return ROW_KIND_LABELS[kind];
  }

  protected dropped(event: CdkDragDrop<ComparisonRowRecord[]>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.move(event.previousIndex, event.currentIndex);
  }

  protected move(from: number, to: number): void {
    if (to < 0 || to >= this.rows().length || this.busy()) return;
    const rows = [...this.rows()];
    moveItemInArray(rows, from, to);
    this.rows.set(rows);
    this.status.set(`Moved “${rows[to].label}” to position ${to + 1} of ${rows.length}.`);
    this.savePositions();
  }

  protected rename(row: ComparisonRowRecord, label: string): void {
    const trimmed = label.trim();
    if (!trimmed || trimmed === row.label) return;
    this.patch(row, { label: trimmed }, `Renamed to “${trimmed}”.`);
  }

  protected add(): void {
    if (this.addForm.invalid) {
      this.addForm.markAllAsTouched();
      return;
    }
    const { label, kind, sectionKey } = this.addForm.getRawValue();
    const body: CreateComparisonRowRequest = {
      comparisonId: this.comparisonId(),
      key: slugify(label).slice(0, 60) || `row-${this.rows().length + 1}`,
      group: null,
      label: label.trim(),
      kind,
      sectionKey: kind === 'section' ? sectionKey.trim() || null : null,
      delivery: null,
      position: this.rows().length,
    };
    this.busy.set(true);
    this.api.create<ComparisonRowRecord>(ROWS, body).subscribe({
      next: (row) => {
        this.busy.set(false);
        this.rows.update((rows) => [...rows, row]);
        this.addForm.reset({ label: '', kind: 'section', sectionKey: '' });
        this.notifier.success(`Added the row “${row.label}”.`);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifier.error(
          error instanceof ApiError && error.fields.length
            ? error.fields.map((f) => f.message).join(' ')
            : error,
        );
      },
    });
  }

  protected remove(row: ComparisonRowRecord): void {
    confirmAction(this.dialog, {
      title: 'Remove this row?',
      message: `“${row.label}” is removed from the comparison (it can be restored from its history).`,
      confirmLabel: 'Remove',
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.remove(ROWS, row.id, row.version)),
      )
      .subscribe({
        next: () => {
          this.rows.update((rows) => rows.filter((r) => r.id !== row.id));
          this.notifier.success(`Removed the row “${row.label}”.`);
        },
        error: (error: unknown) => this.notifier.error(error),
      });
  }

  private patch(row: ComparisonRowRecord, changes: Partial<CreateComparisonRowRequest>, done: string): void {
    this.busy.set(true);
    this.api
      .update<ComparisonRowRecord, UpdateComparisonRowRequest>(ROWS, row.id, {
        ...changes,
        version: row.version,
      })
      .subscribe({
        next: (saved) => {
          this.busy.set(false);
          this.rows.update((rows) => rows.map((r) => (r.id === saved.id ? saved : r)));
          this.notifier.success(done);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  /** Saves the new order: only rows whose position changed, one after another. */
  private savePositions(): void {
    const changed = this.rows()
      .map((row, index) => ({ row, index }))
      .filter(({ row, index }) => row.position !== index);
    if (changed.length === 0) return;
    this.busy.set(true);
    from(changed)
      .pipe(
        concatMap(({ row, index }) =>
          this.api.update<ComparisonRowRecord, UpdateComparisonRowRequest>(ROWS, row.id, {
            position: index,
            version: row.version,
          }),
        ),
        toArray(),
      )
      .subscribe({
        next: (saved) => {
          this.busy.set(false);
          const byId = new Map(saved.map((row) => [row.id, row]));
          this.rows.update((rows) => rows.map((row) => byId.get(row.id) ?? row));
          this.notifier.success('Saved the new order of the rows.');
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    this.notifier.error(
      error instanceof ApiError && error.status === 409
        ? 'Someone else changed these rows meanwhile; they are reloaded. Make your change again.'
        : error,
    );
    this.reload();
  }

  private reload(): void {
    this.loading.set(true);
    this.api
      .list<ComparisonRowRecord>(ROWS, { comparisonId: this.comparisonId(), sort: 'position', pageSize: 100 })
      .subscribe({
        next: (page) => {
          this.rows.set(page.items);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.notifier.error(error);
        },
      });
  }
}
