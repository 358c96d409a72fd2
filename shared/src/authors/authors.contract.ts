import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

export interface CreateAuthorRequest {
  slug: string;
  name: string;
  jobTitle: string;
  bioMarkdown: string;
}
export type UpdateAuthorRequest = UpdateRequest<CreateAuthorRequest>;
export interface AuthorRecord extends EditableRecord, CreateAuthorRequest {}

export const AUTHOR_SORT_FIELDS = ['name', 'slug', 'jobTitle', 'createdAt', 'updatedAt'] as const;
export type AuthorListQuery = RecordListQuery<(typeof AUTHOR_SORT_FIELDS)[number]>;
