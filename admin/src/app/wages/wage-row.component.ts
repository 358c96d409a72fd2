import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { WAGE_FLAGS, WAGE_FLAG_MEANINGS, type WageFlag, type WageValueField } from '@careerscope/shared';

import { FieldErrorsComponent } from '../records/field-errors.component';
import type { FieldDef } from '../records/record-feature';

type Flags = Partial<Record<WageValueField, WageFlag>>;

/**
 * One row of wage values side by side (10th … 90th percentile), each with its BLS mark: a marked
 * value (`*`, `**` not available, `#` at or above the cap) has no number. The order rule shows
 * beside the value that breaks it, as the user types.
 */
@Component({
  selector: 'cs-wage-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, FieldErrorsComponent],
  template: `
    <fieldset class="row" [formGroup]="form()">
      <legend class="row__legend">{{ caption() }}</legend>
      @if (note(); as note) {
        <p class="row__note">{{ note }}</p>
      }
      <div class="row__cells" [style.--cells]="fields().length">
        @for (field of fields(); track field.key) {
          <div class="row__cell">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ field.label }}</mat-label>
              <span matTextPrefix>{{ field.key === 'employment' ? '' : '$' }}&nbsp;</span>
              <input
                matInput
                type="number"
                inputmode="decimal"
                min="0"
                [step]="step(field.key)"
                [formControlName]="field.key"
              />
              <mat-error><cs-field-errors [control]="control(field.key)" [label]="field.label" /></mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" class="row__mark" subscriptSizing="dynamic">
              <mat-label>BLS mark</mat-label>
              <mat-select
                [value]="flags()[field.key] ?? ''"
                [disabled]="!editable()"
                (selectionChange)="mark(field.key, $event.value)"
                [attr.aria-label]="'BLS mark for ' + field.label"
              >
                <mat-option value="">None (a number)</mat-option>
                @for (flag of flagOptions; track flag.value) {
                  <mat-option [value]="flag.value">{{ flag.value }} {{ flag.label }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
        }
      </div>
    </fieldset>
  `,
  styleUrl: './wage-row.component.scss',
})
export class WageRowComponent<T> {
  readonly form = input.required<FormGroup>();
  readonly fields = input.required<readonly FieldDef<T>[]>();
  readonly caption = input.required<string>();
  readonly note = input<string | null>(null);
  /** The current flags (the `flags` control's value), passed in so the row redraws when they change. */
  readonly flags = input.required<Flags>();
  readonly editable = input(true);

  protected readonly flagOptions = WAGE_FLAGS.map((value) => ({ value, label: WAGE_FLAG_MEANINGS[value] }));
  protected readonly hourly = computed(() => this.fields().some((field) => field.key.endsWith('Hourly')));

  protected control(key: string): FormControl {
    return this.form().get(key) as FormControl;
  }

  protected step(key: string): string {
    return key.endsWith('Hourly') ? '0.01' : '1';
  }

  protected mark(key: string, flag: WageFlag | ''): void {
    const flagsControl = this.form().get('flags') as FormControl<Flags>;
    const next: Flags = { ...flagsControl.value };
    if (flag) {
      next[key as WageValueField] = flag;
      this.control(key).setValue(null);
    } else {
      delete next[key as WageValueField];
    }
    flagsControl.setValue(next);
    flagsControl.markAsDirty();
  }
}
