import { CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';

export interface ChosenItem {
  value: string;
  label: string;
}

/** A move within the list, by index. */
export interface ChosenMove {
  from: number;
  to: number;
}

/**
 * The chosen values of a multi-value field, each with a remove button (a plain, accessible list).
 * Where the order matters (`reorderable`: the columns of a comparison), items are dragged into
 * place or moved with their Earlier / Later buttons, and each move is announced.
 */
@Component({
  selector: 'cs-chosen-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DragDropModule],
  template: `
    @if (items().length > 0) {
      <ul
        class="chosen"
        [attr.aria-label]="label() + ': chosen'"
        cdkDropList
        cdkDropListOrientation="mixed"
        [cdkDropListDisabled]="!reorderable()"
        (cdkDropListDropped)="dropped($event)"
      >
        @for (item of items(); track item.value; let i = $index; let first = $first; let last = $last) {
          <li
            class="chosen__item"
            cdkDrag
            [class.chosen__item--draggable]="reorderable()"
            [attr.data-value]="item.value"
          >
            @if (numbered()) {
              <span class="chosen__number">{{ i + 1 }}.</span>
            }
            <span>{{ item.label }}</span>
            @if (reorderable() && items().length > 1) {
              <button
                type="button"
                class="chosen__button"
                [disabled]="first"
                [attr.aria-label]="'Move ' + item.label + ' earlier'"
                data-move="earlier"
                title="Move earlier"
                (click)="move(i, i - 1)"
              >
                ‹
              </button>
              <button
                type="button"
                class="chosen__button"
                [disabled]="last"
                [attr.aria-label]="'Move ' + item.label + ' later'"
                data-move="later"
                title="Move later"
                (click)="move(i, i + 1)"
              >
                ›
              </button>
            }
            @if (removable()) {
              <button
                type="button"
                class="chosen__button"
                [attr.aria-label]="'Remove ' + item.label"
                (click)="remove.emit(item)"
              >
                ×
              </button>
            }
          </li>
        }
      </ul>
      @if (reorderable()) {
        <p class="cs-visually-hidden" role="status" aria-live="polite">{{ announcement() }}</p>
      }
    }
  `,
  styles: `
    .chosen {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    .chosen__item {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 4px 2px 12px;
      border-radius: 16px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
    .chosen__item--draggable {
      cursor: grab;
    }
    .chosen__item.cdk-drag-preview {
      box-shadow: var(--mat-sys-level3);
    }
    .chosen__item.cdk-drag-placeholder {
      opacity: 0.4;
    }
    .chosen__number {
      font-weight: 600;
    }
    .chosen__button {
      width: 28px;
      height: 28px;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: inherit;
      font-size: 18px;
      cursor: pointer;
      &:hover:not(:disabled) {
        background: var(--mat-sys-surface-container-highest);
      }
      &:disabled {
        opacity: 0.38;
        cursor: default;
      }
    }
  `,
})
export class ChosenListComponent {
  readonly label = input.required<string>();
  readonly items = input.required<readonly ChosenItem[]>();
  readonly removable = input(true);
  readonly numbered = input(false);
  /** The order means something: offer dragging and the move buttons. */
  readonly reorderable = input(false);
  readonly remove = output<ChosenItem>();
  readonly reorder = output<ChosenMove>();

  protected readonly announcement = signal('');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected dropped(event: CdkDragDrop<unknown>): void {
    this.move(event.previousIndex, event.currentIndex);
  }

  protected move(from: number, to: number): void {
    const items = this.items();
    if (from === to || to < 0 || to >= items.length) return;
    const moved = items[from];
    const direction = to < from ? 'earlier' : 'later';
    this.reorder.emit({ from, to });
    this.announcement.set(`${moved.label} moved to position ${to + 1} of ${items.length}.`);
    // Keep the keyboard on the moved item: on the same button, or the other one at either end.
    afterNextRender(
      () => {
        const item = [...this.host.nativeElement.querySelectorAll<HTMLElement>('[data-value]')].find(
          (element) => element.dataset['value'] === moved.value,
        );
        const buttons = [direction, direction === 'earlier' ? 'later' : 'earlier'].map((which) =>
          item?.querySelector<HTMLButtonElement>(`[data-move="${which}"]`),
        );
        buttons.find((button) => button && !button.disabled)?.focus();
      },
      { injector: this.injector },
    );
  }
}
