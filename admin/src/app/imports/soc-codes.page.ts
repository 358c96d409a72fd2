import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import type { FieldError, OccupationRecord, OccupationSocCodeRecord } from '@careerscope/shared';
import { EMPTY, Observable, catchError, filter, of, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { ImportsNavComponent } from './imports-nav.component';
import { SocCodeFormComponent, SocCodePeriod } from './soc-code-form.component';

const PATH = 'occupation-soc-codes';

/** What the form is doing: nothing, adding a period, or editing one. */
type Editing = null | 'new' | OccupationSocCodeRecord;

/**
 * `/imports/soc-codes?occupation=<id>`: the SOC codes that measured an occupation in earlier years,
 * which imports use to place older BLS releases.
 */
@Component({
  selector: 'cs-soc-codes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    ImportsNavComponent,
    SocCodeFormComponent,
  ],
  templateUrl: './soc-codes.page.html',
  styleUrl: './imports.scss',
})
export class SocCodesPage {
  private readonly api = inject(AdminApiClient);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  /** The `occupation` query parameter. */
  readonly occupation = input<string | undefined>();

  protected readonly occupations = signal<OccupationRecord[] | null>(null);
  protected readonly periods = signal<OccupationSocCodeRecord[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly editing = signal<Editing>(null);
  protected readonly saving = signal(false);
  protected readonly fieldErrors = signal<readonly FieldError[]>([]);
  protected readonly formError = signal<string | null>(null);

  protected readonly selected = computed(() => {
    const id = this.occupation();
    return this.occupations()?.find((occupation) => occupation.id === id) ?? null;
  });
  protected readonly editedRecord = computed(() => {
    const editing = this.editing();
    return editing === null || editing === 'new' ? null : editing;
  });

  constructor() {
    this.api.list<OccupationRecord>('occupations', { pageSize: 100, sort: 'title' }).subscribe({
      next: (page) => this.occupations.set(page.items),
      error: (error: unknown) => this.error.set(this.messageOf(error)),
    });
    toObservable(this.occupation)
      .pipe(
        switchMap((id) => {
          this.periods.set(null);
          this.editing.set(null);
          return id ? this.loadPeriods(id) : of(null);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((periods) => this.periods.set(periods));
  }

  protected choose(id: string): void {
    void this.router.navigate([], { queryParams: { occupation: id }, queryParamsHandling: 'merge' });
  }

  protected startAdding(): void {
    this.resetErrors();
    this.editing.set('new');
  }

  protected startEditing(record: OccupationSocCodeRecord): void {
    this.resetErrors();
    this.editing.set(record);
  }

  protected cancel(): void {
    this.resetErrors();
    this.editing.set(null);
  }

  protected save(period: SocCodePeriod): void {
    const occupationId = this.occupation();
    const editing = this.editing();
    if (!occupationId || editing === null) return;
    this.saving.set(true);
    this.resetErrors();
    const request: Observable<OccupationSocCodeRecord> =
      editing === 'new'
        ? this.api.create<OccupationSocCodeRecord>(PATH, { occupationId, ...period })
        : this.api.update<OccupationSocCodeRecord>(PATH, editing.id, { ...period, version: editing.version });
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.editing.set(null);
        this.notifier.success(`Saved: SOC ${saved.socCode} ${this.yearsOf(saved)}.`);
        this.refresh(occupationId);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (error instanceof ApiError && error.status === 409) {
          this.formError.set(
            'Someone else changed this period since you opened it; nothing was saved. The list now shows their version.',
          );
          this.editing.set(null);
          this.refresh(occupationId);
          return;
        }
        const fields = error instanceof ApiError ? error.fields : [];
        const known = ['socCode', 'fromYear', 'toYear', 'note'];
        this.fieldErrors.set(fields.filter((field) => known.includes(field.field)));
        if (fields.length === 0 || fields.some((field) => !known.includes(field.field))) {
          this.formError.set(this.messageOf(error));
        }
      },
    });
  }

  protected remove(record: OccupationSocCodeRecord): void {
    const occupationId = this.occupation();
    if (!occupationId) return;
    confirmAction(this.dialog, {
      title: 'Delete this SOC code period?',
      message: `SOC ${record.socCode} ${this.yearsOf(record)} will no longer be used to place older BLS releases.`,
      confirmLabel: 'Delete',
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.remove(PATH, record.id, record.version)),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`Deleted the period of SOC ${record.socCode}.`);
          this.refresh(occupationId);
        },
        error: (error: unknown) => {
          this.notifier.error(
            error instanceof ApiError && error.status === 409
              ? 'Someone else changed this period; nothing was deleted. The list now shows their version.'
              : error,
          );
          this.refresh(occupationId);
        },
      });
  }

  protected yearsOf(record: Pick<OccupationSocCodeRecord, 'fromYear' | 'toYear'>): string {
    if (record.fromYear === null && record.toYear === null) return 'in every year';
    if (record.fromYear === null) return `until ${record.toYear}`;
    if (record.toYear === null) return `from ${record.fromYear}`;
    return record.fromYear === record.toYear
      ? `in ${record.fromYear}`
      : `${record.fromYear}–${record.toYear}`;
  }

  private refresh(occupationId: string): void {
    this.loadPeriods(occupationId).subscribe((periods) => this.periods.set(periods));
  }

  private loadPeriods(occupationId: string): Observable<OccupationSocCodeRecord[]> {
    return this.api
      .list<OccupationSocCodeRecord>(PATH, { occupationId, sort: 'fromYear', pageSize: 100 })
      .pipe(
        switchMap((page) => of(page.items)),
        catchError((error: unknown) => {
          this.error.set(this.messageOf(error));
          return EMPTY;
        }),
      );
  }

  private resetErrors(): void {
    this.fieldErrors.set([]);
    this.formError.set(null);
  }

  private messageOf(error: unknown): string {
    return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
  }
}
