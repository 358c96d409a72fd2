import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { PublicSchoolFiltersView } from '@careerscope/shared';

import { EMPTY_FILTERS, type SchoolFilters } from './school-query';

/**
 * The directory's filters: a plain GET form to /schools, so it works before the scripts load; in
 * the browser, submitting emits the filters and the page navigates without a reload. A new search
 * always starts at page 1.
 */
@Component({
  selector: 'cs-school-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
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
          <option value="" [selected]="!filters().occupation">Any career</option>
          @for (option of options().occupations; track option.value) {
            <option [value]="option.value" [selected]="option.value === filters().occupation">
              {{ option.label }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-state">State</label>
        <select id="filter-state" name="state">
          <option value="" [selected]="!filters().state">Any state</option>
          @for (option of options().states; track option.value) {
            <option [value]="option.value" [selected]="option.value === filters().state">
              {{ option.label }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-delivery">Delivery</label>
        <select id="filter-delivery" name="delivery">
          <option value="" [selected]="!filters().delivery">Campus, online or hybrid</option>
          @for (option of options().deliveryModes; track option.value) {
            <option [value]="option.value" [selected]="option.value === filters().delivery">
              {{ option.label }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-credential">Credential</label>
        <select id="filter-credential" name="credential">
          <option value="" [selected]="!filters().credential">Any credential</option>
          @for (option of options().credentialLevels; track option.value) {
            <option [value]="option.value" [selected]="option.value === filters().credential">
              {{ option.label }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-accreditation">Accreditation</label>
        <select id="filter-accreditation" name="accreditation">
          <option value="" [selected]="!filters().accreditation">Any or none</option>
          @for (option of options().accreditationBodies; track option.value) {
            <option [value]="option.value" [selected]="option.value === filters().accreditation">
              {{ option.label }}
            </option>
          }
        </select>
      </div>
      <div class="field field--actions">
        <button type="submit">Show schools</button>
      </div>
    </form>
  `,
})
export class SchoolFiltersForm {
  readonly options = input.required<PublicSchoolFiltersView>();
  readonly filters = input.required<SchoolFilters>();
  readonly changed = output<SchoolFilters>();

  protected submit(event: Event): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    this.changed.emit({
      ...EMPTY_FILTERS,
      q: value('q'),
      occupation: value('occupation'),
      state: value('state'),
      delivery: value('delivery'),
      credential: value('credential'),
      accreditation: value('accreditation'),
      page: 1,
    });
  }
}
