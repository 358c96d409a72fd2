import type { CreateEmploymentProjectionRequest, EmploymentProjectionRecord } from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { AREA_CODE, SOC_CODE, date, num } from '../records/options';

export const PROJECTIONS: RecordFeature<EmploymentProjectionRecord, CreateEmploymentProjectionRequest> = {
  recordType: 'employmentProjection',
  path: 'employment-projections',
  singular: 'employment projection',
  plural: 'employment projections',
  description:
    'BLS Employment Projections per SOC code and period; base-year employment is the “number practicing”.',
  title: (r) =>
    `${r.socCode} ${r.socTitle}${r.areaCode && r.areaCode !== 'US' ? `, ${r.areaName}` : ''}, ${r.baseYear}–${r.targetYear}`,
  defaultSort: 'socCode',
  columns: [
    { key: 'soc', header: 'Occupation', cell: (r) => `${r.socCode} ${r.socTitle}`, sort: 'socCode' },
    { key: 'area', header: 'Area', cell: (r) => r.areaName ?? 'United States' },
    { key: 'period', header: 'Period', cell: (r) => `${r.baseYear}–${r.targetYear}`, sort: 'baseYear' },
    {
      key: 'baseEmployment',
      header: 'Base employment',
      cell: (r) => num(r.baseEmployment),
      sort: 'baseEmployment',
      numeric: true,
    },
    {
      key: 'percentChange',
      header: 'Change (%)',
      cell: (r) => String(r.percentChange),
      sort: 'percentChange',
      numeric: true,
    },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: [
    { key: 'socCode', label: 'SOC code', kind: 'text', required: true, pattern: SOC_CODE },
    { key: 'socTitle', label: 'SOC title', kind: 'text', required: true },
    {
      key: 'areaCode',
      label: 'Area code',
      kind: 'text',
      required: true,
      pattern: AREA_CODE,
      hint: 'US for the nation, or the state’s postal code',
    },
    {
      key: 'areaName',
      label: 'Area name',
      kind: 'text',
      required: true,
      hint: 'United States, or the state',
    },
    { key: 'baseYear', label: 'Base year', kind: 'number', required: true, min: 1990, max: 2100 },
    { key: 'targetYear', label: 'Target year', kind: 'number', required: true, min: 1990, max: 2100 },
    { key: 'baseEmployment', label: 'Base employment', kind: 'number', required: true, min: 0 },
    { key: 'targetEmployment', label: 'Target employment', kind: 'number', required: true, min: 0 },
    {
      key: 'numericChange',
      label: 'Numeric change',
      kind: 'number',
      required: true,
      hint: 'Target minus base',
    },
    { key: 'percentChange', label: 'Percent change', kind: 'number', required: true, step: 0.1 },
    {
      key: 'allOccupationsPercentChange',
      label: 'All occupations (%)',
      kind: 'number',
      required: true,
      step: 0.1,
      hint: 'The baseline the portal compares against',
    },
    {
      key: 'averageAnnualOpenings',
      label: 'Average annual openings',
      kind: 'number',
      min: 0,
      hint: 'Where the projections give them (state projections do)',
    },
    { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source, required: true },
  ],
  defaults: () => ({
    socCode: '',
    socTitle: '',
    areaCode: 'US',
    areaName: 'United States',
    baseYear: new Date().getFullYear() - 1,
    targetYear: new Date().getFullYear() + 9,
    baseEmployment: 0,
    targetEmployment: 0,
    numericChange: 0,
    percentChange: 0,
    allOccupationsPercentChange: 0,
    averageAnnualOpenings: null,
    sourceId: '',
  }),
};
