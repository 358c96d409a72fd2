import type { ParamMap } from '@angular/router';
import {
  CATALOGUE_SORTS,
  type CatalogueSort,
  type PublicOccupationQuery,
  US_STATE_NAMES,
  isSlug,
} from '@careerscope/shared';

export const CAREERS_PAGE_SIZE = 20;
/** Bounds a URL may ask for; anything outside is dropped rather than sent to the API. */
const MAX_PAY = 10_000_000;
const MAX_PAGE = 10_000;

/** The finder's filters as they appear in the URL (`/careers?q=nurse&bright=1&sort=pay`). */
export interface CareerFilters {
  q: string;
  /** An entry education slug. */
  education: string;
  minPay: number | null;
  maxPay: number | null;
  /** Minimum projected growth, percent; may be negative. */
  growth: number | null;
  bright: boolean;
  state: string;
  /** `relevance`: best match first when searching, else by title (the API's default). */
  sort: CareerSort;
  page: number;
}

export type CareerSort = CatalogueSort | 'relevance';

export const EMPTY_CAREER_FILTERS: CareerFilters = {
  q: '',
  education: '',
  minPay: null,
  maxPay: null,
  growth: null,
  bright: false,
  state: '',
  sort: 'relevance',
  page: 1,
};

/** A number from a form or URL value; null when blank or not a finite number within the bounds. */
export function parseNumber(value: string, min: number, max: number): number | null {
  const text = value.trim().replace(/[$,\s%]/g, '');
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) && number >= min && number <= max ? number : null;
}

/** The filters from raw values (the URL's, or a submitted form's), dropping any the API would refuse. */
export function parseCareerFilters(get: (name: string) => string): CareerFilters {
  const value = (name: string) => get(name).trim();
  const state = value('state').toUpperCase();
  const sort = value('sort');
  const page = Number(value('page'));
  const pay = (name: string) => {
    const number = parseNumber(value(name), 0, MAX_PAY);
    return number === null ? null : Math.round(number);
  };
  let minPay = pay('minPay');
  let maxPay = pay('maxPay');
  // A range typed the wrong way round is still the range the visitor meant.
  if (minPay !== null && maxPay !== null && minPay > maxPay) [minPay, maxPay] = [maxPay, minPay];
  const bright = value('bright');
  return {
    q: value('q').slice(0, 100),
    education: isSlug(value('education')) ? value('education') : '',
    minPay,
    maxPay,
    growth: parseNumber(value('growth'), -100, 1000),
    bright: bright === '1' || bright === 'true' || bright === 'on',
    state: state in US_STATE_NAMES ? state : '',
    sort: (CATALOGUE_SORTS as readonly string[]).includes(sort) ? (sort as CatalogueSort) : 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

export function careerFiltersFromParams(params: ParamMap): CareerFilters {
  return parseCareerFilters((name) => params.get(name) ?? '');
}

export function toCareerApiQuery(filters: CareerFilters): PublicOccupationQuery {
  return {
    q: filters.q || undefined,
    education: filters.education || undefined,
    minPay: filters.minPay ?? undefined,
    maxPay: filters.maxPay ?? undefined,
    growth: filters.growth ?? undefined,
    bright: filters.bright || undefined,
    state: filters.state || undefined,
    sort: filters.sort === 'relevance' ? undefined : filters.sort,
    page: filters.page,
    pageSize: CAREERS_PAGE_SIZE,
  };
}

/**
 * The URL query for filters: empty values, the default sort and page 1 left out, so every result set
 * has one URL.
 */
export function toCareerQueryParams(filters: Partial<CareerFilters>): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.q) params['q'] = filters.q;
  if (filters.education) params['education'] = filters.education;
  if (filters.minPay !== null && filters.minPay !== undefined) params['minPay'] = String(filters.minPay);
  if (filters.maxPay !== null && filters.maxPay !== undefined) params['maxPay'] = String(filters.maxPay);
  if (filters.growth !== null && filters.growth !== undefined) params['growth'] = String(filters.growth);
  if (filters.bright) params['bright'] = '1';
  if (filters.state) params['state'] = filters.state;
  if (filters.sort && filters.sort !== 'relevance') params['sort'] = filters.sort;
  if (filters.page && filters.page > 1) params['page'] = String(filters.page);
  return params;
}

export function hasCareerFilters(filters: CareerFilters): boolean {
  return Object.keys(toCareerQueryParams({ ...filters, sort: 'relevance', page: 1 })).length > 0;
}
