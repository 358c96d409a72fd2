import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type {
  CreateOccupationSocCodeRequest,
  FieldError,
  OccupationSocCodeRecord,
} from '@careerscope/shared';

/** What the form hands back: the period's fields, without the occupation (the page knows it). */
export type SocCodePeriod = Omit<CreateOccupationSocCodeRequest, 'occupationId'>;

const YEAR = /^\s*(\d{4})?\s*$/;

/** Add or edit one SOC code period; the server's messages appear beside the fields they concern. */
@Component({
  selector: 'cs-soc-code-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  template: `
    <form
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      class="imports__soc-form"
      [attr.aria-label]="record() ? 'Edit SOC code period' : 'Add a SOC code period'"
    >
      <mat-form-field appearance="outline">
        <mat-label>SOC code</mat-label>
        <input matInput formControlName="socCode" required autocomplete="off" placeholder="29-2071" />
        <mat-hint>As BLS wrote it in those years, e.g. 29-2071.</mat-hint>
        @if (form.controls.socCode.hasError('required')) {
          <mat-error>Write the SOC code.</mat-error>
        } @else if (form.controls.socCode.hasError('pattern')) {
          <mat-error>A SOC code looks like 29-2071.</mat-error>
        } @else if (form.controls.socCode.hasError('server')) {
          <mat-error>{{ form.controls.socCode.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>From year</mat-label>
        <input matInput formControlName="fromYear" inputmode="numeric" autocomplete="off" />
        <mat-hint>Empty: from the beginning.</mat-hint>
        @if (form.controls.fromYear.hasError('pattern')) {
          <mat-error>Write a four-digit year, or leave it empty.</mat-error>
        } @else if (form.controls.fromYear.hasError('server')) {
          <mat-error>{{ form.controls.fromYear.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>To year</mat-label>
        <input matInput formControlName="toYear" inputmode="numeric" autocomplete="off" />
        <mat-hint>Empty: until now.</mat-hint>
        @if (form.controls.toYear.hasError('pattern')) {
          <mat-error>Write a four-digit year, or leave it empty.</mat-error>
        } @else if (form.controls.toYear.hasError('server')) {
          <mat-error>{{ form.controls.toYear.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="imports__soc-note">
        <mat-label>Note</mat-label>
        <input matInput formControlName="note" autocomplete="off" />
        <mat-hint>Why the code differs, e.g. which SOC revision changed it.</mat-hint>
        @if (form.controls.note.hasError('server')) {
          <mat-error>{{ form.controls.note.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <div class="imports__actions">
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ record() ? 'Save period' : 'Add period' }}
        </button>
        <button mat-stroked-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './imports.scss',
})
export class SocCodeFormComponent {
  /** The period being edited; null to add one. */
  readonly record = input<OccupationSocCodeRecord | null>(null);
  readonly saving = input(false);
  /** The API's field errors of the last attempt. */
  readonly serverErrors = input<readonly FieldError[]>([]);
  readonly saved = output<SocCodePeriod>();
  readonly cancelled = output<void>();

  protected readonly form = new FormGroup({
    socCode: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*\d{2}-\d{4}\s*$/)],
    }),
    fromYear: new FormControl('', { nonNullable: true, validators: [Validators.pattern(YEAR)] }),
    toYear: new FormControl('', { nonNullable: true, validators: [Validators.pattern(YEAR)] }),
    note: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const record = this.record();
      this.form.reset({
        socCode: record?.socCode ?? '',
        fromYear: record?.fromYear?.toString() ?? '',
        toYear: record?.toYear?.toString() ?? '',
        note: record?.note ?? '',
      });
    });
    effect(() => {
      for (const error of this.serverErrors()) {
        const control = this.form.get(error.field);
        if (control) {
          control.setErrors({ ...(control.errors ?? {}), server: error.message });
          control.markAsTouched();
        }
      }
    });
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const year = (text: string) => (text.trim() ? Number(text.trim()) : null);
    this.saved.emit({
      socCode: value.socCode.trim(),
      fromYear: year(value.fromYear),
      toYear: year(value.toYear),
      note: value.note.trim() || null,
    });
  }
}
