import type { CredentialLevel, DeliveryMode } from '../common/enums.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

/** Admins write schools and programs; editors read them. */
export interface CreateSchoolRequest {
  slug: string;
  name: string;
  city: string;
  /** Two-letter postal code. */
  state: string;
  website: string | null;
  ipedsUnitId: number | null;
  sourceId: string | null;
}
export type UpdateSchoolRequest = UpdateRequest<CreateSchoolRequest>;
export interface SchoolRecord extends EditableRecord, CreateSchoolRequest {}

export const SCHOOL_SORT_FIELDS = ['name', 'slug', 'city', 'state', 'createdAt', 'updatedAt'] as const;
export interface SchoolListQuery extends RecordListQuery<(typeof SCHOOL_SORT_FIELDS)[number]> {
  state?: string;
}

export interface CreateProgramRequest {
  schoolId: string;
  occupationId: string;
  name: string;
  credentialLevel: CredentialLevel | null;
  delivery: DeliveryMode;
  minMonths: number | null;
  /** At least minMonths when both are given. */
  maxMonths: number | null;
  accreditationBodyId: string | null;
  url: string | null;
}
export type UpdateProgramRequest = UpdateRequest<CreateProgramRequest>;
export interface ProgramRecord extends EditableRecord, CreateProgramRequest {}

export const PROGRAM_SORT_FIELDS = [
  'name',
  'delivery',
  'credentialLevel',
  'minMonths',
  'createdAt',
  'updatedAt',
] as const;
export interface ProgramListQuery extends RecordListQuery<(typeof PROGRAM_SORT_FIELDS)[number]> {
  schoolId?: string;
  occupationId?: string;
  delivery?: DeliveryMode;
  credentialLevel?: CredentialLevel;
  accreditationBodyId?: string;
}
