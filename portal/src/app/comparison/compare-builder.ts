import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  MAX_COMPARED_OCCUPATIONS,
  MIN_COMPARED_OCCUPATIONS,
  type OccupationSummaryView,
} from '@careerscope/shared';

import { selectionQuery } from './compare-selection';

/**
 * The occupations in an ad-hoc comparison, with a link to remove each and a form to add one. Both
 * are plain links and a GET form, so they work before the scripts load and every state has a URL.
 */
@Component({
  selector: 'cs-compare-builder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <section class="compare-builder no-print" aria-labelledby="builder-heading">
      <h2 id="builder-heading" class="visually-hidden">Choose occupations</h2>
      <p class="builder-status" role="status">
        Comparing {{ selected().length }} of at most {{ max }} occupations.
        @if (selected().length < min) {
          Add
          {{ min - selected().length === 1 ? 'one more occupation' : 'at least ' + min + ' occupations' }} to
          see them side by side.
        }
      </p>
      @if (selected().length) {
        <ul class="selection">
          @for (occupation of selected(); track occupation.slug) {
            <li>
              <span>{{ occupation.title }}</span>
              <a
                class="remove"
                routerLink="/compare"
                [queryParams]="without(occupation.slug)"
                [attr.aria-label]="'Remove ' + occupation.title + ' from the comparison'"
                >Remove</a
              >
            </li>
          }
        </ul>
      }
      @if (selected().length >= max) {
        <p class="notice">A comparison holds at most {{ max }} occupations. Remove one to add another.</p>
      } @else if (addable().length === 0) {
        <p class="notice">Every published occupation is already in this comparison.</p>
      } @else {
        <form class="add-occupation" method="get" action="/compare" (submit)="add($event)">
          @for (occupation of selected(); track occupation.slug) {
            <input type="hidden" name="o" [value]="occupation.slug" />
          }
          <label for="add-occupation">Add an occupation</label>
          <select id="add-occupation" name="o">
            @for (occupation of addable(); track occupation.slug) {
              <option [value]="occupation.slug">{{ occupation.title }}</option>
            }
          </select>
          <button type="submit">Add</button>
        </form>
      }
    </section>
  `,
})
export class CompareBuilder {
  readonly selected = input.required<OccupationSummaryView[]>();
  readonly available = input.required<OccupationSummaryView[]>();

  private readonly router = inject(Router);
  protected readonly min = MIN_COMPARED_OCCUPATIONS;
  protected readonly max = MAX_COMPARED_OCCUPATIONS;
  protected readonly addable = computed(() => {
    const chosen = new Set(this.selected().map((occupation) => occupation.slug));
    return this.available().filter((occupation) => !chosen.has(occupation.slug));
  });

  protected without(slug: string): { o: string | null } {
    return selectionQuery(
      this.selected().flatMap((occupation) => (occupation.slug === slug ? [] : [occupation.slug])),
    );
  }

  protected add(event: Event): void {
    event.preventDefault();
    const select = (event.target as HTMLFormElement).querySelector('select');
    if (!select?.value) return;
    const slugs = [...this.selected().map((occupation) => occupation.slug), select.value];
    void this.router.navigate(['/compare'], { queryParams: selectionQuery(slugs) });
  }
}
