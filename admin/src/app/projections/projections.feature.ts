import type { CreateEmploymentProjectionRequest, EmploymentProjectionRecord } from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { SOC_CODE, date, num } from '../records/options';

export const PROJECTIONS: RecordFeature<EmploymentProjectionRecord, CreateEmploymentProjectionRequest> = {
  recordType: 'employmentProjection',
  path: 'employment-projections',
  singular: 'employment projection',
  plural: 'employment projections',
  description:
    'BLS Employment Projections per SOC code and period; base-year employment is the “number practicing”.',
  title: (r) => `${r.socCode} ${r.socTitle}, ${r.baseYear}–${r.targetYear}`,
  defaultSort: 'socCode',
  columns: [
    { key: 'soc', header: 'Occupation', cell: (r) => `${r.socCode} ${r.socTitle}`, sort: 'socCode' },
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
    { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source, required: true },
  ],
  defaults: () => ({
    socCode: '',
    socTitle: '',
    baseYear: new Date().getFullYear() - 1,
    targetYear: new Date().getFullYear() + 9,
    baseEmployment: 0,
    targetEmployment: 0,
    numericChange: 0,
    percentChange: 0,
    allOccupationsPercentChange: 0,
    sourceId: '',
  }),
};
