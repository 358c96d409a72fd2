import { AREA_TYPES, type AreaType, type WageFlag } from '../common/enums.js';
import type { WageValueField } from '../content/content-bundle.contract.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';
import {
  field,
  recordShape,
  type CreateRequestOf,
  type FieldPattern,
  type ShapeValues,
} from '../editorial/record-shape.js';

/** `US`, or a state's two-letter postal code. */
export const AREA_CODE: FieldPattern = {
  regex: /^[A-Z]{2}$/,
  message: 'must be US or a two-letter state code',
};

const ANNUAL_MAX = 10_000_000;
const HOURLY_MAX = 999_999.99;
const annual = (label: string) => field.int(`${label}, annual`, 0, ANNUAL_MAX, 'nullable');
const hourly = (label: string) => field.decimal(`${label}, hourly`, 0, HOURLY_MAX, 2, 'nullable');

/**
 * BLS OEWS estimates for one SOC code × area × reference period. A value BLS did not publish as a
 * number is null with its flag in `flags` (`*`, `**` not available, `#` at or above the cap).
 * Rules: 10th ≤ 25th ≤ median ≤ 75th ≤ 90th (annual and hourly, where known); the mean lies within the
 * 10th–90th range; a flagged value is null.
 */
export const WAGE_STATISTIC_SHAPE = recordShape({
  socCode: field.socCode(),
  socTitle: field.text('SOC title', 200),
  areaType: field.enumOf('Area type', AREA_TYPES),
  areaCode: field.text('Area code', 10, 'required', AREA_CODE),
  areaName: field.text('Area name', 120),
  referencePeriod: field.text('Reference period', 40),
  periodYear: field.year('Year'),
  employment: field.int('Employment', 0, undefined, 'nullable'),
  meanAnnual: field.int('Mean annual wage', 0, ANNUAL_MAX, 'nullable'),
  p10Annual: annual('10th percentile'),
  p25Annual: annual('25th percentile'),
  medianAnnual: annual('Median'),
  p75Annual: annual('75th percentile'),
  p90Annual: annual('90th percentile'),
  meanHourly: field.decimal('Mean hourly wage', 0, HOURLY_MAX, 2, 'nullable'),
  p10Hourly: hourly('10th percentile'),
  p25Hourly: hourly('25th percentile'),
  medianHourly: hourly('Median'),
  p75Hourly: hourly('75th percentile'),
  p90Hourly: hourly('90th percentile'),
  /** Field name → flag, for each value BLS did not publish as a number. */
  flags: field.object<Partial<Record<WageValueField, WageFlag>>>('Flags', {}),
  sourceId: field.id('Source', 'source'),
});
/** The figures of one estimate, as the content file and the editorial API both carry them. */
export type WageStatisticFields = Omit<ShapeValues<typeof WAGE_STATISTIC_SHAPE>, 'sourceId'>;
export type CreateWageStatisticRequest = CreateRequestOf<typeof WAGE_STATISTIC_SHAPE>;
export type UpdateWageStatisticRequest = UpdateRequest<CreateWageStatisticRequest>;
export interface WageStatisticRecord extends EditableRecord, ShapeValues<typeof WAGE_STATISTIC_SHAPE> {}

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
