import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { ConflictViewComponent } from './conflict-view.component';
import type { RecordEditor } from './record-editor';
import { recordLink, typeLabel } from './record-types';

/**
 * The frame of every record page: heading, save and delete, error summary, "still in use" answer,
 * the conflict view, history link. The page projects its fields inside.
 */
@Component({
  selector: 'cs-record-editor-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    ConflictViewComponent,
  ],
  templateUrl: './record-editor-shell.component.html',
  styleUrl: './record-editor-shell.component.scss',
})
export class RecordEditorShellComponent {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly editor = input.required<RecordEditor<any, any>>();
  /** Off where the page offers its own delete (a user: other words, another endpoint). */
  readonly deletable = input(true);

  protected readonly heading = computed(() => {
    const editor = this.editor();
    const record = editor.record();
    if (record) return editor.feature.title(record);
    return editor.canWrite() ? `New ${editor.feature.singular}` : editor.feature.singular;
  });

  /** Each record that still refers to this one, named and linked ("Comparison: CMA vs. Medical Coder"). */
  protected readonly dependentItems = computed(() =>
    (this.editor().dependents()?.items ?? []).map((item) => {
      const records = item.records ?? item.ids.map((id) => ({ type: item.type, id, label: id }));
      const type = typeLabel(item.type, 1);
      return {
        key: item.type,
        records: records.map((record) => ({
          id: record.id,
          text: `${type.charAt(0).toUpperCase()}${type.slice(1)}: ${record.label}`,
          link: recordLink(record.type, record.id),
        })),
        more:
          item.count > records.length
            ? `and ${item.count - records.length} more ${typeLabel(item.type, item.count - records.length)}`
            : null,
      };
    }),
  );

  protected asRecord(value: unknown): Readonly<Record<string, unknown>> {
    return value as Readonly<Record<string, unknown>>;
  }
}
