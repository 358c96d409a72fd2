import type { ParamMap } from '@angular/router';
import {
  CREDENTIAL_LEVELS,
  type CredentialLevel,
  DELIVERY_MODES,
  type DeliveryMode,
  MAX_SCHOOL_RADIUS,
  type PublicSchoolQuery,
  SCHOOL_SORTS,
  type SchoolSort,
  isSlug,
} from '@careerscope/shared';

export const SCHOOLS_PAGE_SIZE = 10;
export const MAX_COMPARED_SCHOOLS = 10;

/** The directory's filters as they appear in the URL. */
export interface SchoolFilters {
  occupation: string;
  state: string;
  zip: string;
  /** Miles, as typed in the URL ('' for any distance). */
  radius: string;
  delivery: string;
  credential: string;
  accreditation: string;
  /** Whole dollars ('' for any cost). */
  maxCost: string;
  sort: string;
  q: string;
  /** '1' lists schools IPEDS reports closed too (after the open ones); '' leaves them out. */
  closed: string;
  page: number;
}

export const EMPTY_FILTERS: SchoolFilters = {
  occupation: '',
  state: '',
  zip: '',
  radius: '',
  delivery: '',
  credential: '',
  accreditation: '',
  maxCost: '',
  sort: '',
  q: '',
  closed: '',
  page: 1,
};

/** The radius choices the filters offer, in miles. */
export const RADIUS_CHOICES = [10, 25, 50, 100, 250] as const;

/** URL parameter names, in the order the URL carries them. */
const PARAMS = [
  'occupation',
  'state',
  'zip',
  'radius',
  'delivery',
  'credential',
  'accreditation',
  'maxCost',
  'sort',
  'q',
  'closed',
] as const;

/** Reads the filters from the URL, dropping any value the API would refuse. */
export function filtersFromParams(params: ParamMap): SchoolFilters {
  const get = (name: string) => (params.get(name) ?? '').trim();
  const slugOrEmpty = (value: string) => (isSlug(value) ? value : '');
  const state = get('state').toUpperCase();
  const page = Number(get('page'));
  // Kept as typed (bounded): the API says what is wrong with a ZIP code, beside the field.
  const zip = get('zip').slice(0, 10);
  const radius = Number(get('radius'));
  const maxCost = Number(get('maxCost'));
  const sort = (SCHOOL_SORTS as readonly string[]).includes(get('sort')) ? get('sort') : '';
  return {
    occupation: slugOrEmpty(get('occupation')),
    state: /^[A-Z]{2}$/.test(state) ? state : '',
    zip,
    radius:
      zip && get('radius') && Number.isInteger(radius) && radius >= 1 && radius <= MAX_SCHOOL_RADIUS
        ? String(radius)
        : '',
    maxCost:
      get('maxCost') && Number.isInteger(maxCost) && maxCost >= 0 && maxCost <= 1_000_000
        ? String(maxCost)
        : '',
    sort: sort === 'distance' && !zip ? '' : sort,
    delivery: (DELIVERY_MODES as readonly string[]).includes(get('delivery')) ? get('delivery') : '',
    credential: (CREDENTIAL_LEVELS as readonly string[]).includes(get('credential')) ? get('credential') : '',
    accreditation: slugOrEmpty(get('accreditation')),
    q: get('q').slice(0, 100),
    closed: get('closed') === '1' ? '1' : '',
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
    zip: filters.zip || undefined,
    radius: filters.radius ? Number(filters.radius) : undefined,
    maxCost: filters.maxCost ? Number(filters.maxCost) : undefined,
    sort: (filters.sort || undefined) as SchoolSort | undefined,
    q: filters.q || undefined,
    includeClosed: filters.closed === '1' || undefined,
    page: filters.page,
    pageSize: SCHOOLS_PAGE_SIZE,
  };
}

/** The URL query for filters: empty values and page 1 left out, so every result set has one URL. */
export function toQueryParams(filters: Partial<SchoolFilters>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of PARAMS) {
    const value = filters[key];
    if (value) params[key] = value;
  }
  if (filters.page && filters.page > 1) params['page'] = String(filters.page);
  return params;
}

export function hasFilters(filters: SchoolFilters): boolean {
  return Object.keys(toQueryParams({ ...filters, page: 1 })).length > 0;
}
