import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Page links to show: all when few, else the first, the last and the current one's neighbours. */
export function pageNumbers(current: number, count: number): (number | null)[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  const shown = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]));
}

/**
 * Links to the pages of a list: previous, the first and the last page, the current one's neighbours,
 * next. Each link keeps the list's filters (`queryFor`), so the URL alone says what is shown.
 */
@Component({
  selector: 'cs-pagination',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (count() > 1) {
      <nav class="pagination" [attr.aria-label]="label()">
        <ul>
          @if (page() > 1) {
            <li>
              <a [routerLink]="path()" [queryParams]="queryFor()(page() - 1)" rel="prev">Previous</a>
            </li>
          }
          @for (n of numbers(); track $index) {
            <li>
              @if (n === null) {
                <span class="gap" aria-hidden="true">…</span>
              } @else if (n === page()) {
                <a aria-current="page" [routerLink]="path()" [queryParams]="queryFor()(n)">{{ n }}</a>
              } @else {
                <a [routerLink]="path()" [queryParams]="queryFor()(n)">{{ n }}</a>
              }
            </li>
          }
          @if (page() < count()) {
            <li>
              <a [routerLink]="path()" [queryParams]="queryFor()(page() + 1)" rel="next">Next</a>
            </li>
          }
        </ul>
      </nav>
    }
  `,
})
export class Pagination {
  readonly path = input.required<string>();
  readonly page = input.required<number>();
  readonly count = input.required<number>();
  /** The query of page `n`: the list's filters with that page. */
  readonly queryFor = input.required<(n: number) => Record<string, string>>();
  readonly label = input('Pages of results');

  protected readonly numbers = computed(() => pageNumbers(this.page(), this.count()));
}
