import { COMPARISON_ROW_KINDS, DELIVERY_MODES, type ComparisonRowKind } from '../common/enums.js';
import { MAX_COMPARED_OCCUPATIONS } from '../public/public.contract.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';
import { field, recordShape, type CreateRequestOf, type ShapeValues } from '../editorial/record-shape.js';

export const COMPARISON_SHAPE = recordShape({
  slug: field.slug(),
  title: field.text('Title', 200),
  introMarkdown: field.markdown('Introduction'),
  authorId: field.id('Author', 'author', 'nullable'),
  /** Column order; at most MAX_COMPARED_OCCUPATIONS. */
  occupationIds: field.ids('Occupations compared', 'occupation', MAX_COMPARED_OCCUPATIONS, true),
});
export type CreateComparisonRequest = CreateRequestOf<typeof COMPARISON_SHAPE>;
export type UpdateComparisonRequest = UpdateRequest<CreateComparisonRequest>;
export interface ComparisonRecord extends EditableRecord, ShapeValues<typeof COMPARISON_SHAPE> {}

export const COMPARISON_SORT_FIELDS = ['title', 'slug', 'createdAt', 'updatedAt'] as const;
export interface ComparisonListQuery extends RecordListQuery<(typeof COMPARISON_SORT_FIELDS)[number]> {
  authorId?: string;
}

/** One row of a comparison; `section` rows need `sectionKey`, `schools` rows may name a `delivery`. */
export const COMPARISON_ROW_SHAPE = recordShape({
  comparisonId: field.id('Comparison', 'comparison'),
  key: field.slug('Key'),
  group: field.text('Group', 200, 'nullable'),
  label: field.text('Label', 200),
  kind: field.enumOf('Kind', COMPARISON_ROW_KINDS),
  /** For `section` rows: which occupation section fills the cell. Other kinds may add prose from it too. */
  sectionKey: field.text('Section key', 60, 'nullable'),
  /** For `schools` rows: which delivery mode to list. */
  delivery: field.enumOf('Delivery', DELIVERY_MODES, 'nullable'),
  position: field.position(),
});
export type CreateComparisonRowRequest = CreateRequestOf<typeof COMPARISON_ROW_SHAPE>;
export type UpdateComparisonRowRequest = UpdateRequest<CreateComparisonRowRequest>;
export interface ComparisonRowRecord extends EditableRecord, ShapeValues<typeof COMPARISON_ROW_SHAPE> {}

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
