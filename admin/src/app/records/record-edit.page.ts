import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

import { RecordEditorShellComponent } from './record-editor-shell.component';
import { createRecordEditor } from './record-editor';
import type { RecordFeature } from './record-feature';
import { RecordFieldsComponent } from './record-fields.component';
import { buildRecordForm } from './record-form';
import { RelatedListComponent } from './related-list.component';
import type { HasUnsavedChanges } from './unsaved-changes.guard';

/** Route data key holding the page's `RecordFeature`. */
export const FEATURE = 'feature';

/**
 * The edit page of any record type whose fields need no custom widget: the feature's field list
 * drives the form, the shell does the rest. `/<path>/new` (prefilled from the query) or `/<path>/:id`.
 */
@Component({
  selector: 'cs-record-edit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordEditorShellComponent, RecordFieldsComponent, RelatedListComponent],
  template: `
    <cs-record-editor-shell [editor]="editor">
      <cs-record-fields [form]="editor.form" [fields]="feature.fields" />
    </cs-record-editor-shell>
    @if (editor.record(); as record) {
      @for (related of feature.related ?? []; track related.path) {
        <cs-related-list [related]="related" [ownerId]="record.id" [canWrite]="editor.canWrite()" />
      }
    }
  `,
})
export class RecordEditPage implements OnInit, HasUnsavedChanges {
  /** Route parameter; absent on `/new`. */
  readonly id = input<string>();

  private readonly route = inject(ActivatedRoute);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected readonly feature = this.route.snapshot.data[FEATURE] as RecordFeature<any, any>;
  protected readonly editor = createRecordEditor(
    this.feature,
    buildRecordForm(this.feature.fields, this.feature.defaults()),
  );

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      this.editor.load(id);
    } else {
      this.editor.startNew(
        prefill(this.feature, this.route.snapshot.queryParamMap.keys, (key) =>
          this.route.snapshot.queryParamMap.get(key),
        ),
      );
    }
  }

  hasUnsavedChanges(): boolean {
    return this.editor.hasUnsavedChanges();
  }
}

/** Starting values from the URL (`?occupationId=…` from an occupation's "Add section"). */
export function prefill(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  feature: RecordFeature<any, any>,
  keys: readonly string[],
  get: (key: string) => string | null,
): Record<string, unknown> {
  const defaults = feature.defaults() as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in defaults)) continue;
    const raw = get(key);
    if (raw === null) continue;
    values[key] = typeof defaults[key] === 'number' ? Number(raw) : raw;
  }
  return values;
}
