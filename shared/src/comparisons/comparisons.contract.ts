import type { ComparisonRowKind, DeliveryMode } from '../common/enums.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

export interface CreateComparisonRequest {
  slug: string;
  title: string;
  introMarkdown: string;
  authorId: string | null;
  /** The compared occupations, in column order. */
  occupationIds: string[];
}
export type UpdateComparisonRequest = UpdateRequest<CreateComparisonRequest>;
export interface ComparisonRecord extends EditableRecord, CreateComparisonRequest {}

export const COMPARISON_SORT_FIELDS = ['title', 'slug', 'createdAt', 'updatedAt'] as const;
export interface ComparisonListQuery extends RecordListQuery<(typeof COMPARISON_SORT_FIELDS)[number]> {
  authorId?: string;
}

/** One row of a comparison; `section` rows need `sectionKey`, `schools` rows may name a `delivery`. */
export interface CreateComparisonRowRequest {
  comparisonId: string;
  key: string;
  group: string | null;
  label: string;
  kind: ComparisonRowKind;
  sectionKey: string | null;
  delivery: DeliveryMode | null;
  position: number;
}
export type UpdateComparisonRowRequest = UpdateRequest<CreateComparisonRowRequest>;
export interface ComparisonRowRecord extends EditableRecord, CreateComparisonRowRequest {}

export const COMPARISON_ROW_SORT_FIELDS = [
  'position',
  'key',
  'label',
  'kind',
  'createdAt',
  'updatedAt',
] as const;
export interface ComparisonRowListQuery extends RecordListQuery<(typeof COMPARISON_ROW_SORT_FIELDS)[number]> {
  comparisonId?: string;
  kind?: ComparisonRowKind;
}
