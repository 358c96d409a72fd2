import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';

/**
 * A real file input inside a large drop zone: keyboard and screen-reader users get the browser's own
 * file picker (Tab to it, Enter or Space), mouse users can also drop a file on it.
 */
@Component({
  selector: 'cs-file-drop',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label
      class="drop"
      [class.drop--over]="dragOver()"
      [class.drop--invalid]="errors().length > 0"
      (dragenter)="onDrag($event, true)"
      (dragover)="onDrag($event, true)"
      (dragleave)="dragOver.set(false)"
      (drop)="onDrop($event)"
    >
      <span class="drop__label" [id]="inputId() + '-label'">{{ label() }}</span>
      <span class="drop__hint" [id]="inputId() + '-hint'">Choose a file, or drop it here. {{ hint() }}</span>
      <input
        #picker
        class="drop__input"
        type="file"
        [id]="inputId()"
        [accept]="accept()"
        [disabled]="disabled()"
        [attr.aria-invalid]="errors().length > 0"
        [attr.aria-labelledby]="inputId() + '-label'"
        [attr.aria-describedby]="inputId() + '-hint ' + inputId() + '-status'"
        (change)="onPicked(picker)"
      />
      <span class="drop__button" aria-hidden="true">Choose file…</span>
      <span class="drop__chosen" [id]="inputId() + '-status'">
        @if (file(); as chosen) {
          Chosen: <strong>{{ chosen.name }}</strong> ({{ size(chosen.size) }})
        } @else {
          No file chosen.
        }
        @for (message of errors(); track $index) {
          <span class="drop__error" role="alert">{{ message }}</span>
        }
      </span>
    </label>
  `,
  styleUrl: './file-drop.component.scss',
})
export class FileDropComponent {
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly accept = input('');
  readonly inputId = input('file');
  readonly disabled = input(false);
  readonly file = input<File | null>(null);
  /** Messages about the file (the API's, or the page's own checks), shown beside it. */
  readonly errors = input<readonly string[]>([]);
  readonly fileChange = output<File>();

  protected readonly dragOver = signal(false);

  protected onDrag(event: DragEvent, over: boolean): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.disabled() ? 'none' : 'copy';
    this.dragOver.set(over);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragOver.set(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && !this.disabled()) this.fileChange.emit(file);
  }

  protected onPicked(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    if (file) this.fileChange.emit(file);
    // Choosing the same file again after an error must fire `change` again.
    picker.value = '';
  }

  protected size(bytes: number): string {
    if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }
}
