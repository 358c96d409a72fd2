import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { catchError, distinctUntilChanged, map, of, startWith, switchMap, timer } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { FieldErrorsComponent } from './field-errors.component';

/** Below this width the preview is a tab of its own instead of a column beside the text. */
const NARROW_SCREEN = '(max-width: 959.98px)';
/** Typing pauses this long before the preview is asked for. */
export const PREVIEW_DEBOUNCE_MS = 300;

type Preview = { kind: 'empty' } | { kind: 'pending' } | { kind: 'failed' } | { kind: 'html'; html: string };

let nextId = 0;

const previewOf = (text: string): Preview => (text.trim() === '' ? { kind: 'empty' } : { kind: 'pending' });

/**
 * A Markdown prose field with its preview: the text on the left, and on the right the HTML the portal
 * will show, rendered and sanitized by the API's own renderer (so what the editor sees is what gets
 * published). Side by side on wide screens, a Write / Preview switch on narrow ones.
 */
@Component({
  selector: 'cs-markdown-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorsComponent,
  ],
  template: `
    @if (narrow()) {
      <mat-button-toggle-group
        class="md__switch"
        hideSingleSelectionIndicator
        [attr.aria-label]="label() + ': write or preview'"
        [value]="mode()"
        (change)="mode.set($event.value)"
      >
        <mat-button-toggle value="write">Write</mat-button-toggle>
        <mat-button-toggle value="preview">Preview</mat-button-toggle>
      </mat-button-toggle-group>
    }
    <div class="md" [class.md--narrow]="narrow()">
      <mat-form-field
        appearance="outline"
        class="md__write"
        [class.md__pane--off]="narrow() && mode() === 'preview'"
      >
        <mat-label>{{ label() }}</mat-label>
        <textarea matInput [formControl]="control()" [required]="required()" rows="8"></textarea>
        <mat-hint>{{ hint() ?? 'Markdown: **bold**, *italic*, [link](https://…), lists with -' }}</mat-hint>
        <mat-error><cs-field-errors [control]="control()" [label]="label()" /></mat-error>
      </mat-form-field>
      <div
        class="md__preview"
        role="region"
        [attr.aria-labelledby]="captionId"
        [class.md__pane--off]="narrow() && mode() === 'write'"
      >
        <!-- A heading, so the preview's own h3/h4 (as the portal renders them) sit under it. -->
        <h2 class="md__caption" [id]="captionId">{{ label() }} preview</h2>
        <!-- Links open in a new tab: following one must not leave the form with unsaved edits. -->
        <div
          class="md__body cs-prose"
          aria-live="polite"
          data-testid="markdown-preview"
          (click)="openLinkElsewhere($event)"
        >
          @switch (preview().kind) {
            @case ('empty') {
              <p class="md__quiet">Nothing to preview</p>
            }
            @case ('failed') {
              <p class="md__quiet">
                The preview is not available right now. Your text is kept as you typed it.
              </p>
            }
            @case ('pending') {
              <p class="md__quiet">Preparing the preview…</p>
            }
            @default {
              <div [innerHTML]="html()"></div>
            }
          }
        </div>
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .md {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 16px;
      align-items: start;
    }
    .md--narrow {
      grid-template-columns: minmax(0, 1fr);
    }
    .md__switch {
      margin-bottom: 8px;
    }
    .md__pane--off {
      display: none !important;
    }
    mat-form-field {
      width: 100%;
    }
    .md__preview {
      min-height: 160px;
      padding: 0 16px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      background: var(--mat-sys-surface-container-low);
      overflow-wrap: anywhere;
    }
    .md__caption {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    .md__quiet {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
    .cs-prose {
      font: var(--mat-sys-body-large);
      line-height: 1.6;
    }
    .cs-prose ::ng-deep :is(h3, h4) {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .cs-prose ::ng-deep h4 {
      font: var(--mat-sys-title-small);
    }
    .cs-prose ::ng-deep p {
      margin: 8px 0;
    }
    .cs-prose ::ng-deep :is(ul, ol) {
      margin: 8px 0;
      padding-left: 24px;
    }
    .cs-prose ::ng-deep li + li {
      margin-top: 2px;
    }
    .cs-prose ::ng-deep a {
      color: var(--mat-sys-primary);
      text-decoration: underline;
    }
    .cs-prose ::ng-deep blockquote {
      margin: 8px 0;
      padding-left: 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    .cs-prose ::ng-deep code {
      padding: 0 4px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      font-family: ui-monospace, monospace;
      font-size: 0.9em;
    }
  `,
})
export class MarkdownFieldComponent implements OnInit {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly hint = input<string | undefined>();
  readonly required = input(false);

  private readonly api = inject(AdminApiClient);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly captionId = `cs-markdown-preview-${nextId++}`;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_SCREEN)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly mode = signal<'write' | 'preview'>('write');
  protected readonly preview = signal<Preview>({ kind: 'empty' });
  protected readonly html = computed(() => {
    const preview = this.preview();
    return preview.kind === 'html' ? preview.html : '';
  });

  ngOnInit(): void {
    const control = this.control();
    this.preview.set(previewOf(control.value ?? ''));
    control.valueChanges
      .pipe(
        startWith(control.value),
        map((text) => text ?? ''),
        distinctUntilChanged(),
        // Blank text needs no request; anything else waits for a pause in the typing. Each keystroke
        // cancels the wait and any request still running for older text, so a slow answer never
        // replaces a newer one.
        switchMap((text) =>
          text.trim() === ''
            ? of<Preview>({ kind: 'empty' })
            : timer(PREVIEW_DEBOUNCE_MS).pipe(
                switchMap(() => this.api.previewMarkdown({ markdown: text })),
                map(({ html }): Preview => ({ kind: 'html', html })),
                catchError(() => of<Preview>({ kind: 'failed' })),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((preview) => this.preview.set(preview));
  }

  protected openLinkElsewhere(event: MouseEvent): void {
    const link = (event.target as HTMLElement | null)?.closest('a');
    if (!link?.href) return;
    event.preventDefault();
    window.open(link.href, '_blank', 'noopener');
  }
}
