import type {
  AreaType,
  CertificationRequirement,
  ComparisonRowKind,
  CredentialLevel,
  DeliveryMode,
  WageFlag,
} from '../common/enums.js';
import type { Page } from '../common/page.contract.js';

/**
 * What the public API serves: the current publication, or (signed in, `?preview=1`) the working copy
 * rendered the same way. Every figure carries the id of its source; the page lists those sources as
 * footnotes. Markdown prose arrives as sanitized HTML (`…Html`).
 */

/**
 * Every published answer of `/api/public/*` names its publication in this header (and in its ETag).
 * A caller that makes several requests for one page (server rendering) asks for that same publication
 * with `?publication=N`, so the page never mixes two publications. A superseded publication is served
 * for a few minutes after the next one goes live (long enough for a render), then answers 410.
 */
export const PUBLICATION_HEADER = 'X-Publication';
export const PUBLICATION_QUERY_PARAMETER = 'publication';

export interface PublicationInfo {
  /** 1, 2, 3 … ; 0 for a preview of the working copy. */
  number: number;
  publishedAt: string;
  note: string;
  preview: boolean;
}

export interface SourceView {
  id: string;
  /** Stable citation key, e.g. `bls-oews-2024`. */
  key: string;
  publisher: string;
  title: string;
  url: string | null;
  /** e.g. "May 2024" or "2024–34". */
  referencePeriod: string | null;
  /** ISO date the source was last read. */
  retrievedOn: string | null;
  /** Short label used in running text, e.g. "BLS 2025". */
  citation: string;
}

/** One value as BLS publishes it: a number, or a flag instead of a number. */
export interface FlaggedValue {
  value: number | null;
  flag: WageFlag | null;
}

export interface WagePercentiles {
  p10: FlaggedValue;
  p25: FlaggedValue;
  median: FlaggedValue;
  p75: FlaggedValue;
  p90: FlaggedValue;
}

export interface WageStatisticView {
  id: string;
  socCode: string;
  socTitle: string;
  areaType: AreaType;
  /** `US` for national estimates, a two-letter code for states. */
  areaCode: string;
  areaName: string;
  /** "May 2024". */
  referencePeriod: string;
  periodYear: number;
  employment: FlaggedValue;
  meanAnnual: FlaggedValue;
  annual: WagePercentiles;
  meanHourly: FlaggedValue;
  hourly: WagePercentiles;
  sourceId: string;
}

export interface EmploymentProjectionView {
  id: string;
  socCode: string;
  socTitle: string;
  /** `US` for national projections, a two-letter code for a state's (Projections Central). */
  areaCode: string;
  areaName: string;
  /** Average annual openings over the decade, where the projections give them. */
  averageAnnualOpenings: number | null;
  baseYear: number;
  targetYear: number;
  baseEmployment: number;
  targetEmployment: number;
  numericChange: number;
  /** As printed in the projections table, one decimal (12.5). */
  percentChange: number;
  /** As BLS words it in prose, computed from the unrounded figures (12). */
  wholePercentChange: number;
  allOccupationsPercentChange: number;
  /** "much faster than average", … */
  growthComparison: string;
  sourceId: string;
}

export interface WorkSettingView {
  id: string;
  name: string;
  percent: number;
  sourceId: string;
}

export interface EducationPathView {
  id: string;
  credentialLevel: CredentialLevel;
  minMonths: number;
  maxMonths: number | null;
  note: string | null;
  sourceId: string;
}

export interface AccreditationBodyView {
  id: string;
  slug: string;
  name: string;
  abbreviation: string;
  url: string | null;
  /** The body that recognises this accreditor, e.g. "Council for Higher Education Accreditation (CHEA)". */
  recognizedBy: string | null;
  descriptionHtml: string;
  /** The body's own page first, then further sources. */
  sourceIds: string[];
}

export interface CertifyingBodyView {
  id: string;
  slug: string;
  name: string;
  abbreviation: string;
  url: string | null;
  sourceId: string;
}

export interface CredentialView {
  id: string;
  slug: string;
  name: string;
  abbreviation: string;
  certifyingBodyId: string | null;
  renewalPeriodMonths: number | null;
  renewalUnits: number | null;
  /** What a unit is called: "points", "CEUs" … */
  renewalUnitName: string | null;
  renewalNoteHtml: string;
  sourceId: string;
}

export interface CertificationView {
  id: string;
  requirement: CertificationRequirement;
  certifyingBody: CertifyingBodyView | null;
  credential: CredentialView | null;
  noteHtml: string;
  sourceId: string;
}

export interface OccupationSectionView {
  key: string;
  title: string;
  html: string;
  sourceIds: string[];
}

export interface ProgramView {
  id: string;
  name: string;
  occupationSlug: string;
  occupationTitle: string;
  credentialLevel: CredentialLevel | null;
  delivery: DeliveryMode;
  minMonths: number | null;
  maxMonths: number | null;
  accreditationBodySlug: string | null;
  url: string | null;
  /** CIP 2020 code, when the program came from IPEDS completions. */
  cipCode: string | null;
  /** IPEDS award level (see AWARD_LEVELS). */
  awardLevel: number | null;
  /** Awards conferred in `completionsYear` (IPEDS completions, first majors). */
  completions: number | null;
  completionsYear: number | null;
  completionsSourceId: string | null;
  /**
   * The completions year (2023: the 2022–23 awards) whose IPEDS file no longer reports the program,
   * or null while it is reported; see programVanishedMark.
   */
  vanishedIn: number | null;
}

export interface SchoolSummaryView {
  id: string;
  slug: string;
  name: string;
  city: string;
  state: string;
  website: string | null;
  ipedsUnitId: number | null;
  programs: ProgramView[];
  sourceId: string | null;
  zip: string | null;
  /** Decimal degrees, from the listing or else from its ZIP code's centroid; null when neither is known. */
  latitude: number | null;
  longitude: number | null;
  /** IPEDS sector (see SCHOOL_SECTOR_LABELS). */
  sector: number | null;
  /** Published yearly tuition and required fees, full-time undergraduates (IPEDS IC_AY), in dollars. */
  tuitionInDistrict: number | null;
  tuitionInState: number | null;
  tuitionOutOfState: number | null;
  booksAndSupplies: number | null;
  /** Academic year the charges are for (2022 → 2022–23). */
  pricesYear: number | null;
  pricesSourceId: string | null;
  /** The day IPEDS reports the institution closed (ISO date), or null while it is open; see schoolClosedMark. */
  closedOn: string | null;
}

export interface OccupationSummaryView {
  id: string;
  slug: string;
  title: string;
  shortTitle: string;
  socCode: string;
  summaryHtml: string;
}

export interface OccupationView extends OccupationSummaryView {
  /** The BLS category's own title, e.g. "Medical Records Specialists". */
  socTitle: string;
  /** Why this BLS category measures the occupation, when it is not an exact match. */
  socNoteHtml: string;
  dutiesHtml: string;
  skills: string[];
  skillsSourceId: string | null;
  specializations: string[];
  specializationsSourceId: string | null;
  sections: OccupationSectionView[];
  /** National figures for every reference period, newest first, then state figures. */
  wages: WageStatisticView[];
  projections: EmploymentProjectionView[];
  workSettings: WorkSettingView[];
  educationPaths: EducationPathView[];
  accreditationBodies: AccreditationBodyView[];
  certifications: CertificationView[];
  /** A few of the schools that train for it (hand-entered listings first, then most awards); `/schools` lists all. */
  schools: SchoolSummaryView[];
  /** How many schools have a program for it (absent in publications made before schools were counted). */
  schoolCount?: number;
  /** Facts from the public data files; the page shows them where no editor wrote prose. */
  data: OccupationDataView;
  /** Whether `summaryHtml` is an editor's text or the O*NET description. */
  summarySource: 'editorial' | 'data';
  /** Every source this page cites, in order of first use. */
  sources: SourceView[];
  updatedAt: string;
}

/** The attribution O*NET's CC BY 4.0 licence asks for, wherever O*NET content is shown. */
export const ONET_ATTRIBUTION =
  'This page includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';

/** Facts about an occupation from public data (O*NET, BLS Employment Projections). */
export interface OccupationDataView {
  /** O*NET's description of the occupation; null when none is imported. */
  description: string | null;
  /** O*NET core tasks. */
  tasks: string[];
  alternateTitles: string[];
  /** O*NET specialties of this SOC occupation (`29-1141.01` Acute Care Nurses …). */
  specialties: Array<{ onetSocCode: string; title: string; description: string | null }>;
  /** Related occupations by O*NET tier; `slug` when the occupation is in the catalogue. */
  related: Array<{ socCode: string; title: string; slug: string | null; tier: string }>;
  hotTechnologies: string[];
  /** Skills by O*NET importance (1–5), most important first. */
  skills: Array<{ name: string; importance: number }>;
  jobZone: { zone: number; name: string } | null;
  /** The O*NET source every fact above cites (it names the release). */
  onetSourceId: string | null;
  /** BLS Employment Projections, Table 5.4. */
  education: {
    typicalEducation: string;
    workExperience: string;
    onTheJobTraining: string;
    year: number;
    sourceId: string;
  } | null;
}

export interface AuthorView {
  slug: string;
  name: string;
  jobTitle: string;
  bioHtml: string;
}

/** One row of a comparison: a label and, per compared occupation, a cell built from its data. */
export interface ComparisonRowView {
  key: string;
  /** Heading of the group the row belongs to ("Meeting the Requirements"), or null. */
  group: string | null;
  label: string;
  kind: ComparisonRowKind;
  /** One cell per occupation, in the comparison's column order. */
  cells: ComparisonCellView[];
}

/**
 * One cell. `html` is sanitized prose (may be empty); `figures` are the structured, cited figures
 * the cell shows; `items` is a list (schools, skills, settings …). Each figure and item names its
 * source so the page can footnote it.
 */
export interface ComparisonCellView {
  occupationSlug: string;
  html: string;
  figures: CellFigure[];
  items: CellItem[];
  sourceIds: string[];
}

export interface CellFigure {
  /** "Employed (2024)", "Median annual wage" … */
  label: string;
  /** Formatted for display: "811,000", "$44,200", "12%". */
  display: string;
  /** The raw value, for charts and CSV. */
  value: number | null;
  flag: WageFlag | null;
  sourceId: string;
  /** "May 2024", "2024–34". */
  referencePeriod: string;
}

export interface CellItem {
  text: string;
  /** Optional detail shown after the text: "57%", "Denver, CO". */
  detail: string | null;
  href: string | null;
  sourceId: string | null;
}

export interface ComparisonSummaryView {
  slug: string;
  title: string;
  occupationSlugs: string[];
}

export interface ComparisonView extends ComparisonSummaryView {
  introHtml: string;
  author: AuthorView | null;
  occupations: OccupationSummaryView[];
  rows: ComparisonRowView[];
  sources: SourceView[];
  publication: PublicationInfo;
}

export interface PublicHomeView {
  publication: PublicationInfo;
  comparisons: ComparisonSummaryView[];
  occupations: OccupationSummaryView[];
  /** Headline figures and ways in, computed from the catalogue's national figures. */
  highlights: HomeHighlights;
}

/** A career as a home-page entry point lists it: its title and the figure it is listed for. */
export interface HomeCareerView {
  slug: string;
  title: string;
  /** National median annual wage, newest period. */
  medianPay: number | null;
  payPeriod: string | null;
  paySourceId: string | null;
  /** National projected growth over the decade, percent. */
  growthPercent: number | null;
  projectionPeriod: string | null;
  projectionSourceId: string | null;
  /** BLS typical entry education. */
  typicalEducation: string | null;
  educationSourceId: string | null;
}

export interface HomeHighlights {
  /** Published careers. */
  careerCount: number;
  /** Careers whose BLS typical entry education is below a bachelor's degree. */
  withoutBachelorsCount: number;
  /** New jobs projected nationally over the decade, summed across the careers that have a projection. */
  projectedNewJobs: number | null;
  /** "2024–34". */
  projectionPeriod: string | null;
  fastestGrowing: HomeCareerView[];
  bestPaidWithoutBachelors: HomeCareerView[];
  /** Lowest typical entry education first, best paid first within a level. */
  shortestTraining: HomeCareerView[];
  /** The sources the figures above cite. */
  sources: SourceView[];
}

export interface PublicOccupationResponse extends OccupationView {
  publication: PublicationInfo;
}

export const SCHOOL_SORTS = ['name', 'distance', 'cost', 'awards'] as const;
export type SchoolSort = (typeof SCHOOL_SORTS)[number];
export const SCHOOL_SORT_LABELS: Readonly<Record<SchoolSort, string>> = {
  name: 'Name',
  distance: 'Distance',
  cost: 'Yearly cost, lowest first',
  awards: 'Awards, most first',
};
/** Search radius from a ZIP code, in miles. */
export const MAX_SCHOOL_RADIUS = 500;
export const DEFAULT_SCHOOL_RADIUS = 50;

/** Filters of `GET /api/public/schools`. */
export interface PublicSchoolQuery {
  occupation?: string;
  state?: string;
  /** Five-digit ZIP code: distances are measured from its centroid. */
  zip?: string;
  /** Miles from `zip` (needs `zip`). */
  radius?: number;
  delivery?: DeliveryMode;
  credential?: CredentialLevel;
  accreditation?: string;
  /** Highest yearly cost in dollars (tuition and fees plus books and supplies). */
  maxCost?: number;
  sort?: SchoolSort;
  q?: string;
  /** List schools IPEDS reports closed too (after the open ones); by default they are left out. */
  includeClosed?: boolean;
  page?: number;
  pageSize?: number;
}

/** What a year at a school costs a visitor, from its published charges. */
export interface SchoolYearlyCost {
  /** Tuition and required fees for the residency below. */
  tuition: number;
  residency: 'in-district' | 'in-state' | 'out-of-state';
  booksAndSupplies: number | null;
  /** Tuition and fees plus books and supplies. */
  total: number;
  /** Academic year (2022 → 2022–23). */
  year: number;
  sourceId: string | null;
}

/** One school in the directory's results, with only the programs that match the filters. */
export interface SchoolListItemView extends SchoolSummaryView {
  /** Miles from the ZIP code's centroid, one decimal; null without a ZIP or without coordinates. */
  distanceMiles: number | null;
  cost: SchoolYearlyCost | null;
  /** Awards of the matching programs in their latest completions year. */
  awards: number | null;
  awardsYear: number | null;
  /** Listed outside the state or radius asked for because its programs are online (open to every state). */
  onlineElsewhere: boolean;
}

export interface PublicSchoolsResponse extends Page<SchoolListItemView> {
  publication: PublicationInfo;
  /** The ZIP code's place, when one was given ("Dallas, TX"). */
  origin: { zip: string; place: string; state: string } | null;
}

export interface PublicSourcesResponse {
  publication: PublicationInfo;
  items: SourceView[];
}

/** Query of `GET /api/public/comparisons?o=a,b`: an ad-hoc comparison of published occupations. */
export const MIN_COMPARED_OCCUPATIONS = 2;
export const MAX_COMPARED_OCCUPATIONS = 5;

/**
 * The cost and payback of one program, each input with its source and year. Total cost = (yearly
 * tuition and fees + books and supplies) × months ÷ 12; payback years = total cost ÷ (10 % of the
 * career's median annual pay in the school's state).
 */
export interface ProgramPaybackView {
  programId: string;
  /** Months used for the estimate, and where they come from. */
  months: number | null;
  monthsBasis: 'program' | 'award-level' | null;
  /** The residency whose tuition the estimate uses (in-district where the school publishes one). */
  yearly: SchoolYearlyCost | null;
  totalCost: number | null;
  /** Median annual pay of the career: the school's state, or national when the state has none. */
  pay: {
    median: number;
    area: 'state' | 'national';
    areaName: string;
    referencePeriod: string;
    sourceId: string;
  } | null;
  /** Years of paying 10 % of that pay to cover the total cost, one decimal. */
  paybackYears: number | null;
}

/** Share of yearly pay the payback estimate puts toward the cost of a program. */
export const PAYBACK_SHARE_OF_PAY = 0.1;

/** `GET /api/public/schools/:slug`: one school with every program it offers. */
export interface PublicSchoolResponse extends SchoolSummaryView {
  publication: PublicationInfo;
  /** Miles from `?zip=`'s centroid, when one was given. */
  distanceMiles: number | null;
  /** Cost and payback of each program, in the order of `programs`. */
  paybacks: ProgramPaybackView[];
  /** The accreditors its programs name, for their full names and links. */
  accreditationBodies: AccreditationBodyView[];
  /** Sources the page cites (listing, charges, completions, wages). */
  sources: SourceView[];
}

/** An option of a school-directory filter. */
export interface SchoolFilterOption {
  value: string;
  label: string;
}

/**
 * Query of `GET /api/public/school-filters`: like the directory, closed schools count only when
 * asked for, so every value offered lists at least one school with the same `includeClosed`.
 */
export type PublicSchoolFiltersQuery = Pick<PublicSchoolQuery, 'includeClosed'>;

/**
 * `GET /api/public/school-filters`: the values the school directory's filters can take in the
 * current publication (only values that at least one program of a school the directory lists has).
 */
export interface PublicSchoolFiltersView {
  publication: PublicationInfo;
  occupations: SchoolFilterOption[];
  states: SchoolFilterOption[];
  deliveryModes: SchoolFilterOption[];
  credentialLevels: SchoolFilterOption[];
  accreditationBodies: SchoolFilterOption[];
}
export * from './us-states.js';
