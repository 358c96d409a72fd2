import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { AsYouTypeErrorStateMatcher } from '../core/ui/error-state';
import { FieldErrorsComponent } from './field-errors.component';
import type { FieldDef } from './record-feature';
import { ListFieldComponent } from './list-field.component';
import { MarkdownFieldComponent } from './markdown-field.component';
import { RecordPickerComponent } from './record-picker.component';

/** Renders a record form's fields from their definitions: one template for every record type. */
@Component({
  selector: 'cs-record-fields',
  // The app's "as you type" error display, also where the fields render outside the layout (tests).
  providers: [{ provide: ErrorStateMatcher, useClass: AsYouTypeErrorStateMatcher }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FieldErrorsComponent,
    RecordPickerComponent,
    ListFieldComponent,
    MarkdownFieldComponent,
  ],
  templateUrl: './record-fields.component.html',
  styleUrl: './record-fields.component.scss',
})
export class RecordFieldsComponent<T> {
  readonly form = input.required<FormGroup>();
  readonly fields = input.required<readonly FieldDef<T>[]>();
  /** Fields to leave out (create-only fields of a saved record, update-only ones of a new record). */
  readonly hidden = input<readonly string[]>([]);
  /** A note shown under some fields ("Edited by hand: kept on IPEDS refresh"). */
  readonly notes = input<Readonly<Record<string, string | undefined>>>({});
  protected readonly shown = computed(() =>
    this.fields().filter((field) => !this.hidden().includes(field.key)),
  );

  // The form is typed where it is built (ControlsOf<TCreate>); here one template serves every type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected control(key: string): FormControl<any> {
    return this.form().get(key) as FormControl;
  }
}
