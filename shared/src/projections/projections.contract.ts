import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';
import { field, recordShape, type CreateRequestOf, type ShapeValues } from '../editorial/record-shape.js';
import { AREA_CODE } from '../wages/wages.contract.js';

/** Employment in persons: at most a billion. */
const EMPLOYMENT_MAX = 1_000_000_000;

/**
 * BLS Employment Projections for one SOC code over one period. Employment in persons. Rules:
 * baseYear < targetYear; numericChange = targetEmployment − baseEmployment.
 */
export const EMPLOYMENT_PROJECTION_SHAPE = recordShape({
  socCode: field.socCode(),
  socTitle: field.text('SOC title', 200),
  baseYear: field.year('Base year'),
  targetYear: field.year('Target year'),
  baseEmployment: field.int('Base employment', 0, EMPLOYMENT_MAX),
  targetEmployment: field.int('Target employment', 0, EMPLOYMENT_MAX),
  numericChange: field.int('Numeric change', -EMPLOYMENT_MAX, EMPLOYMENT_MAX),
  /** One decimal, as BLS publishes it (7.1); down to −100 % (the occupation disappears). */
  percentChange: field.decimal('Percent change', -100, 10_000, 1),
  /** Growth of all occupations over the same period (in the same area): the portal's baseline. */
  allOccupationsPercentChange: field.decimal('All occupations, percent change', -100, 10_000, 1),
  /** `US` (the default) for BLS's national projections, a two-letter code for a state's. */
  areaCode: { ...field.text('Area code', 2, 'optional', AREA_CODE), default: 'US' },
  areaName: { ...field.text('Area name', 60, 'optional'), default: 'United States' },
  /** Average annual openings over the period, where the projections give them. */
  averageAnnualOpenings: field.int('Average annual openings', 0, EMPLOYMENT_MAX, 'nullable'),
  sourceId: field.id('Source', 'source'),
});
export type CreateEmploymentProjectionRequest = CreateRequestOf<typeof EMPLOYMENT_PROJECTION_SHAPE>;
export type UpdateEmploymentProjectionRequest = UpdateRequest<CreateEmploymentProjectionRequest>;
export interface EmploymentProjectionRecord
  extends EditableRecord, ShapeValues<typeof EMPLOYMENT_PROJECTION_SHAPE> {}

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
