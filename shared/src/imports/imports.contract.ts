import type { WageFlag } from '../common/enums.js';
import type { WageValueField } from '../content/content-bundle.contract.js';

/** What an uploaded file holds: an OEWS wage release or an Employment Projections workbook. */
export const IMPORT_KINDS = ['oews', 'projections'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

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
}

export type ProjectionValueField =
  'baseEmployment' | 'targetEmployment' | 'numericChange' | 'percentChange' | 'allOccupationsPercentChange';

export interface ImportRowPreview {
  occupationSlug: string;
  occupationTitle: string;
  socCode: string;
  /** `US` or a state code (wage releases); null for projections. */
  areaCode: string | null;
  areaName: string | null;
  status: ImportRowStatus;
  figures: ImportFigureChange[];
}

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Tracked occupations the file has no row for. */
  unmatched: number;
  suspicious: number;
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
  /** An earlier import of the very same file that was applied, if any. */
  alreadyAppliedImportId: string | null;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  appliedAt: string | null;
}

export type ImportSummary = Omit<ImportView, 'rows' | 'unmatched'>;

/** `POST /api/imports/:id/apply` and `/discard`. */
export interface ImportDecisionRequest {
  version: number;
}

/** Optional fields of the upload form. */
export interface ImportUploadFields {
  /** Corrects the reference year when the file name does not give it (OEWS: the May of that year). */
  periodYear?: number;
}
