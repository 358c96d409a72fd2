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
import { PageMeta } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { selectionQuery } from '../comparison/compare-selection';
import { CareerFiltersForm } from './career-filters';
import { buildCareerListModel, pageNumbers } from './career-list-model';
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
  imports: [RouterLink, CareerFiltersForm, SourceList, PublicationLine, UnavailableNotice],
  template: `
    @if (data(); as data) {
      @if (model(); as model) {
        <h1>Find a healthcare career</h1>
        <p class="lede">
          Search by job title, including the other names a job goes by, and filter by education, pay and job
          growth. Every figure cites its source.
        </p>
        <cs-publication-line [publication]="data.results.publication" />

        <cs-career-filters
          [educationLevels]="data.results.educationLevels"
          [filters]="data.filters"
          (changed)="search($event)"
        />

        <p class="bright-rule" id="bright-rule">
          {{ model.brightRule.text }}
          @if (model.brightRule.baselineText; as baseline) {
            — {{ baseline }}
            @if (model.brightRule.note) {
              <sup class="footnote-ref"
                ><a [href]="pagePath() + '#source-' + model.brightRule.note"
                  >[{{ model.brightRule.note }}]</a
                ></sup
              >
            }
            —
          }
          {{ model.brightRule.rest }}
        </p>
        @if (data.filters.state) {
          <p class="notice state-note">
            Pay and growth are {{ stateLabel() }}’s where published; where they are not, the national figure
            is shown and labelled “United States”.
          </p>
        }

        <h2 id="results-heading" class="results-heading" tabindex="-1">{{ resultsText() }}</h2>

        @if (model.cards.length) {
          <form method="get" action="/compare" (submit)="compare($event)" aria-labelledby="results-heading">
            <ul class="career-list">
              @for (card of model.cards; track card.entry.id) {
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
                              ><a [href]="pagePath() + '#source-' + fact.note">[{{ fact.note }}]</a></sup
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
                      [checked]="picked().includes(card.entry.slug)"
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
                >{{ picked().length }} selected; choose {{ min }} to {{ max }}. {{ compareMessage() }}</span
              >
            </div>
          </form>
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
          <nav class="pagination" aria-label="Pages of results">
            <ul>
              @if (data.results.page > 1) {
                <li>
                  <a routerLink="/careers" [queryParams]="pageQuery(data.results.page - 1)" rel="prev"
                    >Previous</a
                  >
                </li>
              }
              @for (n of pages(); track $index) {
                <li>
                  @if (n === null) {
                    <span class="gap" aria-hidden="true">…</span>
                  } @else if (n === data.results.page) {
                    <a aria-current="page" routerLink="/careers" [queryParams]="pageQuery(n)">{{ n }}</a>
                  } @else {
                    <a routerLink="/careers" [queryParams]="pageQuery(n)">{{ n }}</a>
                  }
                </li>
              }
              @if (data.results.page < pageCount()) {
                <li>
                  <a routerLink="/careers" [queryParams]="pageQuery(data.results.page + 1)" rel="next"
                    >Next</a
                  >
                </li>
              }
            </ul>
          </nav>
        }

        @if (model.sources.length) {
          <cs-source-list [sources]="model.sources" />
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
  protected readonly pages = computed(() => pageNumbers(this.data()?.results.page ?? 1, this.pageCount()));
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

  protected pageQuery(page: number): Record<string, string> {
    const filters = this.data()?.filters;
    return filters ? toCareerQueryParams({ ...filters, page }) : {};
  }

  protected search(filters: CareerFilters): void {
    void this.router.navigate(['/careers'], { queryParams: toCareerQueryParams(filters) });
  }

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
