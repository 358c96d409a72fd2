import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { US_STATE_NAMES, compareText } from '@careerscope/shared';

import { FilterPanel, foldFilterPanel } from '../core/forms/filter-panel';
import { type CareerFilters, parseCareerFilters } from './career-query';

/** An option of the education filter, as the API lists them. */
export interface EducationOption {
  slug: string;
  label: string;
  count: number;
}

const SORT_OPTIONS = [
  { value: 'relevance', label: 'Best match' },
  { value: 'title', label: 'Title (A–Z)' },
  { value: 'pay', label: 'Median pay (highest first)' },
  { value: 'growth', label: 'Projected growth (highest first)' },
  { value: 'openings', label: 'Openings a year (most first)' },
];

/**
 * The finder's filters: a plain GET form to /careers, so it works before the scripts load; in the
 * browser, submitting emits the filters and the page navigates without a reload. A new search
 * always starts at page 1.
 */
@Component({
  selector: 'cs-career-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterPanel, RouterLink],
  template: `
    <cs-filter-panel label="Filter careers" [applied]="activeCount()">
      <form
        class="filters"
        method="get"
        action="/careers"
        role="search"
        aria-label="Careers"
        (submit)="submit($event)"
      >
        <div class="field field--wide">
          <label for="career-q">Job title or alternate title</label>
          <input id="career-q" name="q" type="search" maxlength="100" [value]="filters().q" />
        </div>
        <div class="field">
          <label for="career-education">Typical entry education</label>
          <select id="career-education" name="education">
            <option
              value=""
              [selected]="!filters().education"
              [attr.selected]="filters().education ? null : ''"
            >
              Any education
            </option>
            @for (option of educationLevels(); track option.slug) {
              <option
                [value]="option.slug"
                [selected]="option.slug === filters().education"
                [attr.selected]="option.slug === filters().education ? '' : null"
              >
                {{ option.label }} ({{ option.count }})
              </option>
            }
          </select>
        </div>
        <fieldset class="field field--range">
          <legend>Median pay a year, dollars</legend>
          <div class="range">
            <label for="career-min-pay">From</label>
            <input
              id="career-min-pay"
              name="minPay"
              type="number"
              inputmode="numeric"
              min="0"
              step="1000"
              [value]="filters().minPay ?? ''"
            />
            <label for="career-max-pay">to</label>
            <input
              id="career-max-pay"
              name="maxPay"
              type="number"
              inputmode="numeric"
              min="0"
              step="1000"
              [value]="filters().maxPay ?? ''"
            />
          </div>
        </fieldset>
        <div class="field">
          <label for="career-growth">Projected growth at least (%)</label>
          <input
            id="career-growth"
            name="growth"
            type="number"
            inputmode="decimal"
            min="-100"
            step="0.1"
            [value]="filters().growth ?? ''"
          />
        </div>
        <div class="field">
          <label for="career-state">State</label>
          <select id="career-state" name="state" aria-describedby="career-state-hint">
            <option value="" [selected]="!filters().state" [attr.selected]="filters().state ? null : ''">
              United States
            </option>
            @for (state of states; track state.code) {
              <option
                [value]="state.code"
                [selected]="state.code === filters().state"
                [attr.selected]="state.code === filters().state ? '' : null"
              >
                {{ state.name }}
              </option>
            }
          </select>
          <span id="career-state-hint" class="hint">Pay and growth become the state's where published.</span>
        </div>
        <div class="field">
          <label for="career-sort">Sort by</label>
          <select id="career-sort" name="sort">
            @for (option of sortOptions; track option.value) {
              <option
                [value]="option.value"
                [selected]="option.value === filters().sort"
                [attr.selected]="option.value === filters().sort ? '' : null"
              >
                {{ option.label }}
              </option>
            }
          </select>
        </div>
        <div class="field field--check">
          <input
            id="career-bright"
            name="bright"
            type="checkbox"
            value="1"
            [checked]="filters().bright"
            [attr.checked]="filters().bright ? '' : null"
          />
          <label for="career-bright">Bright outlook only</label>
        </div>
        <div class="field field--buttons">
          <button type="submit">Show careers</button>
          <a routerLink="/careers">Clear filters</a>
        </div>
      </form>
    </cs-filter-panel>
  `,
})
export class CareerFiltersForm {
  readonly educationLevels = input.required<EducationOption[]>();
  readonly filters = input.required<CareerFilters>();
  readonly changed = output<CareerFilters>();

  protected readonly sortOptions = SORT_OPTIONS;
  protected readonly states = Object.entries(US_STATE_NAMES)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => compareText(a.name, b.name));

  /** How many filters narrow the list (the sort order is not one). */
  protected readonly activeCount = computed(() => {
    const { q, education, minPay, maxPay, growth, state, bright } = this.filters();
    return [q, education, minPay, maxPay, growth, state, bright].filter(
      (value) => value !== null && value !== '' && value !== false,
    ).length;
  });

  protected submit(event: Event): void {
    event.preventDefault();
    const element = event.target as HTMLFormElement;
    foldFilterPanel(element);
    const form = new FormData(element);
    this.changed.emit({ ...parseCareerFilters((name) => String(form.get(name) ?? '')), page: 1 });
  }
}
