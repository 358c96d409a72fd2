import type { WageFlag } from '../common/enums.js';
import type { WageValueField } from '../content/content-bundle.contract.js';

/**
 * What an uploaded file holds: an OEWS wage release (national or state), the Employment Projections
 * occupation workbook, its education table (5.4), Projections Central's state projections, a file
 * of the O*NET database, or an IPEDS file: the institutional directory (HD), completions by program
 * (C_A), student charges (IC_AY), or the CIP 2020 → SOC 2018 crosswalk.
 */
export const IMPORT_KINDS = [
  'oews',
  'projections',
  'ep-education',
  'state-projections',
  'onet',
  'ipeds-directory',
  'ipeds-completions',
  'ipeds-prices',
  'cip-soc-crosswalk',
] as const;
export type IpedsImportKind = 'ipeds-directory' | 'ipeds-completions' | 'ipeds-prices' | 'cip-soc-crosswalk';
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How people name each kind of file ("OEWS wages"). */
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  oews: 'OEWS wages',
  projections: 'Employment Projections',
  'ep-education': 'Education and training (BLS Table 5.4)',
  'state-projections': 'State projections (Projections Central)',
  onet: 'O*NET database',
  'ipeds-directory': 'IPEDS institutional directory',
  'ipeds-completions': 'IPEDS completions by program',
  'ipeds-prices': 'IPEDS student charges',
  'cip-soc-crosswalk': 'CIP 2020 to SOC 2018 crosswalk',
};

export const IMPORT_STATUSES = ['previewed', 'applied', 'discarded'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export type ImportRowStatus = 'new' | 'changed' | 'unchanged';

export interface ImportFigureValue {
  value: number | null;
  flag: WageFlag | null;
}

/** One figure of one row: what is stored now (null when the row is new) and what the file says. */
export interface ImportFigureChange {
  field: WageValueField | ProjectionValueField;
  current: ImportFigureValue | null;
  incoming: ImportFigureValue;
  /** Relative change in percent, when both are numbers. */
  changePercent: number | null;
  /** Moved more than the threshold, or a number turned into a flag (or back). */
  suspicious: boolean;
  /**
   * For a figure of a reference period not held yet: the same figure of the newest earlier period
   * held (May 2024 beside May 2025); `changePercent` and `suspicious` then compare with it.
   */
  previous?: (ImportFigureValue & { referencePeriod: string }) | null;
}

export type ProjectionValueField =
  | 'baseEmployment'
  | 'targetEmployment'
  | 'numericChange'
  | 'percentChange'
  | 'allOccupationsPercentChange'
  | 'averageAnnualOpenings';

/** One text fact of a row (education table, O*NET): what is stored now and what the file says. */
export interface ImportTextChange {
  field: string;
  /** How people name it: "Typical education needed for entry", "Core tasks". */
  label: string;
  current: string | null;
  incoming: string;
}

export interface ImportRowPreview {
  occupationSlug: string;
  occupationTitle: string;
  socCode: string;
  /** `US` or a state code (wage releases); null for projections. */
  areaCode: string | null;
  areaName: string | null;
  status: ImportRowStatus;
  figures: ImportFigureChange[];
  /** Text facts that are new or differ (education table, O*NET files). */
  fields?: ImportTextChange[];
  /** The row belongs to an occupation the import creates. */
  newOccupation?: boolean;
  /** IPEDS files: the school listing or program the row creates or refreshes. */
  listing?: ImportListingChange;
}

/**
 * What an IPEDS row does to a school listing or one of its programs. `closed`: the directory reports
 * the institution closed; `vanished`: a newer completions file no longer lists the program (it is
 * marked, never deleted).
 */
export interface ImportListingChange {
  subject: 'institution' | 'program';
  event: 'new' | 'changed' | 'unchanged' | 'closed' | 'vanished';
  unitId: number;
  /** The institution's name (and the program's, for a program). */
  name: string;
  /** Fields an admin edited by hand that the refresh keeps as they are. */
  keptFields: string[];
}

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Tracked occupations the file has no row for. */
  unmatched: number;
  suspicious: number;
  /** IPEDS files: institutions reported closed, programs no longer listed, rows with hand edits kept. */
  closed?: number;
  vanished?: number;
  handEditsKept?: number;
  /** Occupations applying creates (in-scope codes no occupation measures yet). */
  newOccupations?: number;
}

/** `POST /api/imports` answers with this; nothing is written to the working copy until it is applied. */
export interface ImportView {
  id: string;
  version: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  /** "May 2024" or "2024–34". */
  referencePeriod: string;
  periodYear: number;
  status: ImportStatus;
  counts: ImportCounts;
  rows: ImportRowPreview[];
  unmatched: Array<{ slug: string; title: string; socCode: string }>;
  /**
   * In-scope SOC codes of the file that no occupation measures yet (applying creates them): one page
   * of them, filtered by `newQ`; `newOccupationsTotal` counts every one the filter keeps and
   * `counts.newOccupations` every one the import creates.
   */
  newOccupations: Array<{ slug: string; title: string; socCode: string }>;
  newOccupationsTotal: number;
  /** Things the editor should know before applying, in plain words (an older release than published …). */
  warnings: string[];
  /** Rows of this page of the preview; `rowsTotal` counts every row the filter keeps. */
  rowsTotal: number;
  /** An earlier import of the very same file that was applied, if any. */
  alreadyAppliedImportId: string | null;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  appliedAt: string | null;
}

export type ImportSummary = Omit<
  ImportView,
  'rows' | 'unmatched' | 'newOccupations' | 'newOccupationsTotal' | 'rowsTotal'
>;

/** Which rows of a preview `GET /api/imports/:id` returns. */
export const IMPORT_ROW_FILTERS = ['all', 'changed', 'suspicious', 'new'] as const;
export type ImportRowFilter = (typeof IMPORT_ROW_FILTERS)[number];

export interface ImportRowQuery {
  show?: ImportRowFilter;
  /** Words of an occupation title, a SOC code or an area. */
  q?: string;
  page?: number;
  pageSize?: number;
  /** Words of a new occupation's title, its SOC code or slug. */
  newQ?: string;
  /** The page of new occupations, and its size (100 unless said). */
  newPage?: number;
  newPageSize?: number;
}

/** `POST /api/imports/:id/apply` and `/discard`. */
export interface ImportDecisionRequest {
  version: number;
}

/** Optional fields of the upload form. */
export interface ImportUploadFields {
  /** Corrects the reference year when the file name does not give it (OEWS: the May of that year). */
  periodYear?: number;
  /** The O*NET database release a file of it comes from ("29.3"); its files do not say. */
  release?: string;
}

/** `GET /api/freshness`: what lags behind the newest BLS release, and when the next ones are due. */
export interface FreshnessView {
  /** Newest reference period held for each kind of figure. */
  newest: {
    oews: { periodYear: number; referencePeriod: string } | null;
    projections: { baseYear: number; targetYear: number } | null;
  };
  /** The latest figure of a series (SOC code × area) when it is older than the newest release of its kind. */
  staleFigures: StaleFigure[];
  /** Occupations whose own national figures are not of the newest release. */
  occupationsNotUpdated: Array<{
    slug: string;
    title: string;
    socCode: string;
    latestWagePeriod: string | null;
    latestProjectionPeriod: string | null;
  }>;
  /** The next expected releases, from BLS's usual calendar. */
  calendar: ReleaseExpectation[];
}

export interface StaleFigure {
  recordType: 'wageStatistic' | 'employmentProjection';
  id: string;
  socCode: string;
  /** `US` or a state for wages; null for projections. */
  areaCode: string | null;
  referencePeriod: string;
  newestPeriod: string;
}

export interface ReleaseExpectation {
  kind: ImportKind;
  /** What the release covers: "May 2025", "2025–35". */
  covers: string;
  /** Usual publication month: "April 2026". */
  expected: string;
  /** By BLS's usual calendar the release is already out. */
  published: boolean;
  /** Whether figures of that release are already held. */
  imported: boolean;
}
