import type {
  CertificationRequirement,
  ComparisonRowKind,
  CredentialLevel,
  DeliveryMode,
} from '../common/enums.js';
import type { ProgramEditableField, SchoolEditableField } from '../schools/schools.contract.js';
import type { WageStatisticFields } from '../wages/wages.contract.js';

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

export interface BundleSource {
  key: string;
  publisher: string;
  title: string;
  url: string | null;
  referencePeriod: string | null;
  /** ISO date (YYYY-MM-DD). */
  retrievedOn: string | null;
  /** Short label for running text: "BLS 2025". */
  citation: string;
}

export interface BundleAuthor {
  slug: string;
  name: string;
  jobTitle: string;
  bioMarkdown: string;
}

export interface BundleAccreditationBody {
  slug: string;
  name: string;
  abbreviation: string;
  url: string | null;
  recognizedBy: string | null;
  descriptionMarkdown: string;
  /** Occupations whose programs this body accredits. */
  occupations: string[];
  /** The body's own page. */
  source: string;
  /** Further sources, e.g. for who recognises the body. */
  sources: string[];
}

export interface BundleCertifyingBody {
  slug: string;
  name: string;
  abbreviation: string;
  url: string | null;
  source: string;
}

export interface BundleCredential {
  slug: string;
  name: string;
  abbreviation: string;
  certifyingBody: string | null;
  renewalPeriodMonths: number | null;
  renewalUnits: number | null;
  renewalUnitName: string | null;
  renewalNoteMarkdown: string;
  source: string;
}

export interface BundleOccupationSection {
  key: string;
  title: string;
  bodyMarkdown: string;
  sources: string[];
}

export interface BundleCertification {
  requirement: CertificationRequirement;
  certifyingBody: string | null;
  credential: string | null;
  noteMarkdown: string;
  source: string;
}

export interface BundleEducationPath {
  credentialLevel: CredentialLevel;
  minMonths: number;
  maxMonths: number | null;
  note: string | null;
  source: string;
}

export interface BundleWorkSetting {
  name: string;
  percent: number;
  source: string;
}

/**
 * Which SOC code measured the occupation in which years, for releases before a SOC revision. Files
 * written before SOC code periods existed have no `socCodePeriods`: read as none.
 */
export interface BundleSocCodePeriod {
  socCode: string;
  fromYear: number | null;
  toYear: number | null;
  note: string | null;
}

export interface BundleOccupation {
  slug: string;
  title: string;
  shortTitle: string;
  socCode: string;
  socTitle: string;
  socNoteMarkdown: string;
  summaryMarkdown: string;
  dutiesMarkdown: string;
  skills: string[];
  skillsSource: string | null;
  specializations: string[];
  specializationsSource: string | null;
  sections: BundleOccupationSection[];
  certifications: BundleCertification[];
  educationPaths: BundleEducationPath[];
  workSettings: BundleWorkSetting[];
  socCodePeriods: BundleSocCodePeriod[];
}

/** Values are numbers, or null with the BLS flag that stood in the file. */
export interface BundleWageStatistic extends WageStatisticFields {
  source: string;
}

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

export interface BundleEmploymentProjection {
  socCode: string;
  socTitle: string;
  baseYear: number;
  targetYear: number;
  baseEmployment: number;
  targetEmployment: number;
  numericChange: number;
  percentChange: number;
  allOccupationsPercentChange: number;
  source: string;
  /** A state's projection (Projections Central); left out for the national one (`US`). */
  areaCode?: string;
  areaName?: string;
  /** Left out when not stated. */
  averageAnnualOpenings?: number;
}

/**
 * What IPEDS says about a program; left out of programs typed in by hand. Source keys name bundle
 * sources.
 */
export interface BundleProgramIpeds {
  cipCode?: string;
  awardLevel?: number;
  completions?: number;
  completionsYear?: number;
  completionsSource?: string;
  vanishedIn?: number;
  /** Fields an admin edited by hand, which an IPEDS refresh keeps. */
  handEdited?: ProgramEditableField[];
}

/** What IPEDS says about a school; each field left out when not known. */
export interface BundleSchoolIpeds {
  zip?: string;
  latitude?: number;
  longitude?: number;
  sector?: number;
  closedOn?: string;
  directoryYear?: number;
  tuitionInDistrict?: number;
  tuitionInState?: number;
  tuitionOutOfState?: number;
  booksAndSupplies?: number;
  pricesYear?: number;
  pricesSource?: string;
  handEdited?: SchoolEditableField[];
}

export interface BundleProgram extends BundleProgramIpeds {
  occupation: string;
  name: string;
  credentialLevel: CredentialLevel | null;
  delivery: DeliveryMode;
  minMonths: number | null;
  maxMonths: number | null;
  accreditationBody: string | null;
  url: string | null;
}

export interface BundleSchool extends BundleSchoolIpeds {
  slug: string;
  name: string;
  city: string;
  state: string;
  website: string | null;
  ipedsUnitId: number | null;
  source: string | null;
  programs: BundleProgram[];
}

export interface BundleComparisonRow {
  key: string;
  group: string | null;
  label: string;
  kind: ComparisonRowKind;
  /** For `section` rows: which occupation section fills the cell. Other kinds may add prose from it too. */
  sectionKey: string | null;
  /** For `schools` rows: which delivery mode to list. */
  delivery: DeliveryMode | null;
}

export interface BundleComparison {
  slug: string;
  title: string;
  introMarkdown: string;
  author: string | null;
  occupations: string[];
  rows: BundleComparisonRow[];
}
