import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { FootnoteRef } from '../citations/footnote-ref';
import type { ComparisonModel } from './comparison-model';

/**
 * The side-by-side table: one column per occupation, rows grouped under heading rows. Explicit
 * `<thead>`/`<tbody>`: without them the browser inserts a tbody and hydration fails (NG0500).
 */
@Component({
  selector: 'cs-comparison-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, FootnoteRef],
  templateUrl: './comparison-table.html',
})
export class ComparisonTable {
  readonly model = input.required<Pick<ComparisonModel, 'columns' | 'rows'>>();
  readonly caption = input.required<string>();
  /** The page's path, for footnote links. */
  readonly pagePath = input.required<string>();
}
