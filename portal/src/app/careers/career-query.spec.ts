import { convertToParamMap } from '@angular/router';

import {
  EMPTY_CAREER_FILTERS,
  careerFiltersFromParams,
  hasCareerFilters,
  toCareerApiQuery,
  toCareerQueryParams,
} from './career-query';

describe('career finder filters in the URL', () => {
  it('reads every filter from the URL', () => {
    const filters = careerFiltersFromParams(
      convertToParamMap({
        q: ' nurse ',
        education: 'bachelors-degree',
        minPay: '40000',
        maxPay: '90000',
        growth: '-2.5',
        bright: '1',
        state: 'wi',
        sort: 'pay',
        page: '3',
      }),
    );

    expect(filters).toEqual({
      q: 'nurse',
      education: 'bachelors-degree',
      minPay: 40_000,
      maxPay: 90_000,
      growth: -2.5,
      bright: true,
      state: 'WI',
      sort: 'pay',
      page: 3,
    });
  });

  it('drops values the API would refuse instead of failing the page', () => {
    const filters = careerFiltersFromParams(
      convertToParamMap({
        education: "Bachelor's degree",
        minPay: 'lots',
        maxPay: '-5',
        growth: '5000',
        bright: 'maybe',
        state: 'XX',
        sort: 'salary',
        page: '0',
      }),
    );

    expect(filters).toEqual(EMPTY_CAREER_FILTERS);
  });

  it('accepts pay typed with a dollar sign and commas, and swaps a range given backwards', () => {
    const filters = careerFiltersFromParams(convertToParamMap({ minPay: '$90,000', maxPay: '40000' }));

    expect([filters.minPay, filters.maxPay]).toEqual([40_000, 90_000]);
  });

  it('writes only the filters that are set, leaving out the default sort and page 1', () => {
    expect(toCareerQueryParams(EMPTY_CAREER_FILTERS)).toEqual({});
    expect(
      toCareerQueryParams({
        ...EMPTY_CAREER_FILTERS,
        q: 'coder',
        minPay: 0,
        growth: 0,
        bright: true,
        page: 2,
      }),
    ).toEqual({ q: 'coder', minPay: '0', growth: '0', bright: '1', page: '2' });
    expect(toCareerQueryParams({ ...EMPTY_CAREER_FILTERS, sort: 'openings', state: 'TX' })).toEqual({
      state: 'TX',
      sort: 'openings',
    });
  });

  it('reads back what it writes', () => {
    const filters = {
      ...EMPTY_CAREER_FILTERS,
      q: 'lab tech',
      education: 'associates-degree',
      maxPay: 60_000,
      growth: 4.5,
      bright: true,
      state: 'AZ',
      sort: 'growth' as const,
      page: 4,
    };

    expect(careerFiltersFromParams(convertToParamMap(toCareerQueryParams(filters)))).toEqual(filters);
  });

  it('asks the API for one page of 20 with the same filters, best match first unless a sort is chosen', () => {
    expect(toCareerApiQuery({ ...EMPTY_CAREER_FILTERS, q: 'coder', sort: 'pay' }).sort).toBe('pay');
    expect(toCareerApiQuery({ ...EMPTY_CAREER_FILTERS, q: 'coder', bright: true, state: 'WI' })).toEqual({
      q: 'coder',
      education: undefined,
      minPay: undefined,
      maxPay: undefined,
      growth: undefined,
      bright: true,
      state: 'WI',
      sort: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('counts a sort or a page as no filter', () => {
    expect(hasCareerFilters({ ...EMPTY_CAREER_FILTERS, sort: 'pay', page: 3 })).toBe(false);
    expect(hasCareerFilters({ ...EMPTY_CAREER_FILTERS, growth: 0 })).toBe(true);
  });
});
