import type { AreaType } from '../common/enums.js';
import type { WageStatisticFields } from '../content/content-bundle.contract.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

/**
 * BLS OEWS estimates for one SOC code × area × reference period. A value BLS did not publish as a
 * number is null with its flag in `flags` (`*`, `**` not available, `#` at or above the cap).
 * Rules: 10th ≤ 25th ≤ median ≤ 75th ≤ 90th (annual and hourly, where known); the mean lies within the
 * 10th–90th range; a flagged value is null.
 */
export interface CreateWageStatisticRequest extends WageStatisticFields {
  sourceId: string;
}
export type UpdateWageStatisticRequest = UpdateRequest<CreateWageStatisticRequest>;
export interface WageStatisticRecord extends EditableRecord, CreateWageStatisticRequest {}

export const WAGE_STATISTIC_SORT_FIELDS = [
  'socCode',
  'periodYear',
  'areaCode',
  'areaName',
  'employment',
  'meanAnnual',
  'medianAnnual',
  'createdAt',
  'updatedAt',
] as const;
export interface WageStatisticListQuery extends RecordListQuery<(typeof WAGE_STATISTIC_SORT_FIELDS)[number]> {
  socCode?: string;
  periodYear?: number;
  areaType?: AreaType;
  areaCode?: string;
  sourceId?: string;
}

/** The percentile fields in the order the rule 10th ≤ 25th ≤ median ≤ 75th ≤ 90th reads them. */
export const ANNUAL_PERCENTILE_FIELDS = [
  'p10Annual',
  'p25Annual',
  'medianAnnual',
  'p75Annual',
  'p90Annual',
] as const;
export const HOURLY_PERCENTILE_FIELDS = [
  'p10Hourly',
  'p25Hourly',
  'medianHourly',
  'p75Hourly',
  'p90Hourly',
] as const;
