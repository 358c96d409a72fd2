import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type PublicSchoolFiltersView, SCHOOL_SORT_LABELS, SCHOOL_SORTS } from '@careerscope/shared';

import { FilterPanel, foldFilterPanel } from '../core/forms/filter-panel';
import { SelectedOption } from '../core/forms/selected-option';
import { EMPTY_FILTERS, RADIUS_CHOICES, type SchoolFilters } from './school-query';

/**
 * The directory's filters: a plain GET form to /schools, so it works before the scripts load; in
 * the browser, submitting emits the filters and the page navigates without a reload. A new search
 * always starts at page 1.
 */
@Component({
  selector: 'cs-school-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterPanel, SelectedOption],
  template: `
    <!-- A ZIP code the API refused keeps the filters open beside its message. -->
    <cs-filter-panel label="Filter schools" [applied]="activeCount()" [open]="!!zipError()">
      <form
        class="filters"
        method="get"
        action="/schools"
        role="search"
        aria-label="Schools"
        (submit)="submit($event)"
      >
        <div class="field field--wide">
          <label for="filter-q">School name or city</label>
          <input id="filter-q" name="q" type="search" maxlength="100" [value]="filters().q" />
        </div>
        <div class="field">
          <label for="filter-occupation">Career</label>
          <select id="filter-occupation" name="occupation">
            <option value="" [csSelected]="!filters().occupation">Any career</option>
            @for (option of options().occupations; track option.value) {
              <option [value]="option.value" [csSelected]="option.value === filters().occupation">
                {{ option.label }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="filter-state">State</label>
          <select id="filter-state" name="state">
            <option value="" [csSelected]="!filters().state">Any state</option>
            @for (option of options().states; track option.value) {
              <option [value]="option.value" [csSelected]="option.value === filters().state">
                {{ option.label }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="filter-zip">Near ZIP code</label>
          <input
            id="filter-zip"
            name="zip"
            type="text"
            inputmode="numeric"
            autocomplete="postal-code"
            maxlength="5"
            pattern="[0-9]{5}"
            [value]="filters().zip"
            [attr.aria-invalid]="zipError() ? 'true' : null"
            [attr.aria-describedby]="zipError() ? 'filter-zip-error' : null"
          />
          @if (zipError()) {
            <p id="filter-zip-error" class="field-error">{{ zipError() }}</p>
          }
        </div>
        <div class="field">
          <label for="filter-radius">Within</label>
          <select id="filter-radius" name="radius">
            <option value="" [csSelected]="!filters().radius">Any distance</option>
            @for (miles of radiusChoices; track miles) {
              <option [value]="miles" [csSelected]="String(miles) === filters().radius">
                {{ miles }} miles
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="filter-delivery">Delivery</label>
          <select id="filter-delivery" name="delivery">
            <option value="" [csSelected]="!filters().delivery">Campus, online or hybrid</option>
            @for (option of options().deliveryModes; track option.value) {
              <option [value]="option.value" [csSelected]="option.value === filters().delivery">
                {{ option.label }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="filter-credential">Credential</label>
          <select id="filter-credential" name="credential">
            <option value="" [csSelected]="!filters().credential">Any credential</option>
            @for (option of options().credentialLevels; track option.value) {
              <option [value]="option.value" [csSelected]="option.value === filters().credential">
                {{ option.label }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="filter-accreditation">Accreditation</label>
          <select id="filter-accreditation" name="accreditation">
            <option value="" [csSelected]="!filters().accreditation">Any or none</option>
            @for (option of options().accreditationBodies; track option.value) {
              <option [value]="option.value" [csSelected]="option.value === filters().accreditation">
                {{ option.label }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="filter-max-cost">Yearly cost up to ($)</label>
          <input
            id="filter-max-cost"
            name="maxCost"
            type="number"
            min="0"
            step="500"
            inputmode="numeric"
            [value]="filters().maxCost"
          />
        </div>
        <div class="field">
          <label for="filter-sort">Sort by</label>
          <select id="filter-sort" name="sort">
            <option value="" [csSelected]="!filters().sort">Distance with a ZIP code, else name</option>
            @for (sort of sorts; track sort) {
              <option [value]="sort" [csSelected]="sort === filters().sort">{{ sortLabels[sort] }}</option>
            }
          </select>
        </div>
        <div class="field field--wide field--check">
          <input
            id="filter-closed"
            name="closed"
            type="checkbox"
            value="1"
            [checked]="filters().closed === '1'"
          />
          <label for="filter-closed">Also list schools that have closed (listed last)</label>
        </div>
        <p class="field field--wide hint">
          Online programs are open to students in every state: choose Online delivery to list them wherever
          the school is.
        </p>
        <div class="field field--actions">
          <button type="submit">Show schools</button>
        </div>
      </form>
    </cs-filter-panel>
  `,
})
export class SchoolFiltersForm {
  readonly options = input.required<PublicSchoolFiltersView>();
  readonly filters = input.required<SchoolFilters>();
  /** The API's message about the ZIP code, shown beside the field. */
  readonly zipError = input<string | null>(null);
  readonly changed = output<SchoolFilters>();

  protected readonly radiusChoices = RADIUS_CHOICES;
  protected readonly sorts = SCHOOL_SORTS;
  protected readonly sortLabels = SCHOOL_SORT_LABELS;
  protected readonly String = String;
  /** How many filters narrow the list (the sort order is not one). */
  protected readonly activeCount = computed(() => {
    const { q, occupation, state, zip, radius, delivery, credential, accreditation, maxCost } =
      this.filters();
    return [q, occupation, state, zip, radius, delivery, credential, accreditation, maxCost].filter(Boolean)
      .length;
  });

  protected submit(event: Event): void {
    event.preventDefault();
    const element = event.target as HTMLFormElement;
    foldFilterPanel(element);
    const form = new FormData(element);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    this.changed.emit({
      ...EMPTY_FILTERS,
      q: value('q'),
      occupation: value('occupation'),
      state: value('state'),
      zip: value('zip'),
      radius: value('zip') ? value('radius') : '',
      maxCost: value('maxCost'),
      sort: value('sort') === 'distance' && !value('zip') ? '' : value('sort'),
      delivery: value('delivery'),
      credential: value('credential'),
      accreditation: value('accreditation'),
      closed: value('closed') === '1' ? '1' : '',
      page: 1,
    });
  }
}
