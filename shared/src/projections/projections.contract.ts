import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

/**
 * BLS Employment Projections for one SOC code over one period. Employment in persons. Rules:
 * baseYear < targetYear; numericChange = targetEmployment − baseEmployment.
 */
export interface CreateEmploymentProjectionRequest {
  socCode: string;
  socTitle: string;
  baseYear: number;
  targetYear: number;
  baseEmployment: number;
  targetEmployment: number;
  numericChange: number;
  /** One decimal, as BLS publishes it (7.1). */
  percentChange: number;
  /** Growth of all occupations over the same period (in the same area): the portal's baseline. */
  allOccupationsPercentChange: number;
  /** `US` (the default) for BLS's national projections, a two-letter code for a state's. */
  areaCode?: string;
  areaName?: string;
  /** Average annual openings over the period, where the projections give them. */
  averageAnnualOpenings?: number | null;
  sourceId: string;
}
export type UpdateEmploymentProjectionRequest = UpdateRequest<CreateEmploymentProjectionRequest>;
export interface EmploymentProjectionRecord extends EditableRecord, CreateEmploymentProjectionRequest {}

export const EMPLOYMENT_PROJECTION_SORT_FIELDS = [
  'socCode',
  'baseYear',
  'targetYear',
  'baseEmployment',
  'percentChange',
  'createdAt',
  'updatedAt',
] as const;
export interface EmploymentProjectionListQuery extends RecordListQuery<
  (typeof EMPLOYMENT_PROJECTION_SORT_FIELDS)[number]
> {
  socCode?: string;
  baseYear?: number;
  targetYear?: number;
  sourceId?: string;
}
