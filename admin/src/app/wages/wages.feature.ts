import {
  ANNUAL_PERCENTILE_FIELDS,
  AREA_TYPES,
  HOURLY_PERCENTILE_FIELDS,
  emptyWageValues,
  type CreateWageStatisticRequest,
  type WageStatisticRecord,
} from '@careerscope/shared';

import type { FieldDef, RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { SOC_CODE, date, money, num, optionsOf } from '../records/options';
import { meanAtLeastTenthPercentile, percentileOrder, wageFieldLabel } from './wage-rules';

type Field = FieldDef<CreateWageStatisticRequest>;

const valueField = (key: Field['key'], validators: Field['validators'] = []): Field => ({
  key,
  label: wageFieldLabel(key),
  kind: 'number',
  min: 0,
  validators,
});

/** Identity of the row: what BLS measured, where and when. */
export const WAGE_IDENTITY_FIELDS: readonly Field[] = [
  { key: 'socCode', label: 'SOC code', kind: 'text', required: true, pattern: SOC_CODE },
  { key: 'socTitle', label: 'SOC title', kind: 'text', required: true },
  { key: 'areaType', label: 'Area type', kind: 'select', required: true, options: optionsOf(AREA_TYPES) },
  {
    key: 'areaCode',
    label: 'Area code',
    kind: 'text',
    required: true,
    hint: 'US, or the state’s postal code',
  },
  { key: 'areaName', label: 'Area name', kind: 'text', required: true },
  { key: 'referencePeriod', label: 'Reference period', kind: 'text', required: true, hint: 'e.g. May 2024' },
  { key: 'periodYear', label: 'Year', kind: 'number', required: true, min: 1997, max: 2100 },
  { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source, required: true, wide: true },
];

export const ANNUAL_FIELDS = ANNUAL_PERCENTILE_FIELDS.map((key) =>
  valueField(key, [percentileOrder(ANNUAL_PERCENTILE_FIELDS, key)]),
);
export const HOURLY_FIELDS = HOURLY_PERCENTILE_FIELDS.map((key) =>
  valueField(key, [percentileOrder(HOURLY_PERCENTILE_FIELDS, key)]),
);
export const SUMMARY_FIELDS: readonly Field[] = [
  valueField('employment'),
  valueField('meanAnnual', [meanAtLeastTenthPercentile('meanAnnual')]),
  valueField('meanHourly', [meanAtLeastTenthPercentile('meanHourly')]),
];

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
  defaults: () => ({
    socCode: '',
    socTitle: '',
    areaType: 'national',
    areaCode: 'US',
    areaName: 'U.S.',
    referencePeriod: '',
    periodYear: new Date().getFullYear() - 1,
    ...emptyWageValues(),
    flags: {},
    sourceId: '',
  }),
};
