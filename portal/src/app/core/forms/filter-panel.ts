import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A list's filters behind a disclosure: on a phone they fold away so the results start on the first
 * screen; from 48rem up the styles show them open and hide the summary. A native <details>, so it
 * opens with the keyboard and without scripts. The summary counts the filters applied.
 */
@Component({
  selector: 'cs-filter-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="filter-panel" [attr.open]="open() ? '' : null">
      <summary>
        {{ label() }}
        @if (applied()) {
          <span class="filter-panel__count">({{ applied() }} applied)</span>
        }
      </summary>
      <ng-content />
    </details>
  `,
})
export class FilterPanel {
  /** The summary's words: "Filter schools". */
  readonly label = input.required<string>();
  /** How many filters narrow the list. */
  readonly applied = input(0);
  /** Open however wide the screen, as when a field needs the visitor's attention. */
  readonly open = input(false);
}

/** Folds the panel around a form once it is submitted: the results below are what was asked for. */
export function foldFilterPanel(form: HTMLFormElement): void {
  form.closest('details.filter-panel')?.removeAttribute('open');
}
