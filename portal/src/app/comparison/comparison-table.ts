import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ComparisonModel } from './comparison-model';

/**
 * The side-by-side table: one column per occupation, rows grouped under heading rows. Explicit
 * `<thead>`/`<tbody>`: without them the browser inserts a tbody and hydration fails (NG0500).
 * Footnote links are plain markup, not components: a table holds dozens of them. On a phone the
 * rows stack and each cell is labelled with its career (`data-career`), so no column is hidden.
 */
@Component({
  selector: 'cs-comparison-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './comparison-table.html',
})
export class ComparisonTable {
  readonly model = input.required<Pick<ComparisonModel, 'columns' | 'rows'>>();
  readonly caption = input.required<string>();
  /** The page's path, for footnote links. */
  readonly pagePath = input.required<string>();
}
