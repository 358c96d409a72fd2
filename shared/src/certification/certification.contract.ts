import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

export interface CreateCertifyingBodyRequest {
  slug: string;
  name: string;
  abbreviation: string;
  url: string | null;
  sourceId: string;
}
export type UpdateCertifyingBodyRequest = UpdateRequest<CreateCertifyingBodyRequest>;
export interface CertifyingBodyRecord extends EditableRecord, CreateCertifyingBodyRequest {}

export const CERTIFYING_BODY_SORT_FIELDS = [
  'name',
  'slug',
  'abbreviation',
  'createdAt',
  'updatedAt',
] as const;
export interface CertifyingBodyListQuery extends RecordListQuery<
  (typeof CERTIFYING_BODY_SORT_FIELDS)[number]
> {
  sourceId?: string;
}

/** A credential and what keeping it takes: recertify every `renewalPeriodMonths` with `renewalUnits`. */
export interface CreateCredentialRequest {
  slug: string;
  name: string;
  abbreviation: string;
  certifyingBodyId: string | null;
  renewalPeriodMonths: number | null;
  renewalUnits: number | null;
  /** "points", "CEUs" … */
  renewalUnitName: string | null;
  renewalNoteMarkdown: string;
  sourceId: string;
}
export type UpdateCredentialRequest = UpdateRequest<CreateCredentialRequest>;
export interface CredentialRecord extends EditableRecord, CreateCredentialRequest {}

export const CREDENTIAL_SORT_FIELDS = ['name', 'slug', 'abbreviation', 'createdAt', 'updatedAt'] as const;
export interface CredentialListQuery extends RecordListQuery<(typeof CREDENTIAL_SORT_FIELDS)[number]> {
  certifyingBodyId?: string;
  sourceId?: string;
}
