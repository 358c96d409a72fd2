import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

export interface CreateAccreditationBodyRequest {
  slug: string;
  name: string;
  abbreviation: string;
  url: string | null;
  recognizedBy: string | null;
  descriptionMarkdown: string;
  /** The body's own page. */
  sourceId: string;
  /** Occupations whose programs this body accredits. */
  occupationIds: string[];
  /** Further sources, e.g. for who recognises the body. */
  sourceIds: string[];
}
export type UpdateAccreditationBodyRequest = UpdateRequest<CreateAccreditationBodyRequest>;
export interface AccreditationBodyRecord extends EditableRecord, CreateAccreditationBodyRequest {}

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
