import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** The chosen values of a multi-value field, each with a remove button (a plain, accessible list). */
@Component({
  selector: 'cs-chosen-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length > 0) {
      <ul class="chosen" [attr.aria-label]="label() + ': chosen'">
        @for (item of items(); track item.value; let i = $index) {
          <li class="chosen__item">
            @if (numbered()) {
              <span class="chosen__number">{{ i + 1 }}.</span>
            }
            <span>{{ item.label }}</span>
            @if (removable()) {
              <button
                type="button"
                class="chosen__remove"
                [attr.aria-label]="'Remove ' + item.label"
                (click)="remove.emit(item)"
              >
                ×
              </button>
            }
          </li>
        }
      </ul>
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
    .chosen__number {
      font-weight: 600;
    }
    .chosen__remove {
      width: 28px;
      height: 28px;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: inherit;
      font-size: 18px;
      cursor: pointer;
      &:hover {
        background: var(--mat-sys-surface-container-highest);
      }
    }
  `,
})
export class ChosenListComponent {
  readonly label = input.required<string>();
  readonly items = input.required<readonly { value: string; label: string }[]>();
  readonly removable = input(true);
  readonly numbered = input(false);
  readonly remove = output<{ value: string; label: string }>();
}
