import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';
import { field, recordShape, type CreateRequestOf, type ShapeValues } from '../editorial/record-shape.js';

export const ACCREDITATION_BODY_SHAPE = recordShape({
  slug: field.slug(),
  name: field.text('Name', 200),
  abbreviation: field.text('Abbreviation', 40),
  url: field.url('Website'),
  recognizedBy: field.text('Recognized by', 200, 'nullable'),
  descriptionMarkdown: field.markdown('Description'),
  /** The body's own page. */
  sourceId: field.id('Source', 'source'),
  /** Occupations whose programs this body accredits. */
  occupationIds: field.ids('Occupations', 'occupation'),
  /** Further sources, e.g. for who recognises the body. */
  sourceIds: field.ids('Further sources', 'source'),
});
export type CreateAccreditationBodyRequest = CreateRequestOf<typeof ACCREDITATION_BODY_SHAPE>;
export type UpdateAccreditationBodyRequest = UpdateRequest<CreateAccreditationBodyRequest>;
export interface AccreditationBodyRecord
  extends EditableRecord, ShapeValues<typeof ACCREDITATION_BODY_SHAPE> {}

export const ACCREDITATION_BODY_SORT_FIELDS = [
  'name',
  'slug',
  'abbreviation',
  'createdAt',
  'updatedAt',
] as const;
export interface AccreditationBodyListQuery extends RecordListQuery<
  (typeof ACCREDITATION_BODY_SORT_FIELDS)[number]
> {
  sourceId?: string;
}
