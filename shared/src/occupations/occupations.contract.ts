import {
  CERTIFICATION_REQUIREMENTS,
  CREDENTIAL_LEVELS,
  type CertificationRequirement,
  type CredentialLevel,
} from '../common/enums.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';
import { field, recordShape, type CreateRequestOf, type ShapeValues } from '../editorial/record-shape.js';

export const OCCUPATION_SHAPE = recordShape({
  slug: field.slug(),
  title: field.text('Title', 200),
  shortTitle: field.text('Short title', 120),
  /** BLS SOC code the occupation is measured by, e.g. 31-9092. */
  socCode: field.socCode(),
  socTitle: field.text('SOC title', 200),
  socNoteMarkdown: field.markdown('Note on the SOC code'),
  summaryMarkdown: field.markdown('Summary', 'required'),
  dutiesMarkdown: field.markdown('Duties'),
  skills: field.strings('Skills'),
  skillsSourceId: field.id('Source of the skills', 'source', 'nullable'),
  specializations: field.strings('Specializations'),
  specializationsSourceId: field.id('Source of the specializations', 'source', 'nullable'),
});
export type CreateOccupationRequest = CreateRequestOf<typeof OCCUPATION_SHAPE>;
export type UpdateOccupationRequest = UpdateRequest<CreateOccupationRequest>;
export interface OccupationRecord extends EditableRecord, ShapeValues<typeof OCCUPATION_SHAPE> {}

export const OCCUPATION_SORT_FIELDS = [
  'title',
  'slug',
  'shortTitle',
  'socCode',
  'createdAt',
  'updatedAt',
] as const;
export interface OccupationListQuery extends RecordListQuery<(typeof OCCUPATION_SORT_FIELDS)[number]> {
  socCode?: string;
}

/** A prose section of an occupation ("degreeRequirements", "licensing" …) with its sources. */
export const OCCUPATION_SECTION_SHAPE = recordShape({
  occupationId: field.id('Occupation', 'occupation'),
  /** camelCase key the comparison rows name ("degreeRequirements"). */
  key: field.text('Key', 60),
  title: field.text('Title', 200),
  bodyMarkdown: field.markdown('Text', 'required'),
  position: field.position(),
  sourceIds: field.ids('Sources', 'source'),
});
export type CreateOccupationSectionRequest = CreateRequestOf<typeof OCCUPATION_SECTION_SHAPE>;
export type UpdateOccupationSectionRequest = UpdateRequest<CreateOccupationSectionRequest>;
export interface OccupationSectionRecord
  extends EditableRecord, ShapeValues<typeof OCCUPATION_SECTION_SHAPE> {}

export const OCCUPATION_SECTION_SORT_FIELDS = ['position', 'key', 'title', 'createdAt', 'updatedAt'] as const;
export interface OccupationSectionListQuery extends RecordListQuery<
  (typeof OCCUPATION_SECTION_SORT_FIELDS)[number]
> {
  occupationId?: string;
  key?: string;
}

/** Who certifies an occupation, with which credential, and whether it is required. */
export const OCCUPATION_CERTIFICATION_SHAPE = recordShape({
  occupationId: field.id('Occupation', 'occupation'),
  requirement: field.enumOf('Requirement', CERTIFICATION_REQUIREMENTS),
  /** At least one of certifyingBodyId and credentialId. */
  certifyingBodyId: field.id('Certifying body', 'certifyingBody', 'nullable'),
  credentialId: field.id('Credential', 'credential', 'nullable'),
  noteMarkdown: field.markdown('Note'),
  position: field.position(),
  sourceId: field.id('Source', 'source'),
});
export type CreateOccupationCertificationRequest = CreateRequestOf<typeof OCCUPATION_CERTIFICATION_SHAPE>;
export type UpdateOccupationCertificationRequest = UpdateRequest<CreateOccupationCertificationRequest>;
export interface OccupationCertificationRecord
  extends EditableRecord, ShapeValues<typeof OCCUPATION_CERTIFICATION_SHAPE> {}

export const OCCUPATION_CERTIFICATION_SORT_FIELDS = [
  'position',
  'requirement',
  'createdAt',
  'updatedAt',
] as const;
export interface OccupationCertificationListQuery extends RecordListQuery<
  (typeof OCCUPATION_CERTIFICATION_SORT_FIELDS)[number]
> {
  occupationId?: string;
  requirement?: CertificationRequirement;
  certifyingBodyId?: string;
  credentialId?: string;
  sourceId?: string;
}

/** A way into an occupation and how long it typically takes. */
export const EDUCATION_PATH_SHAPE = recordShape({
  occupationId: field.id('Occupation', 'occupation'),
  credentialLevel: field.enumOf('Credential level', CREDENTIAL_LEVELS),
  minMonths: field.int('Shortest (months)', 1, 240),
  /** At least minMonths when given. */
  maxMonths: field.int('Longest (months)', 1, 240, 'nullable'),
  note: field.text('Note', 500, 'nullable'),
  position: field.position(),
  sourceId: field.id('Source', 'source'),
});
export type CreateEducationPathRequest = CreateRequestOf<typeof EDUCATION_PATH_SHAPE>;
export type UpdateEducationPathRequest = UpdateRequest<CreateEducationPathRequest>;
export interface EducationPathRecord extends EditableRecord, ShapeValues<typeof EDUCATION_PATH_SHAPE> {}

export const EDUCATION_PATH_SORT_FIELDS = [
  'position',
  'credentialLevel',
  'minMonths',
  'createdAt',
  'updatedAt',
] as const;
export interface EducationPathListQuery extends RecordListQuery<(typeof EDUCATION_PATH_SORT_FIELDS)[number]> {
  occupationId?: string;
  credentialLevel?: CredentialLevel;
  sourceId?: string;
}

/** Share of an occupation's jobs in one setting, 0–100. */
export const WORK_SETTING_SHAPE = recordShape({
  occupationId: field.id('Occupation', 'occupation'),
  name: field.text('Setting', 200),
  /** Percent of the occupation's jobs, 0–100. */
  percent: field.decimal('Share of jobs (%)', 0, 100, 2),
  position: field.position(),
  sourceId: field.id('Source', 'source'),
});
export type CreateWorkSettingRequest = CreateRequestOf<typeof WORK_SETTING_SHAPE>;
export type UpdateWorkSettingRequest = UpdateRequest<CreateWorkSettingRequest>;
export interface WorkSettingRecord extends EditableRecord, ShapeValues<typeof WORK_SETTING_SHAPE> {}

export const WORK_SETTING_SORT_FIELDS = ['position', 'name', 'percent', 'createdAt', 'updatedAt'] as const;
export interface WorkSettingListQuery extends RecordListQuery<(typeof WORK_SETTING_SORT_FIELDS)[number]> {
  occupationId?: string;
  sourceId?: string;
}

/**
 * The SOC code that measured an occupation in a range of years, for BLS releases before a SOC
 * revision (medical records: 29-2071 until 2018, 29-2098 in 2019–2020). A year no period covers uses
 * the occupation's own code. Imports use it to place older releases.
 */
export const OCCUPATION_SOC_CODE_SHAPE = recordShape({
  occupationId: field.id('Occupation', 'occupation'),
  socCode: field.socCode(),
  /** First year it applies; null: from the beginning. */
  fromYear: field.int('From year', 1990, 2200, 'nullable'),
  /** Last year it applies; null: until now. */
  toYear: field.int('To year', 1990, 2200, 'nullable'),
  /** Why the code differs, e.g. which SOC revision merged or split the category. */
  note: field.text('Note', 300, 'nullable'),
});
export type CreateOccupationSocCodeRequest = CreateRequestOf<typeof OCCUPATION_SOC_CODE_SHAPE>;
export type UpdateOccupationSocCodeRequest = UpdateRequest<CreateOccupationSocCodeRequest>;
export interface OccupationSocCodeRecord
  extends EditableRecord, ShapeValues<typeof OCCUPATION_SOC_CODE_SHAPE> {}

export const OCCUPATION_SOC_CODE_SORT_FIELDS = [
  'socCode',
  'fromYear',
  'toYear',
  'createdAt',
  'updatedAt',
] as const;
export interface OccupationSocCodeListQuery extends RecordListQuery<
  (typeof OCCUPATION_SOC_CODE_SORT_FIELDS)[number]
> {
  occupationId?: string;
  socCode?: string;
}
