import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';
import { field, recordShape, type CreateRequestOf, type ShapeValues } from '../editorial/record-shape.js';

export const AUTHOR_SHAPE = recordShape({
  slug: field.slug(),
  name: field.text('Name', 200),
  jobTitle: field.text('Job title', 200),
  bioMarkdown: field.markdown('Bio', 'required'),
});
export type CreateAuthorRequest = CreateRequestOf<typeof AUTHOR_SHAPE>;
export type UpdateAuthorRequest = UpdateRequest<CreateAuthorRequest>;
export interface AuthorRecord extends EditableRecord, ShapeValues<typeof AUTHOR_SHAPE> {}

export const AUTHOR_SORT_FIELDS = ['name', 'slug', 'jobTitle', 'createdAt', 'updatedAt'] as const;
export type AuthorListQuery = RecordListQuery<(typeof AUTHOR_SORT_FIELDS)[number]>;
