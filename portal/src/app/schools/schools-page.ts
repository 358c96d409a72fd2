import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  CREDENTIAL_LEVEL_LABELS,
  type CredentialLevel,
  DELIVERY_MODE_LABELS,
  type DeliveryMode,
  type ProgramView,
  type PublicSchoolFiltersView,
  type PublicSchoolsResponse,
  type SchoolListItemView,
  formatCount,
  formatMonths,
  programVanishedMark,
  schoolClosedMark,
} from '@careerscope/shared';

import { PublicationLine } from '../citations/publication-line';
import type { PageResult } from '../core/page/page-result';
import { Pagination } from '../core/page/pagination';
import { PageMeta } from '../core/seo/page-meta';
import { UnavailableNotice } from '../not-found/unavailable-notice';
import { academicYear, yearlyCostLine } from './school-costs-view';
import { SchoolFiltersForm } from './school-filters';
import { MAX_COMPARED_SCHOOLS, type SchoolFilters, hasFilters, toQueryParams } from './school-query';

export interface SchoolsPageData {
  filters: SchoolFilters;
  options: PublicSchoolFiltersView;
  /** Null when the API refused the ZIP code (`zipError` says why). */
  results: PublicSchoolsResponse | null;
  zipError: string | null;
}

/** `/schools`: the directory — filter, search, paginate, pick up to 10 to compare. */
@Component({
  selector: 'cs-schools-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .school-facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: 0.25rem 1rem;
      margin: 0.5rem 0;
    }
    .school-facts dt {
      font-weight: 600;
    }
    .school-facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .online-note {
      font-style: italic;
    }
  `,
  imports: [RouterLink, SchoolFiltersForm, Pagination, PublicationLine, UnavailableNotice],
  template: `
    @if (data(); as data) {
      <h1>Find a school</h1>
      <!--
        Apart from the filters, the directory is static until a visitor uses it: each part stays as the
        server rendered it (not hydrated) until someone interacts with it, and the introduction never is.
        A block that is not hydrated does not update, so each is keyed on what it shows and rendered
        afresh when that changes (another search, another page of results).
      -->
      @for (shown of [data]; track shown) {
        <div>
          @defer (on immediate; hydrate never) {
            <p class="lede">
              Programs that prepare for the careers we compare, by state, delivery, credential and
              accreditation. Listings are not endorsements; check a program's accreditation with the
              accreditor.
            </p>
            <p class="lede">
              Yearly cost is the published tuition and required fees plus books and supplies (IPEDS, academic
              year shown): in-district or in-state for a visitor in the school's state, out-of-state
              otherwise. Awards are the credentials a school conferred in the matching programs (IPEDS
              completions, year shown).
            </p>
            @if (shown.results) {
              <cs-publication-line [publication]="shown.results.publication" />
            }
          }
        </div>
      }

      <cs-school-filters
        [options]="data.options"
        [filters]="data.filters"
        [zipError]="data.zipError"
        (changed)="search($event)"
      />

      @if (data.results; as results) {
        <h2 id="results-heading" class="results-heading" tabindex="-1">
          {{ resultsText() }}
        </h2>

        @if (results.items.length) {
          @for (shown of [results]; track shown) {
            <div>
              @defer (on immediate; hydrate on interaction) {
                <form
                  method="get"
                  action="/schools/compare"
                  (submit)="compare($event)"
                  aria-labelledby="results-heading"
                >
                  @if (zipQuery().zip) {
                    <input type="hidden" name="zip" [value]="zipQuery().zip" />
                  }
                  @if (data.filters.occupation) {
                    <input type="hidden" name="occupation" [value]="data.filters.occupation" />
                  }
                  <ul class="school-list">
                    @for (school of results.items; track school.id) {
                      <li class="school-card">
                        <div class="school-card__head">
                          <h3>
                            <a [routerLink]="['/schools', school.slug]" [queryParams]="zipQuery()">{{
                              school.name
                            }}</a>
                          </h3>
                          <span class="detail-inline">{{ school.city }}, {{ school.state }}</span>
                        </div>
                        @if (closedMark(school); as closed) {
                          <p class="notice" data-mark="closed">
                            <strong>{{ closed }}.</strong> IPEDS reports this school closed.
                          </p>
                        }
                        <dl class="school-facts">
                          @if (results.origin) {
                            <div>
                              <dt>Distance</dt>
                              <dd>{{ distanceText(school, results.origin.place) }}</dd>
                            </div>
                          }
                          <div>
                            <dt>Yearly cost</dt>
                            <dd>{{ costText(school) }}</dd>
                          </div>
                          <div>
                            <dt>Awards</dt>
                            <dd>{{ awardsText(school) }}</dd>
                          </div>
                        </dl>
                        @if (school.onlineElsewhere) {
                          <p class="online-note">
                            Listed for its online programs, which are open to students in every state.
                          </p>
                        }
                        <ul class="programs">
                          @for (program of school.programs; track program.id) {
                            <li>{{ programLine(program) }}</li>
                          }
                        </ul>
                        <div class="compare-toggle">
                          <input
                            type="checkbox"
                            name="s"
                            [id]="'compare-' + school.slug"
                            [value]="school.slug"
                            [attr.checked]="picked().includes(school.slug) ? '' : null"
                            [disabled]="!picked().includes(school.slug) && picked().length >= maxCompared"
                            (change)="toggle(school.slug, $event)"
                          />
                          <label [for]="'compare-' + school.slug">Compare {{ school.name }}</label>
                        </div>
                      </li>
                    }
                  </ul>
                  <div class="compare-bar">
                    <button type="submit">Compare selected schools</button>
                    <span role="status"
                      >{{ picked().length }} of at most {{ maxCompared }} selected.
                      {{ compareMessage() }}</span
                    >
                  </div>
                </form>
              }
            </div>
          }
        } @else {
          <p>
            No school matches these filters.
            @if (data.filters.radius) {
              Try a larger distance, or
            }
            <a routerLink="/schools">clear the filters</a>.
          </p>
        }

        @if (pageCount() > 1) {
          @for (shown of [results]; track shown) {
            <div>
              @defer (on immediate; hydrate on interaction) {
                <cs-pagination
                  path="/schools"
                  [page]="shown.page"
                  [count]="pageCount()"
                  [queryFor]="pageQuery"
                />
              }
            </div>
          }
        }
      } @else {
        <p role="alert">{{ data.zipError }} Correct the ZIP code to see schools near it.</p>
      }
    } @else {
      <cs-unavailable-notice />
    }
  `,
})
export class SchoolsPage {
  readonly page = input.required<PageResult<SchoolsPageData>>();

  private readonly router = inject(Router);
  private readonly pageMeta = inject(PageMeta);
  protected readonly maxCompared = MAX_COMPARED_SCHOOLS;
  protected readonly picked = signal<string[]>([]);
  protected readonly compareMessage = signal('');

  protected readonly data = computed(() => {
    const page = this.page();
    return page.kind === 'ok' ? page.data : null;
  });
  protected readonly pageCount = computed(() => {
    const results = this.data()?.results;
    return results && results.pageSize > 0 ? Math.ceil(results.total / results.pageSize) : 0;
  });
  protected readonly zipQuery = computed((): { zip?: string } => {
    const zip = this.data()?.filters.zip;
    return zip && /^[0-9]{5}$/.test(zip) ? { zip } : {};
  });
  protected readonly resultsText = computed(() => {
    const data = this.data();
    const results = data?.results;
    if (!data || !results) return '';
    const near = results.origin
      ? data.filters.radius
        ? ` within ${data.filters.radius} miles of ${results.origin.place} ${results.origin.zip}`
        : ` by distance from ${results.origin.place} ${results.origin.zip}`
      : '';
    const total = `${formatCount(results.total)} ${results.total === 1 ? 'school' : 'schools'}${near}`;
    if (results.total <= results.pageSize) return total;
    const first = (results.page - 1) * results.pageSize + 1;
    return `${total}, showing ${first}–${Math.min(results.total, first + results.items.length - 1)}`;
  });

  constructor() {
    effect(() => {
      const data = this.data();
      if (!data) return;
      const filtered = hasFilters(data.filters) || data.filters.page > 1;
      this.pageMeta.set({
        title: 'Find a school',
        description:
          'Schools with medical assisting and medical coding programs: filter by state, online or campus delivery, credential and accreditation.',
        // Filtered views are many; the unfiltered directory is the page to index.
        canonicalPath: filtered ? null : '/schools',
      });
    });
  }

  protected programLine(program: ProgramView): string {
    return [
      `${program.name} (${program.occupationTitle})`,
      program.delivery === 'online'
        ? 'Online, open to students in every state'
        : DELIVERY_MODE_LABELS[program.delivery as DeliveryMode],
      program.credentialLevel ? CREDENTIAL_LEVEL_LABELS[program.credentialLevel as CredentialLevel] : null,
      program.minMonths !== null ? formatMonths(program.minMonths, program.maxMonths) : null,
      programVanishedMark(program) ??
        (program.completions !== null && program.completionsYear !== null
          ? `${formatCount(program.completions)} awards in ${academicYear(program.completionsYear - 1)}`
          : null),
      program.accreditationBodySlug ? `accredited (${program.accreditationBodySlug.toUpperCase()})` : null,
    ]
      .filter(Boolean)
      .join(' · ');
  }

  protected closedMark(school: SchoolListItemView): string | null {
    return schoolClosedMark(school);
  }

  protected distanceText(school: SchoolListItemView, place: string): string {
    return school.distanceMiles === null
      ? 'Location not published'
      : `${school.distanceMiles.toFixed(1)} miles from ${place}`;
  }

  protected costText(school: SchoolListItemView): string {
    return school.cost ? yearlyCostLine(school.cost) : 'Charges not published';
  }

  protected awardsText(school: SchoolListItemView): string {
    if (school.awards === null) return 'Not reported';
    const year = school.awardsYear === null ? '' : ` in ${academicYear(school.awardsYear - 1)}`;
    return `${formatCount(school.awards)} ${school.awards === 1 ? 'award' : 'awards'}${year}`;
  }

  /** The query of page `page` of these results (a property: the pagination calls it). */
  protected readonly pageQuery = (page: number): Record<string, string> => {
    const filters = this.data()?.filters;
    return filters ? toQueryParams({ ...filters, page }) : {};
  };

  protected search(filters: SchoolFilters): void {
    void this.router.navigate(['/schools'], { queryParams: toQueryParams(filters) });
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
        ? [...picked.filter((s) => s !== slug), slug].slice(0, MAX_COMPARED_SCHOOLS)
        : picked.filter((s) => s !== slug),
    );
  }

  protected compare(event: Event): void {
    event.preventDefault();
    const picked = this.picked();
    if (picked.length < 2) {
      this.compareMessage.set('Select at least 2 schools to compare.');
      return;
    }
    this.compareMessage.set('');
    void this.router.navigate(['/schools/compare'], {
      queryParams: {
        s: picked.join(','),
        ...this.zipQuery(),
        ...(this.data()?.filters.occupation ? { occupation: this.data()?.filters.occupation } : {}),
      },
    });
  }
}
