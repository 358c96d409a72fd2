import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  MAX_COMPARED_OCCUPATIONS,
  MIN_COMPARED_OCCUPATIONS,
  type OccupationSummaryView,
  formatCount,
} from '@careerscope/shared';

import type { BuilderSearch } from './adhoc-comparison-data';
import { selectionQuery } from './compare-selection';

/**
 * The occupations in an ad-hoc comparison, with a link to remove each and a search of the whole
 * catalogue to add one. All are plain links and a GET form, so they work before the scripts load
 * and every state has a URL.
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
      } @else {
        <form
          class="add-occupation"
          method="get"
          action="/compare"
          role="search"
          aria-label="Occupations to add"
          (submit)="find($event)"
        >
          @if (selected().length) {
            <input type="hidden" name="o" [value]="slugs().join(',')" />
          }
          <label for="add-occupation">Find an occupation to add</label>
          <input id="add-occupation" name="q" type="search" maxlength="100" [value]="search()?.q ?? ''" />
          <button type="submit">Search</button>
        </form>
        @if (search(); as search) {
          @if (addable().length) {
            <ul class="add-list" aria-label="Matching occupations">
              @for (match of addable(); track match.slug) {
                <li>
                  <span
                    >{{ match.title }}
                    @if (match.matchedTitle) {
                      <span class="detail-inline">matched: {{ match.matchedTitle }}</span>
                    }
                  </span>
                  <a
                    class="add"
                    routerLink="/compare"
                    [queryParams]="with(match.slug)"
                    [attr.aria-label]="'Add ' + match.title + ' to the comparison'"
                    >Add</a
                  >
                </li>
              }
            </ul>
            @if (search.total > search.matches.length) {
              <p class="hint">
                The first {{ search.matches.length }} of {{ count(search.total) }} matches; add words to
                narrow the search.
              </p>
            }
          } @else if (search.matches.length) {
            <p>Every occupation matching “{{ search.q }}” is already in this comparison.</p>
          } @else {
            <p>No occupation matches “{{ search.q }}”.</p>
          }
        }
      }
    </section>
  `,
})
export class CompareBuilder {
  readonly selected = input.required<OccupationSummaryView[]>();
  /** The catalogue search the URL asked for (`?q=`), or null. */
  readonly search = input<BuilderSearch | null>(null);

  private readonly router = inject(Router);
  protected readonly min = MIN_COMPARED_OCCUPATIONS;
  protected readonly max = MAX_COMPARED_OCCUPATIONS;
  protected readonly count = formatCount;
  protected readonly slugs = computed(() => this.selected().map((occupation) => occupation.slug));
  protected readonly addable = computed(() => {
    const chosen = new Set(this.slugs());
    return (this.search()?.matches ?? []).filter((match) => !chosen.has(match.slug));
  });

  protected without(slug: string): { o: string | null } {
    return selectionQuery(this.slugs().filter((s) => s !== slug));
  }

  /** The selection with one more occupation; the search is done with. */
  protected with(slug: string): { o: string | null } {
    return selectionQuery([...this.slugs(), slug]);
  }

  protected find(event: Event): void {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    void this.router.navigate(['/compare'], {
      queryParams: { ...selectionQuery(this.slugs()), q: q || null },
    });
  }
}
