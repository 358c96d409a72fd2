import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import {
  WAGE_VALUE_FIELDS,
  type CreateWageStatisticRequest,
  type WageFlag,
  type WageValueField,
} from '@careerscope/shared';

import { RecordEditorShellComponent } from '../records/record-editor-shell.component';
import { createRecordEditor } from '../records/record-editor';
import { prefill } from '../records/record-edit.page';
import { RecordFieldsComponent } from '../records/record-fields.component';
import { buildRecordForm } from '../records/record-form';
import type { HasUnsavedChanges } from '../records/unsaved-changes.guard';
import { WageRowComponent } from './wage-row.component';
import { recheckCrossFields } from './wage-rules';
import {
  ANNUAL_FIELDS,
  HOURLY_FIELDS,
  SUMMARY_FIELDS,
  WAGE_IDENTITY_FIELDS,
  WAGE_STATISTICS,
} from './wages.feature';

type Flags = Partial<Record<WageValueField, WageFlag>>;

/** A wage release row: what was measured, then the percentiles side by side with the order rule live. */
@Component({
  selector: 'cs-wage-statistic-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordEditorShellComponent, RecordFieldsComponent, WageRowComponent],
  template: `
    <cs-record-editor-shell [editor]="editor">
      <cs-record-fields [form]="editor.form" [fields]="identityFields" />
      <cs-wage-row
        [form]="editor.form"
        [fields]="summaryFields"
        caption="Employment and mean"
        [flags]="flags()"
        [editable]="editor.canWrite()"
      />
      <cs-wage-row
        [form]="editor.form"
        [fields]="annualFields"
        caption="Annual wage percentiles"
        note="10th ≤ 25th ≤ median ≤ 75th ≤ 90th. Leave a value empty when BLS gives none, or choose its mark."
        [flags]="flags()"
        [editable]="editor.canWrite()"
      />
      <cs-wage-row
        [form]="editor.form"
        [fields]="hourlyFields"
        caption="Hourly wage percentiles"
        [flags]="flags()"
        [editable]="editor.canWrite()"
      />
    </cs-record-editor-shell>
  `,
})
export class WageStatisticPage implements OnInit, HasUnsavedChanges {
  readonly id = input<string>();

  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly identityFields = WAGE_IDENTITY_FIELDS;
  protected readonly summaryFields = SUMMARY_FIELDS;
  protected readonly annualFields = ANNUAL_FIELDS;
  protected readonly hourlyFields = HOURLY_FIELDS;
  protected readonly editor = createRecordEditor(
    WAGE_STATISTICS,
    buildRecordForm(WAGE_STATISTICS.fields, WAGE_STATISTICS.defaults()),
  );
  protected readonly flags = signal<Flags>({});

  constructor() {
    const form = this.editor.form;
    form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => recheckCrossFields(form));
    // The form always holds the flags (built from the feature's defaults), though a request may leave them out.
    form.controls.flags?.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((flags) => this.applyFlags(flags ?? {}));
  }

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      this.editor.load(id);
    } else {
      const query = this.route.snapshot.queryParamMap;
      this.editor.startNew(
        prefill(WAGE_STATISTICS, query.keys, (key) => query.get(key)) as Partial<CreateWageStatisticRequest>,
      );
    }
  }

  hasUnsavedChanges(): boolean {
    return this.editor.hasUnsavedChanges();
  }

  /** A marked value has no number: its input is switched off while the mark stands. */
  private applyFlags(flags: Flags): void {
    this.flags.set(flags);
    if (!this.editor.canWrite()) return;
    for (const field of WAGE_VALUE_FIELDS) {
      const control = this.editor.form.get(field);
      if (!control) continue;
      if (flags[field] && control.enabled) control.disable({ emitEvent: false });
      if (!flags[field] && control.disabled) control.enable({ emitEvent: false });
    }
  }
}
