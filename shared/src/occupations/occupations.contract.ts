import type { CertificationRequirement, CredentialLevel } from '../common/enums.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

export interface CreateOccupationRequest {
  slug: string;
  title: string;
  shortTitle: string;
  /** BLS SOC code the occupation is measured by, e.g. 31-9092. */
  socCode: string;
  socTitle: string;
  socNoteMarkdown: string;
  summaryMarkdown: string;
  dutiesMarkdown: string;
  skills: string[];
  skillsSourceId: string | null;
  specializations: string[];
  specializationsSourceId: string | null;
}
export type UpdateOccupationRequest = UpdateRequest<CreateOccupationRequest>;
export interface OccupationRecord extends EditableRecord, CreateOccupationRequest {}

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
export interface CreateOccupationSectionRequest {
  occupationId: string;
  key: string;
  title: string;
  bodyMarkdown: string;
  position: number;
  sourceIds: string[];
}
export type UpdateOccupationSectionRequest = UpdateRequest<CreateOccupationSectionRequest>;
export interface OccupationSectionRecord extends EditableRecord, CreateOccupationSectionRequest {}

export const OCCUPATION_SECTION_SORT_FIELDS = ['position', 'key', 'title', 'createdAt', 'updatedAt'] as const;
export interface OccupationSectionListQuery extends RecordListQuery<
  (typeof OCCUPATION_SECTION_SORT_FIELDS)[number]
> {
  occupationId?: string;
  key?: string;
}

/** Who certifies an occupation, with which credential, and whether it is required. */
export interface CreateOccupationCertificationRequest {
  occupationId: string;
  requirement: CertificationRequirement;
  /** At least one of certifyingBodyId and credentialId. */
  certifyingBodyId: string | null;
  credentialId: string | null;
  noteMarkdown: string;
  position: number;
  sourceId: string;
}
export type UpdateOccupationCertificationRequest = UpdateRequest<CreateOccupationCertificationRequest>;
export interface OccupationCertificationRecord extends EditableRecord, CreateOccupationCertificationRequest {}

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
export interface CreateEducationPathRequest {
  occupationId: string;
  credentialLevel: CredentialLevel;
  minMonths: number;
  /** At least minMonths when given. */
  maxMonths: number | null;
  note: string | null;
  position: number;
  sourceId: string;
}
export type UpdateEducationPathRequest = UpdateRequest<CreateEducationPathRequest>;
export interface EducationPathRecord extends EditableRecord, CreateEducationPathRequest {}

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
export interface CreateWorkSettingRequest {
  occupationId: string;
  name: string;
  percent: number;
  position: number;
  sourceId: string;
}
export type UpdateWorkSettingRequest = UpdateRequest<CreateWorkSettingRequest>;
export interface WorkSettingRecord extends EditableRecord, CreateWorkSettingRequest {}

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
export interface CreateOccupationSocCodeRequest {
  occupationId: string;
  socCode: string;
  /** First year it applies; null: from the beginning. */
  fromYear: number | null;
  /** Last year it applies; null: until now. */
  toYear: number | null;
  /** Why the code differs, e.g. which SOC revision merged or split the category. */
  note: string | null;
}
export type UpdateOccupationSocCodeRequest = UpdateRequest<CreateOccupationSocCodeRequest>;
export interface OccupationSocCodeRecord extends EditableRecord, CreateOccupationSocCodeRequest {}

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
