import type { ACCREDITATION_BODY_SHAPE } from '../accreditation/accreditation.contract.js';
import type { AUTHOR_SHAPE } from '../authors/authors.contract.js';
import type { CERTIFYING_BODY_SHAPE, CREDENTIAL_SHAPE } from '../certification/certification.contract.js';
import type { COMPARISON_ROW_SHAPE, COMPARISON_SHAPE } from '../comparisons/comparisons.contract.js';
import type { RecordType } from '../editorial/editorial.contract.js';
import type { BundleValues } from '../editorial/record-shape.js';
import type {
  EDUCATION_PATH_SHAPE,
  OCCUPATION_CERTIFICATION_SHAPE,
  OCCUPATION_SECTION_SHAPE,
  OCCUPATION_SHAPE,
  OCCUPATION_SOC_CODE_SHAPE,
  WORK_SETTING_SHAPE,
} from '../occupations/occupations.contract.js';
import type { EMPLOYMENT_PROJECTION_SHAPE } from '../projections/projections.contract.js';
import type { PROGRAM_SHAPE, SCHOOL_SHAPE } from '../schools/schools.contract.js';
import type { SOURCE_SHAPE } from '../sources/sources.contract.js';
import type { WAGE_STATISTIC_SHAPE } from '../wages/wages.contract.js';

/**
 * All editorial content as one JSON document, keyed by natural keys (slugs, source keys, SOC codes)
 * rather than database ids. The seed article is written in this format, `npm run content:export`
 * writes it and `npm run content:import` reads it.
 */
export const CONTENT_BUNDLE_FORMAT = 'careerscope-content';
export const CONTENT_BUNDLE_FORMAT_VERSION = 1;

export interface ContentBundle {
  format: typeof CONTENT_BUNDLE_FORMAT;
  formatVersion: typeof CONTENT_BUNDLE_FORMAT_VERSION;
  sources: BundleSource[];
  authors: BundleAuthor[];
  accreditationBodies: BundleAccreditationBody[];
  certifyingBodies: BundleCertifyingBody[];
  credentials: BundleCredential[];
  occupations: BundleOccupation[];
  wageStatistics: BundleWageStatistic[];
  employmentProjections: BundleEmploymentProjection[];
  schools: BundleSchool[];
  comparisons: BundleComparison[];
}

/**
 * How each record type sits in the file, beside its shape (see BundleValues): the fields its place
 * implies, and the fields left out while they hold nothing or their default. Read-only fields (what
 * IPEDS wrote) are always left out while empty.
 */
export const BUNDLE_FORMATS = {
  occupationSection: { implied: ['occupationId', 'position'], sparse: [] },
  occupationCertification: { implied: ['occupationId', 'position'], sparse: [] },
  educationPath: { implied: ['occupationId', 'position'], sparse: [] },
  workSetting: { implied: ['occupationId', 'position'], sparse: [] },
  occupationSocCode: { implied: ['occupationId'], sparse: [] },
  /** A state's projection (Projections Central) states its area; the national one leaves it out. */
  employmentProjection: { implied: [], sparse: ['areaCode', 'areaName', 'averageAnnualOpenings'] },
  /** What IPEDS says about a school, each field left out when not known. */
  school: { implied: [], sparse: ['zip', 'latitude', 'longitude'] },
  /** What IPEDS says about a program; left out of programs typed in by hand. */
  program: { implied: ['schoolId'], sparse: ['cipCode', 'awardLevel'] },
  comparisonRow: { implied: ['comparisonId', 'position'], sparse: [] },
} as const satisfies Partial<Record<RecordType, { implied: readonly string[]; sparse: readonly string[] }>>;

type Format = typeof BUNDLE_FORMATS;
type Implied<T extends keyof Format> = Format[T]['implied'][number];
type Sparse<T extends keyof Format> = Format[T]['sparse'][number];

/** The field naming each record type in the file: what other records refer to it by. */
export const BUNDLE_NATURAL_KEYS = {
  source: 'key',
  author: 'slug',
  occupation: 'slug',
  accreditationBody: 'slug',
  certifyingBody: 'slug',
  credential: 'slug',
  school: 'slug',
  comparison: 'slug',
} as const satisfies Partial<Record<RecordType, string>>;

/** The natural key field of a record type, if other records of the file refer to it by one. */
export function naturalKeyOf(type: RecordType): string | undefined {
  return (BUNDLE_NATURAL_KEYS as Partial<Record<RecordType, string>>)[type];
}

/** How a record type sits in the file (see BUNDLE_FORMATS); nothing implied, nothing sparse by default. */
export function bundleFormatOf(type: RecordType): { implied: readonly string[]; sparse: readonly string[] } {
  return (
    (
      BUNDLE_FORMATS as Partial<Record<RecordType, { implied: readonly string[]; sparse: readonly string[] }>>
    )[type] ?? { implied: [], sparse: [] }
  );
}

export type BundleSource = BundleValues<typeof SOURCE_SHAPE>;
export type BundleAuthor = BundleValues<typeof AUTHOR_SHAPE>;
export type BundleAccreditationBody = BundleValues<typeof ACCREDITATION_BODY_SHAPE>;
export type BundleCertifyingBody = BundleValues<typeof CERTIFYING_BODY_SHAPE>;
export type BundleCredential = BundleValues<typeof CREDENTIAL_SHAPE>;
export type BundleOccupationSection = BundleValues<
  typeof OCCUPATION_SECTION_SHAPE,
  Implied<'occupationSection'>
>;
export type BundleCertification = BundleValues<
  typeof OCCUPATION_CERTIFICATION_SHAPE,
  Implied<'occupationCertification'>
>;
export type BundleEducationPath = BundleValues<typeof EDUCATION_PATH_SHAPE, Implied<'educationPath'>>;
export type BundleWorkSetting = BundleValues<typeof WORK_SETTING_SHAPE, Implied<'workSetting'>>;
/**
 * Which SOC code measured the occupation in which years, for releases before a SOC revision. Files
 * written before SOC code periods existed have no `socCodePeriods`: read as none.
 */
export type BundleSocCodePeriod = BundleValues<
  typeof OCCUPATION_SOC_CODE_SHAPE,
  Implied<'occupationSocCode'>
>;

export type BundleOccupation = BundleValues<typeof OCCUPATION_SHAPE> & {
  sections: BundleOccupationSection[];
  certifications: BundleCertification[];
  educationPaths: BundleEducationPath[];
  workSettings: BundleWorkSetting[];
  socCodePeriods: BundleSocCodePeriod[];
};

/** Values are numbers, or null with the BLS flag that stood in the file. */
export type BundleWageStatistic = BundleValues<typeof WAGE_STATISTIC_SHAPE>;

export const WAGE_VALUE_FIELDS = [
  'employment',
  'meanAnnual',
  'p10Annual',
  'p25Annual',
  'medianAnnual',
  'p75Annual',
  'p90Annual',
  'meanHourly',
  'p10Hourly',
  'p25Hourly',
  'medianHourly',
  'p75Hourly',
  'p90Hourly',
] as const;
export type WageValueField = (typeof WAGE_VALUE_FIELDS)[number];

/** Every wage value empty: what a new wage statistic starts from before figures are entered. */
export function emptyWageValues(): Record<WageValueField, null> {
  return Object.fromEntries(WAGE_VALUE_FIELDS.map((field) => [field, null])) as Record<WageValueField, null>;
}

export type BundleEmploymentProjection = BundleValues<
  typeof EMPLOYMENT_PROJECTION_SHAPE,
  never,
  Sparse<'employmentProjection'>
>;

export type BundleProgram = BundleValues<typeof PROGRAM_SHAPE, Implied<'program'>, Sparse<'program'>>;

export type BundleSchool = BundleValues<typeof SCHOOL_SHAPE, never, Sparse<'school'>> & {
  programs: BundleProgram[];
};

export type BundleComparisonRow = BundleValues<typeof COMPARISON_ROW_SHAPE, Implied<'comparisonRow'>>;

export type BundleComparison = BundleValues<typeof COMPARISON_SHAPE> & { rows: BundleComparisonRow[] };
