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

  protected readonly heading = computed(() => {
    const editor = this.editor();
    const record = editor.record();
    if (record) return editor.feature.title(record);
    return editor.canWrite() ? `New ${editor.feature.singular}` : editor.feature.singular;
  });

  protected readonly dependentItems = computed(() =>
    (this.editor().dependents()?.items ?? []).map((item) => ({
      label: `${item.count} ${typeLabel(item.type, item.count)}`,
      links: item.ids.map((id, index) => ({ id, index: index + 1, link: recordLink(item.type, id) })),
    })),
  );

  protected asRecord(value: unknown): Readonly<Record<string, unknown>> {
    return value as Readonly<Record<string, unknown>>;
  }
}
