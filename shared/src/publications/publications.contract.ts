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

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field that differs: a dotted path into the record, list elements by identity (`wages[<id>].meanAnnual.value`). */
export interface FieldChange {
  path: string;
  change: ChangeKind;
  /** Absent (undefined) when added. */
  before?: unknown;
  /** Absent (undefined) when removed. */
  after?: unknown;
}

/** One record that differs between two publications. */
export interface RecordChange {
  collection: SnapshotCollection;
  /** The record's slug (occupations, comparisons) or id (sources, schools). */
  key: string;
  /** Title or name, for people. */
  label: string;
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
