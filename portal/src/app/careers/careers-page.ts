import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  MAX_COMPARED_OCCUPATIONS,
  MIN_COMPARED_OCCUPATIONS,
  type PublicOccupationListResponse,
  type SourceView,
  formatCount,
  stateName,
} from '@careerscope/shared';

import { PublicationLine } from '../citations/publication-line';
import { SourceList } from '../citations/source-list';
import type { PageResult } from '../core/page/page-result';
import { Pagination } from '../core/page/pagination';
import { PageMeta } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { selectionQuery } from '../comparison/compare-selection';
import { CareerFiltersForm } from './career-filters';
import { buildCareerListModel } from './career-list-model';
import { type CareerFilters, hasCareerFilters, toCareerQueryParams } from './career-query';

export interface CareersPageData {
  filters: CareerFilters;
  results: PublicOccupationListResponse;
  /** The publication's sources; the page lists those its figures cite. */
  sources: SourceView[];
}

/** `/careers`: the occupation finder — search, filter, sort, paginate, pick 2–5 to compare. */
@Component({
  selector: 'cs-careers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, CareerFiltersForm, Pagination, SourceList, PublicationLine, UnavailableNotice],
  template: `
    @if (data(); as data) {
      @if (model(); as model) {
        <!--
          Apart from the filters, the finder is static until a visitor uses it: each part stays as the
          server rendered it (not hydrated) until someone interacts with it, and the introduction never
          is. A block that is not hydrated does not update, so each is keyed on what it shows and
          rendered afresh when that changes (another search, another page of results).
        -->
        <h1>Find a healthcare career</h1>
        @for (shown of [model]; track shown) {
          <div>
            @defer (on immediate; hydrate never) {
              <p class="lede">
                Search by job title, including the other names a job goes by, and filter by education, pay and
                job growth. Every figure cites its source.
              </p>
              <cs-publication-line [publication]="data.results.publication" />
            }
          </div>
        }

        <cs-career-filters
          [educationLevels]="data.results.educationLevels"
          [filters]="data.filters"
          (changed)="search($event)"
        />

        @for (shown of [model]; track shown) {
          <div>
            @defer (on immediate; hydrate never) {
              <p class="bright-rule" id="bright-rule">
                {{ shown.brightRule.text }}
                @if (shown.brightRule.baselineText; as baseline) {
                  — {{ baseline }}
                  @if (shown.brightRule.note) {
                    <sup class="footnote-ref"
                      ><a [href]="pagePath() + '#source-' + shown.brightRule.note"
                        >[{{ shown.brightRule.note }}]</a
                      ></sup
                    >
                  }
                  —
                }
                {{ shown.brightRule.rest }}
              </p>
              @if (data.filters.state) {
                <p class="notice state-note">
                  Pay and growth are {{ stateLabel() }}’s where published; where they are not, the national
                  figure is shown and labelled “United States”.
                </p>
              }
            }
          </div>
        }

        <h2 id="results-heading" class="results-heading" tabindex="-1">{{ resultsText() }}</h2>

        @if (model.cards.length) {
          @for (shown of [model]; track shown) {
            <div>
              @defer (on immediate; hydrate on interaction) {
                <form
                  method="get"
                  action="/compare"
                  (submit)="compare($event)"
                  aria-labelledby="results-heading"
                >
                  <ul class="career-list">
                    @for (card of shown.cards; track card.entry.id) {
                      <li class="career-result">
                        <div class="career-result__head">
                          <h3>
                            <a [routerLink]="['/careers', card.entry.slug]">{{ card.entry.title }}</a>
                          </h3>
                          @if (card.entry.brightOutlook) {
                            <span class="badge" aria-describedby="bright-rule">Bright outlook</span>
                          }
                        </div>
                        @if (card.entry.matchedTitle) {
                          <p class="matched">Matched: {{ card.entry.matchedTitle }}</p>
                        }
                        <dl class="career-facts">
                          @for (fact of card.facts; track fact.label) {
                            <div>
                              <dt>{{ fact.label }}</dt>
                              <dd>
                                {{ fact.value }}
                                @if (fact.note) {
                                  <sup class="footnote-ref"
                                    ><a [href]="pagePath() + '#source-' + fact.note"
                                      >[{{ fact.note }}]</a
                                    ></sup
                                  >
                                }
                              </dd>
                            </div>
                          }
                        </dl>
                        <div class="compare-toggle">
                          <input
                            type="checkbox"
                            name="o"
                            [id]="'compare-' + card.entry.slug"
                            [value]="card.entry.slug"
                            [attr.checked]="picked().includes(card.entry.slug) ? '' : null"
                            [disabled]="!picked().includes(card.entry.slug) && picked().length >= max"
                            (change)="toggle(card.entry.slug, $event)"
                          />
                          <label [for]="'compare-' + card.entry.slug">Compare {{ card.entry.title }}</label>
                        </div>
                      </li>
                    }
                  </ul>
                  <div class="compare-bar">
                    <button type="submit">Compare selected careers</button>
                    <span role="status"
                      >{{ picked().length }} selected; choose {{ min }} to {{ max }}.
                      {{ compareMessage() }}</span
                    >
                  </div>
                </form>
              }
            </div>
          }
        } @else if (data.results.total > 0) {
          <p>
            This page is past the last result.
            <a routerLink="/careers" [queryParams]="pageQuery(1)">Go to the first page</a>
          </p>
        } @else {
          <p class="empty">
            No careers match {{ data.filters.q ? '“' + data.filters.q + '”' : 'these filters' }}.
            <a routerLink="/careers">Clear filters</a>
          </p>
        }

        @if (pageCount() > 1) {
          @for (shown of [data.results]; track shown) {
            <div>
              @defer (on immediate; hydrate on interaction) {
                <cs-pagination
                  path="/careers"
                  [page]="shown.page"
                  [count]="pageCount()"
                  [queryFor]="pageQuery"
                />
              }
            </div>
          }
        }

        @if (model.sources.length) {
          @for (sources of [model.sources]; track sources) {
            <div>
              @defer (on immediate; hydrate on interaction) {
                <cs-source-list [sources]="sources" />
              }
            </div>
          }
        }
      }
    } @else {
      <cs-unavailable-notice />
    }
  `,
})
export class CareersPage {
  readonly page = input.required<PageResult<CareersPageData>>();

  private readonly router = inject(Router);
  private readonly pageMeta = inject(PageMeta);
  protected readonly min = MIN_COMPARED_OCCUPATIONS;
  protected readonly max = MAX_COMPARED_OCCUPATIONS;
  protected readonly picked = signal<string[]>([]);
  protected readonly compareMessage = signal('');

  protected readonly data = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly model = computed(() => {
    const data = this.data();
    return data ? buildCareerListModel(data.results, data.sources, data.filters.state) : null;
  });
  /** Footnote links carry the page's own URL, query included, so following one stays on this page. */
  protected readonly pagePath = computed(() => {
    const query = new URLSearchParams(toCareerQueryParams(this.data()?.filters ?? {})).toString();
    return query ? `/careers?${query}` : '/careers';
  });
  protected readonly stateLabel = computed(() => stateName(this.data()?.filters.state ?? ''));
  protected readonly pageCount = computed(() => {
    const results = this.data()?.results;
    return results && results.pageSize > 0 ? Math.ceil(results.total / results.pageSize) : 0;
  });
  protected readonly resultsText = computed(() => {
    const data = this.data();
    if (!data) return '';
    const { results, filters } = data;
    const total = `${formatCount(results.total)} ${results.total === 1 ? 'career' : 'careers'}`;
    const matching = filters.q ? ` matching “${filters.q}”` : '';
    if (results.total <= results.pageSize || results.items.length === 0) return total + matching;
    const first = (results.page - 1) * results.pageSize + 1;
    return `${total}${matching}, showing ${first}–${first + results.items.length - 1}`;
  });

  constructor() {
    effect(() => {
      const data = this.data();
      if (!data) return;
      const filtered =
        hasCareerFilters(data.filters) || data.filters.sort !== 'relevance' || data.filters.page > 1;
      this.pageMeta.set({
        title: data.filters.q ? `Careers matching “${data.filters.q}”` : 'Find a healthcare career',
        description:
          'Search healthcare careers by title and filter by typical entry education, median pay, projected growth and state, with every figure cited.',
        // Filtered views are many; the unfiltered finder is the page to index.
        canonicalPath: filtered ? null : '/careers',
      });
    });
  }

  /** The query of page `page` of these results (a property: the pagination calls it). */
  protected readonly pageQuery = (page: number): Record<string, string> => {
    const filters = this.data()?.filters;
    return filters ? toCareerQueryParams({ ...filters, page }) : {};
  };

  protected search(filters: CareerFilters): void {
    void this.router.navigate(['/careers'], { queryParams: toCareerQueryParams(filters) });
  }

  /**
   * The box holds its own state: the selection follows it, and a new page of results starts its boxes
   * from the selection (an attribute, which a box someone already clicked keeps to their click, so
   * waking the results up after a click leaves the box as clicked).
   */
  protected toggle(slug: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.picked.update((picked) =>
      checked
        ? [...picked.filter((s) => s !== slug), slug].slice(0, MAX_COMPARED_OCCUPATIONS)
        : picked.filter((s) => s !== slug),
    );
  }

  protected compare(event: Event): void {
    event.preventDefault();
    const picked = this.picked();
    if (picked.length < MIN_COMPARED_OCCUPATIONS) {
      this.compareMessage.set(`Select at least ${MIN_COMPARED_OCCUPATIONS} careers to compare.`);
      return;
    }
    this.compareMessage.set('');
    void this.router.navigate(['/compare'], { queryParams: selectionQuery(picked) });
  }
}
