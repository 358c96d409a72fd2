import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';
import { field, recordShape, type CreateRequestOf, type ShapeValues } from '../editorial/record-shape.js';

export const CERTIFYING_BODY_SHAPE = recordShape({
  slug: field.slug(),
  name: field.text('Name', 200),
  abbreviation: field.text('Abbreviation', 40),
  url: field.url('Website'),
  sourceId: field.id('Source', 'source'),
});
export type CreateCertifyingBodyRequest = CreateRequestOf<typeof CERTIFYING_BODY_SHAPE>;
export type UpdateCertifyingBodyRequest = UpdateRequest<CreateCertifyingBodyRequest>;
export interface CertifyingBodyRecord extends EditableRecord, ShapeValues<typeof CERTIFYING_BODY_SHAPE> {}

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
export const CREDENTIAL_SHAPE = recordShape({
  slug: field.slug(),
  name: field.text('Name', 200),
  abbreviation: field.text('Abbreviation', 40),
  certifyingBodyId: field.id('Certifying body', 'certifyingBody', 'nullable'),
  /** Recertify every this many months. */
  renewalPeriodMonths: field.int('Renewal period (months)', 1, 1200, 'nullable'),
  /** Continuing-education units needed per renewal period. */
  renewalUnits: field.int('Renewal units', 1, 100_000, 'nullable'),
  renewalUnitName: field.text('Unit name', 60, 'nullable'),
  renewalNoteMarkdown: field.markdown('Renewal note'),
  sourceId: field.id('Source', 'source'),
});
export type CreateCredentialRequest = CreateRequestOf<typeof CREDENTIAL_SHAPE>;
export type UpdateCredentialRequest = UpdateRequest<CreateCredentialRequest>;
export interface CredentialRecord extends EditableRecord, ShapeValues<typeof CREDENTIAL_SHAPE> {}

export const CREDENTIAL_SORT_FIELDS = ['name', 'slug', 'abbreviation', 'createdAt', 'updatedAt'] as const;
export interface CredentialListQuery extends RecordListQuery<(typeof CREDENTIAL_SORT_FIELDS)[number]> {
  certifyingBodyId?: string;
  sourceId?: string;
}
