import type { FieldError } from '../common/page.contract.js';
import type { RecordType } from '../editorial/editorial.contract.js';
import type {
  ComparisonView,
  OccupationView,
  SchoolSummaryView,
  SourceView,
} from '../public/public.contract.js';

/** `POST /api/publications` and `POST /api/publications/:number/restore`. */
export interface PublishRequest {
  note: string;
}

/** One publication in `GET /api/publications` (newest first). */
export interface PublicationSummary {
  number: number;
  note: string;
  publishedAt: string;
  publishedById: string | null;
  /** The publisher's name; null for the seed, the CLI, or a deleted user. */
  publishedByName: string | null;
  /** Set when this publication re-published an earlier one (a rollback). */
  restoredFromNumber: number | null;
  /** The one the public sees now. */
  current: boolean;
}

/** Everything public, frozen at publish time (Markdown already rendered to sanitized HTML). */
export interface PublicationSnapshot {
  sources: SourceView[];
  occupations: OccupationView[];
  comparisons: Omit<ComparisonView, 'publication'>[];
  schools: SchoolSummaryView[];
}

/** `GET /api/publications/:number`. */
export interface PublicationDetail extends PublicationSummary {
  counts: { sources: number; occupations: number; comparisons: number; schools: number };
  snapshot: PublicationSnapshot;
}

export const SNAPSHOT_COLLECTIONS = ['sources', 'occupations', 'comparisons', 'schools'] as const;
export type SnapshotCollection = (typeof SNAPSHOT_COLLECTIONS)[number];

/** The editable record type behind each collection of a snapshot. */
export const SNAPSHOT_RECORD_TYPES: Record<SnapshotCollection, RecordType> = {
  sources: 'source',
  occupations: 'occupation',
  comparisons: 'comparison',
  schools: 'school',
};

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field that differs: a dotted path into the record, list elements by identity (`wages[<id>].meanAnnual.value`). */
export interface FieldChange {
  path: string;
  /** The path in words, list elements by name: "Wages › May 2024, U.S. › 25th percentile, annual". */
  label: string;
  change: ChangeKind;
  /** Absent (undefined) when added. */
  before?: unknown;
  /** Absent (undefined) when removed. */
  after?: unknown;
  /**
   * The editable record the changed value belongs to when it sits inside the published record (a wage
   * statistic, work setting or program shown with an occupation or school); absent otherwise.
   */
  record?: NestedRecordRef;
}

/** An editable record shown inside another one in a snapshot. */
export interface NestedRecordRef {
  type: RecordType;
  id: string;
  label: string;
}

/** One record that differs between two publications. */
export interface RecordChange {
  collection: SnapshotCollection;
  /** The record's slug (occupations, comparisons) or id (sources, schools). */
  key: string;
  /** Title or name, for people. */
  label: string;
  /** The editable record type of the collection (`occupations` → `occupation`). */
  recordType: RecordType;
  /** The record's id in the working copy, for a link to its edit page; null when it no longer exists. */
  recordId: string | null;
  change: ChangeKind;
  /** Field by field for `changed`; empty for `added` and `removed` (the whole record). */
  fields: FieldChange[];
}

/** `GET /api/publications/:a/diff/:b`: what changed going from `from` to `to`. */
export interface PublicationDiff {
  from: number;
  to: number;
  summary: { added: number; removed: number; changed: number };
  changes: RecordChange[];
}

/** A gap that stops publishing, with the record an editor has to fix. */
export interface PublishProblem extends FieldError {
  recordType: RecordType;
  recordId: string;
}

/**
 * `GET /api/publications/draft/diff`: what publishing the working copy now would change. `from` is the
 * current publication (0 when nothing has been published: the diff is then against an empty snapshot);
 * `to` is 0, the working copy, numbered as previews are.
 */
export interface DraftDiff extends PublicationDiff {
  /** Whether `POST /api/publications` would accept the working copy as it is. */
  publishable: boolean;
  /** What publishing would refuse (the same checks, the same `field` names as its 422), each with its record. */
  problems: PublishProblem[];
}
