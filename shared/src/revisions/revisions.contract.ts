import type { ListQuery } from '../common/page.contract.js';
import type { RecordType } from '../editorial/editorial.contract.js';

export const REVISION_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** One save of a record, newest first in `GET /api/<path>/:id/revisions`. */
export interface RevisionRecord {
  id: string;
  recordType: RecordType;
  recordId: string;
  /** The record's version after this save (for a deletion: one above the last saved version). */
  version: number;
  action: RevisionAction;
  user: { id: string; name: string } | null;
  /** ISO timestamp. */
  at: string;
  /** The record before and after the save, as the API serves it (null before a create, after a delete). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Fields whose value differs between before and after. */
  changedFields: string[];
}

export type RevisionListQuery = Pick<ListQuery, 'page' | 'pageSize'>;
