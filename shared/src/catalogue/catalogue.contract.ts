import type { CatalogueScope } from './catalogue-scope.js';
import type { Page } from '../common/page.contract.js';
import type { PublicationInfo } from '../public/public.contract.js';

/** `GET /api/catalogue/scope` (editors and admins) and `PUT` (admins, with the version it started from). */
export interface CatalogueScopeView extends CatalogueScope {
  version: number;
  updatedAt: string;
}

export interface UpdateCatalogueScopeRequest extends CatalogueScope {
  version: number;
}

/**
 * Typical education needed for entry, as BLS Employment Projections names it (Table 5.4), from
 * least to most.
 */
export const ENTRY_EDUCATION_LEVELS = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
] as const;
export type EntryEducationLevel = (typeof ENTRY_EDUCATION_LEVELS)[number];

/** The URL slug of each entry education level (`/careers?education=postsecondary-nondegree-award`). */
export function entryEducationSlug(level: string): string {
  return level
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** How the finder sorts. */
export const CATALOGUE_SORTS = ['title', 'pay', 'growth', 'openings'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

/**
 * The "bright outlook" mark: projected growth at least twice the all-occupations rate of the same
 * projections, or at least this many new jobs over the projection decade.
 */
export const BRIGHT_OUTLOOK_GROWTH_MULTIPLE = 2;
export const BRIGHT_OUTLOOK_NEW_JOBS = 100_000;

export function isBrightOutlook(
  percentChange: number | null,
  allOccupationsPercentChange: number | null,
  numericChange: number | null,
): boolean {
  const fastGrowth =
    percentChange !== null &&
    allOccupationsPercentChange !== null &&
    allOccupationsPercentChange > 0 &&
    percentChange >= BRIGHT_OUTLOOK_GROWTH_MULTIPLE * allOccupationsPercentChange;
  return fastGrowth || (numericChange !== null && numericChange >= BRIGHT_OUTLOOK_NEW_JOBS);
}

/** Query of `GET /api/public/occupations` (and of the `/careers` finder's URL). */
export interface PublicOccupationQuery {
  /** Words of a title or an alternate title; tolerant of small misspellings. */
  q?: string;
  /** An entry education slug (`entryEducationSlug`). */
  education?: string;
  /** Median annual pay bounds, in dollars. */
  minPay?: number;
  maxPay?: number;
  /** Minimum projected growth over the decade, in percent (may be negative). */
  growth?: number;
  /** Only occupations with the bright outlook mark. */
  bright?: boolean;
  /** A two-letter state: pay and growth are that state's where published. */
  state?: string;
  sort?: CatalogueSort;
  page?: number;
  pageSize?: number;
}

/** One occupation in the finder: the figures it filters and sorts on, each with its source. */
export interface CatalogueEntryView {
  id: string;
  slug: string;
  title: string;
  shortTitle: string;
  socCode: string;
  summaryHtml: string;
  /** O*NET alternate titles, for search and to show why a search matched. */
  alternateTitles: string[];
  /** The alternate title the search matched, when it was not the title itself. */
  matchedTitle: string | null;
  /** Median annual wage (the state's when a state was asked for and published), newest period. */
  medianPay: number | null;
  /** "May 2024"; null without a figure. */
  payPeriod: string | null;
  /** `US` or the state the pay and growth are for. */
  areaCode: string;
  paySourceId: string | null;
  /** Projected growth over the decade, percent (the state's when asked for and published). */
  growthPercent: number | null;
  /** New jobs over the decade. */
  newJobs: number | null;
  /** Average annual openings, where the projections give them. */
  openings: number | null;
  /** "2024–34". */
  projectionPeriod: string | null;
  projectionSourceId: string | null;
  typicalEducation: string | null;
  educationSourceId: string | null;
  brightOutlook: boolean;
}

export interface PublicOccupationListResponse extends Page<CatalogueEntryView> {
  publication: PublicationInfo;
  /** The all-occupations growth the bright-outlook rule compares against, with its period and source. */
  baseline: { percentChange: number; period: string; sourceId: string } | null;
  /** Entry education levels at least one occupation has, in order, with their slugs. */
  educationLevels: Array<{ slug: string; label: string; count: number }>;
}
