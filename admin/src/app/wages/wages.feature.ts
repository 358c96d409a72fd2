import {
  ANNUAL_PERCENTILE_FIELDS,
  AREA_TYPES,
  HOURLY_PERCENTILE_FIELDS,
  WAGE_STATISTIC_SHAPE,
  type CreateWageStatisticRequest,
  type WageStatisticRecord,
} from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { FieldDef, RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { date, money, num, optionsOf } from '../records/options';
import { meanAtLeastTenthPercentile, percentileOrder } from './wage-rules';

type Field = FieldDef<CreateWageStatisticRequest>;

/** Identity of the row: what BLS measured, where and when. */
export const WAGE_IDENTITY_FIELDS: readonly Field[] = formFields(WAGE_STATISTIC_SHAPE, [
  'socCode',
  'socTitle',
  'areaType',
  { key: 'areaCode', hint: 'US, or the state’s postal code' },
  'areaName',
  { key: 'referencePeriod', hint: 'e.g. May 2024' },
  'periodYear',
  { key: 'sourceId', wide: true },
]);

export const ANNUAL_FIELDS = formFields(
  WAGE_STATISTIC_SHAPE,
  ANNUAL_PERCENTILE_FIELDS.map((key) => ({
    key,
    validators: [percentileOrder(ANNUAL_PERCENTILE_FIELDS, key)],
  })),
);
export const HOURLY_FIELDS = formFields(
  WAGE_STATISTIC_SHAPE,
  HOURLY_PERCENTILE_FIELDS.map((key) => ({
    key,
    validators: [percentileOrder(HOURLY_PERCENTILE_FIELDS, key)],
  })),
);
export const SUMMARY_FIELDS: readonly Field[] = formFields(WAGE_STATISTIC_SHAPE, [
  'employment',
  { key: 'meanAnnual', validators: [meanAtLeastTenthPercentile('meanAnnual')] },
  { key: 'meanHourly', validators: [meanAtLeastTenthPercentile('meanHourly')] },
]);

export const WAGE_STATISTICS: RecordFeature<WageStatisticRecord, CreateWageStatisticRequest> = {
  recordType: 'wageStatistic',
  path: 'wage-statistics',
  singular: 'wage statistic',
  plural: 'wage statistics',
  description: 'BLS OEWS estimates per SOC code, area and reference period.',
  title: (r) => `${r.socTitle} (${r.socCode}), ${r.areaName}, ${r.referencePeriod}`,
  defaultSort: 'socCode',
  filters: [
    { key: 'areaType', label: 'Area type', options: optionsOf(AREA_TYPES) },
    { key: 'sourceId', label: 'Source', lookup: LOOKUPS.source },
  ],
  columns: [
    { key: 'soc', header: 'Occupation', cell: (r) => `${r.socCode} ${r.socTitle}`, sort: 'socCode' },
    { key: 'area', header: 'Area', cell: (r) => r.areaName, sort: 'areaName' },
    { key: 'period', header: 'Period', cell: (r) => r.referencePeriod, sort: 'periodYear' },
    {
      key: 'employment',
      header: 'Employment',
      cell: (r) => num(r.employment),
      sort: 'employment',
      numeric: true,
    },
    {
      key: 'median',
      header: 'Median annual',
      cell: (r) => money(r.medianAnnual),
      sort: 'medianAnnual',
      numeric: true,
    },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: [...WAGE_IDENTITY_FIELDS, ...SUMMARY_FIELDS, ...ANNUAL_FIELDS, ...HOURLY_FIELDS],
  defaults: () =>
    formDefaults(WAGE_STATISTIC_SHAPE, {
      areaType: 'national',
      areaCode: 'US',
      areaName: 'U.S.',
      periodYear: new Date().getFullYear() - 1,
    }),
};
