import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

export interface CreateSourceRequest {
  /** Stable natural key, e.g. `bls-oews-2024` (slug rules). */
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
export type UpdateSourceRequest = UpdateRequest<CreateSourceRequest>;
export interface SourceRecord extends EditableRecord, CreateSourceRequest {}

export const SOURCE_SORT_FIELDS = [
  'key',
  'publisher',
  'title',
  'referencePeriod',
  'retrievedOn',
  'createdAt',
  'updatedAt',
] as const;
export interface SourceListQuery extends RecordListQuery<(typeof SOURCE_SORT_FIELDS)[number]> {
  publisher?: string;
}
