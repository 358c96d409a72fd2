import type { ParamMap } from '@angular/router';
import {
  CREDENTIAL_LEVELS,
  type CredentialLevel,
  DELIVERY_MODES,
  type DeliveryMode,
  type PublicSchoolQuery,
  isSlug,
} from '@careerscope/shared';

export const SCHOOLS_PAGE_SIZE = 10;
export const MAX_COMPARED_SCHOOLS = 10;

/** The directory's filters as they appear in the URL. */
export interface SchoolFilters {
  occupation: string;
  state: string;
  delivery: string;
  credential: string;
  accreditation: string;
  q: string;
  page: number;
}

export const EMPTY_FILTERS: SchoolFilters = {
  occupation: '',
  state: '',
  delivery: '',
  credential: '',
  accreditation: '',
  q: '',
  page: 1,
};

/** Reads the filters from the URL, dropping any value the API would refuse. */
export function filtersFromParams(params: ParamMap): SchoolFilters {
  const get = (name: string) => (params.get(name) ?? '').trim();
  const slugOrEmpty = (value: string) => (isSlug(value) ? value : '');
  const state = get('state').toUpperCase();
  const page = Number(get('page'));
  return {
    occupation: slugOrEmpty(get('occupation')),
    state: /^[A-Z]{2}$/.test(state) ? state : '',
    delivery: (DELIVERY_MODES as readonly string[]).includes(get('delivery')) ? get('delivery') : '',
    credential: (CREDENTIAL_LEVELS as readonly string[]).includes(get('credential')) ? get('credential') : '',
    accreditation: slugOrEmpty(get('accreditation')),
    q: get('q').slice(0, 100),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export function toApiQuery(filters: SchoolFilters): PublicSchoolQuery {
  return {
    occupation: filters.occupation || undefined,
    state: filters.state || undefined,
    delivery: (filters.delivery || undefined) as DeliveryMode | undefined,
    credential: (filters.credential || undefined) as CredentialLevel | undefined,
    accreditation: filters.accreditation || undefined,
    q: filters.q || undefined,
    page: filters.page,
    pageSize: SCHOOLS_PAGE_SIZE,
  };
}

/** The URL query for filters: empty values and page 1 left out, so every result set has one URL. */
export function toQueryParams(filters: Partial<SchoolFilters>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ['occupation', 'state', 'delivery', 'credential', 'accreditation', 'q'] as const) {
    const value = filters[key];
    if (value) params[key] = value;
  }
  if (filters.page && filters.page > 1) params['page'] = String(filters.page);
  return params;
}

export function hasFilters(filters: SchoolFilters): boolean {
  return Object.keys(toQueryParams({ ...filters, page: 1 })).length > 0;
}
