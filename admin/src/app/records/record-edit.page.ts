import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
} from '@angular/core';
import { ActivatedRoute } from '@angular/router';

import { RecordEditorShellComponent } from './record-editor-shell.component';
import { createRecordEditor } from './record-editor';
import type { RecordFeature } from './record-feature';
import { RecordFieldsComponent } from './record-fields.component';
import { buildRecordForm, followFields } from './record-form';
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
  styles: `
    .record-facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 8px 16px;
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container, #f3f3f3);
    }
    .record-facts dt {
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant, #49454f);
    }
    .record-facts dd {
      margin: 0;
    }
  `,
  template: `
    <cs-record-editor-shell [editor]="editor">
      @if (facts().length > 0) {
        <dl class="record-facts" aria-label="Facts from the data files (read-only)">
          @for (fact of facts(); track fact.label) {
            <div class="record-facts__item">
              <dt>{{ fact.label }}</dt>
              <dd>{{ fact.value }}</dd>
            </div>
          }
        </dl>
      }
      <cs-record-fields [form]="editor.form" [fields]="feature.fields" [notes]="notes()" />
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

  protected readonly facts = computed(() => {
    const record = this.editor.record();
    return record && this.feature.facts ? this.feature.facts(record) : [];
  });
  protected readonly notes = computed(() => {
    const record = this.editor.record();
    return record && this.feature.fieldNotes ? this.feature.fieldNotes(record) : {};
  });
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      this.editor.load(id);
    } else {
      const following = followFields(this.editor.form, this.feature.fields, () => this.editor.isNew());
      this.destroyRef.onDestroy(() => following.unsubscribe());
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
