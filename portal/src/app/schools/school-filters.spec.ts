import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import type { PublicSchoolFiltersView } from '@careerscope/shared';

import { publicationFixture } from '../../testing/sources.fixture';
import { SchoolFiltersForm } from './school-filters';
import {
  EMPTY_FILTERS,
  type SchoolFilters,
  filtersFromParams,
  toApiQuery,
  toQueryParams,
} from './school-query';

const options: PublicSchoolFiltersView = {
  publication: publicationFixture,
  occupations: [
    { value: 'certified-medical-assistant', label: 'Certified Medical Assistant (CMA)' },
    { value: 'medical-coder', label: 'Medical Coder' },
  ],
  states: [
    { value: 'AZ', label: 'Arizona' },
    { value: 'WI', label: 'Wisconsin' },
  ],
  deliveryModes: [
    { value: 'campus', label: 'On campus' },
    { value: 'online', label: 'Online' },
  ],
  credentialLevels: [{ value: 'associate', label: 'Associate degree' }],
  accreditationBodies: [
    { value: 'caahep', label: 'CAAHEP (Commission on Accreditation of Allied Health Education Programs)' },
  ],
};

function render(filters: SchoolFilters): { el: HTMLElement; emitted: SchoolFilters[] } {
  TestBed.configureTestingModule({ imports: [SchoolFiltersForm] });
  const fixture = TestBed.createComponent(SchoolFiltersForm);
  fixture.componentRef.setInput('options', options);
  fixture.componentRef.setInput('filters', filters);
  const emitted: SchoolFilters[] = [];
  fixture.componentInstance.changed.subscribe((value) => emitted.push(value));
  fixture.detectChanges();
  return { el: fixture.nativeElement as HTMLElement, emitted };
}

const selectValue = (el: HTMLElement, id: string) => (el.querySelector(`#${id}`) as HTMLSelectElement).value;

describe('SchoolFiltersForm', () => {
  it('folds the form into a native disclosure that says how many filters apply, open beside a ZIP error', () => {
    const { el } = render({ ...EMPTY_FILTERS, state: 'WI', delivery: 'online', sort: 'name' });

    const details = el.querySelector('details.filter-panel');
    expect(details?.querySelector(':scope > summary')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Filter schools (2 applied)',
    );
    expect(details?.querySelector(':scope > form[role="search"]')).not.toBeNull();
    expect(details?.hasAttribute('open')).toBe(false);
    // Every text box is typed, so each takes the same height as the others.
    expect([...el.querySelectorAll('input')].map((input) => input.getAttribute('type'))).not.toContain(null);

    TestBed.resetTestingModule();
    const withError = TestBed.createComponent(SchoolFiltersForm);
    withError.componentRef.setInput('options', options);
    withError.componentRef.setInput('filters', { ...EMPTY_FILTERS, zip: '00000' });
    withError.componentRef.setInput('zipError', 'No place has ZIP code 00000.');
    withError.detectChanges();
    expect((withError.nativeElement as HTMLElement).querySelector('details')?.hasAttribute('open')).toBe(
      true,
    );
  });

  it('labels every control and submits to /schools with GET, so it works without scripts', () => {
    const { el } = render(EMPTY_FILTERS);

    const form = el.querySelector('form');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/schools');
    for (const control of el.querySelectorAll('input, select')) {
      expect(el.querySelector(`label[for="${control.id}"]`)?.textContent?.trim()).toBeTruthy();
    }
    expect([...el.querySelectorAll('select')].map((s) => s.getAttribute('name'))).toEqual([
      'occupation',
      'state',
      'radius',
      'delivery',
      'credential',
      'accreditation',
      'sort',
    ]);
  });

  it('shows the filters from the URL as the selected values', () => {
    const { el } = render({ ...EMPTY_FILTERS, state: 'WI', delivery: 'online', q: 'tech' });

    expect(selectValue(el, 'filter-state')).toBe('WI');
    expect(selectValue(el, 'filter-delivery')).toBe('online');
    expect(selectValue(el, 'filter-occupation')).toBe('');
    expect((el.querySelector('#filter-q') as HTMLInputElement).value).toBe('tech');
  });

  it("marks every filter from the URL selected in the server's HTML, where only attributes count", () => {
    const { el } = render({
      ...EMPTY_FILTERS,
      occupation: 'medical-coder',
      state: 'WI',
      zip: '53703',
      radius: '50',
      delivery: 'online',
      credential: 'associate',
      accreditation: 'caahep',
      sort: 'cost',
    });

    const chosen = [...el.querySelectorAll('select')].map((select) => [
      select.name,
      [...select.options].filter((option) => option.hasAttribute('selected')).map((option) => option.value),
      select.value,
    ]);
    expect(chosen).toEqual([
      ['occupation', ['medical-coder'], 'medical-coder'],
      ['state', ['WI'], 'WI'],
      ['radius', ['50'], '50'],
      ['delivery', ['online'], 'online'],
      ['credential', ['associate'], 'associate'],
      ['accreditation', ['caahep'], 'caahep'],
      ['sort', ['cost'], 'cost'],
    ]);
  });

  it('moves the selected attribute with the filters when the page navigates without a reload', () => {
    TestBed.configureTestingModule({ imports: [SchoolFiltersForm] });
    const fixture = TestBed.createComponent(SchoolFiltersForm);
    fixture.componentRef.setInput('options', options);
    fixture.componentRef.setInput('filters', { ...EMPTY_FILTERS, state: 'WI' });
    fixture.detectChanges();
    fixture.componentRef.setInput('filters', EMPTY_FILTERS);
    fixture.detectChanges();

    const state = (fixture.nativeElement as HTMLElement).querySelector('#filter-state') as HTMLSelectElement;
    expect(state.value).toBe('');
    expect(
      [...state.options].filter((option) => option.hasAttribute('selected')).map((o) => o.value),
    ).toEqual(['']);
  });

  it('emits the chosen filters, back on page 1, when submitted', () => {
    const { el, emitted } = render({ ...EMPTY_FILTERS, page: 3 });

    (el.querySelector('#filter-state') as HTMLSelectElement).value = 'WI';
    (el.querySelector('#filter-delivery') as HTMLSelectElement).value = 'online';
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));

    expect(emitted).toEqual([{ ...EMPTY_FILTERS, state: 'WI', delivery: 'online', page: 1 }]);
  });

  it('offers closed schools only when asked, and keeps the choice', () => {
    const { el, emitted } = render(EMPTY_FILTERS);
    const closed = el.querySelector('#filter-closed') as HTMLInputElement;
    expect(closed.checked).toBe(false);
    closed.checked = true;
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(emitted).toEqual([{ ...EMPTY_FILTERS, closed: '1', page: 1 }]);
  });

  it('shows closed schools asked for in the URL as checked', () => {
    const { el } = render({ ...EMPTY_FILTERS, closed: '1' });
    expect((el.querySelector('#filter-closed') as HTMLInputElement).checked).toBe(true);
  });
});

describe('school filters in the URL', () => {
  it('reads valid filters and drops values the API would refuse', () => {
    const filters = filtersFromParams(
      convertToParamMap({
        state: 'wi',
        delivery: 'online',
        credential: 'phd',
        occupation: 'Bad Slug',
        page: '2',
      }),
    );
    expect(filters).toEqual({ ...EMPTY_FILTERS, state: 'WI', delivery: 'online', page: 2 });
  });

  it('reads the distance, cost and sort filters, dropping a radius or distance sort without a ZIP code', () => {
    expect(
      filtersFromParams(
        convertToParamMap({ zip: '75201', radius: '50', maxCost: '12000', sort: 'distance' }),
      ),
    ).toEqual({ ...EMPTY_FILTERS, zip: '75201', radius: '50', maxCost: '12000', sort: 'distance' });
    expect(filtersFromParams(convertToParamMap({ radius: '50', sort: 'distance', maxCost: '-1' }))).toEqual(
      EMPTY_FILTERS,
    );
    expect(
      toQueryParams({ ...EMPTY_FILTERS, occupation: 'cma', zip: '75201', radius: '25', sort: 'cost' }),
    ).toEqual({ occupation: 'cma', zip: '75201', radius: '25', sort: 'cost' });
  });

  it('carries closed schools in the URL as closed=1 and asks the API for them', () => {
    expect(filtersFromParams(convertToParamMap({ closed: '1' })).closed).toBe('1');
    expect(filtersFromParams(convertToParamMap({ closed: 'yes' })).closed).toBe('');
    expect(toQueryParams({ ...EMPTY_FILTERS, closed: '1' })).toEqual({ closed: '1' });
    expect(toApiQuery({ ...EMPTY_FILTERS, closed: '1' }).includeClosed).toBe(true);
    expect(toApiQuery(EMPTY_FILTERS).includeClosed).toBeUndefined();
  });

  it('writes only the filters that are set, and page 1 not at all', () => {
    expect(toQueryParams({ ...EMPTY_FILTERS, state: 'WI', delivery: 'online' })).toEqual({
      state: 'WI',
      delivery: 'online',
    });
    expect(toQueryParams({ ...EMPTY_FILTERS, page: 2 })).toEqual({ page: '2' });
  });
});
