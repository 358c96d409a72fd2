import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';
import { field, recordShape, type CreateRequestOf, type ShapeValues } from '../editorial/record-shape.js';

export const SOURCE_SHAPE = recordShape({
  /** Stable natural key, e.g. `bls-oews-2024` (slug rules, dots allowed: `onet-29.3`). */
  key: field.sourceKey(),
  publisher: field.text('Publisher', 200),
  title: field.text('Title', 300),
  url: field.url(),
  referencePeriod: field.text('Reference period', 60, 'nullable'),
  /** ISO date (YYYY-MM-DD). */
  retrievedOn: field.date('Retrieved on'),
  /** Short label for running text: "BLS 2025". */
  citation: field.text('Citation', 80),
});
export type CreateSourceRequest = CreateRequestOf<typeof SOURCE_SHAPE>;
export type UpdateSourceRequest = UpdateRequest<CreateSourceRequest>;
export interface SourceRecord extends EditableRecord, ShapeValues<typeof SOURCE_SHAPE> {}

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
