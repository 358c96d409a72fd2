import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { MatButtonModule } from '@angular/material/button';

import { RecordEditorShellComponent } from '../records/record-editor-shell.component';
import { createRecordEditor } from '../records/record-editor';
import { RecordFieldsComponent } from '../records/record-fields.component';
import { buildRecordForm } from '../records/record-form';
import type { HasUnsavedChanges } from '../records/unsaved-changes.guard';
import { ComparisonRowsComponent } from './comparison-rows.component';
import { COMPARISONS } from './comparisons.feature';

/**
 * A comparison: its occupations, intro and author; its rows (drag and drop); and a preview of the
 * working copy as the portal renders it.
 */
@Component({
  selector: 'cs-comparison-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordEditorShellComponent, RecordFieldsComponent, ComparisonRowsComponent, MatButtonModule],
  template: `
    <cs-record-editor-shell [editor]="editor">
      <cs-record-fields [form]="editor.form" [fields]="fields" />
    </cs-record-editor-shell>
    @if (editor.record(); as record) {
      <cs-comparison-rows [comparisonId]="record.id" [canWrite]="editor.canWrite()" />
      <section class="preview" aria-labelledby="preview-title">
        <div class="preview__bar">
          <h2 id="preview-title" class="preview__title">Preview</h2>
          <button mat-stroked-button type="button" (click)="refreshPreview()">Refresh preview</button>
          <a mat-button [href]="previewPath()" target="_blank" rel="noopener">
            Open in a new tab<span class="cs-visually-hidden"> (opens in a new tab)</span>
          </a>
        </div>
        <p class="preview__note">The working copy as the portal will show it once published (save first).</p>
        @if (previewUrl(); as url) {
          <iframe class="preview__frame" [src]="url" title="Preview of the comparison page"></iframe>
        }
      </section>
    }
  `,
  styles: `
    .preview {
      max-width: 1100px;
      margin-top: 24px;
    }
    .preview__bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .preview__title {
      margin: 0;
      font: var(--mat-sys-title-large);
      flex: 1 1 auto;
    }
    .preview__note {
      color: var(--mat-sys-on-surface-variant);
    }
    .preview__frame {
      width: 100%;
      height: 80vh;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
  `,
})
export class ComparisonPage implements OnInit, HasUnsavedChanges {
  readonly id = input<string>();

  private readonly sanitizer = inject(DomSanitizer);
  protected readonly fields = COMPARISONS.fields;
  protected readonly editor = createRecordEditor(
    COMPARISONS,
    buildRecordForm(COMPARISONS.fields, COMPARISONS.defaults()),
  );
  private readonly reloads = signal(0);
  protected readonly previewPath = computed(() => {
    const record = this.editor.record();
    return record ? `/compare/${encodeURIComponent(record.slug)}?preview=1` : '/';
  });
  protected readonly previewUrl = computed<SafeResourceUrl | null>(() => {
    const record = this.editor.record();
    if (!record) return null;
    // Same-origin portal page; the counter forces a fresh load after saving rows.
    return this.sanitizer.bypassSecurityTrustResourceUrl(
      `${this.previewPath()}&v=${record.version}.${this.reloads()}`,
    );
  });

  ngOnInit(): void {
    const id = this.id();
    if (id) this.editor.load(id);
    else this.editor.startNew();
  }

  protected refreshPreview(): void {
    this.reloads.update((n) => n + 1);
  }

  hasUnsavedChanges(): boolean {
    return this.editor.hasUnsavedChanges();
  }
}
