import {
  EMPLOYMENT_PROJECTION_SHAPE,
  type CreateEmploymentProjectionRequest,
  type EmploymentProjectionRecord,
} from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { RecordFeature } from '../records/record-feature';
import { date, num } from '../records/options';

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
  fields: formFields(EMPLOYMENT_PROJECTION_SHAPE, [
    'socCode',
    'socTitle',
    { key: 'areaCode', hint: 'US for the nation, or the state’s postal code' },
    { key: 'areaName', hint: 'United States, or the state' },
    'baseYear',
    'targetYear',
    'baseEmployment',
    'targetEmployment',
    { key: 'numericChange', hint: 'Target minus base' },
    'percentChange',
    { key: 'allOccupationsPercentChange', hint: 'The baseline the portal compares against' },
    { key: 'averageAnnualOpenings', hint: 'Where the projections give them (state projections do)' },
    'sourceId',
  ]),
  defaults: () =>
    formDefaults(EMPLOYMENT_PROJECTION_SHAPE, {
      baseYear: new Date().getFullYear() - 1,
      targetYear: new Date().getFullYear() + 9,
    }),
};
