import {
  COMPARISON_ROW_KINDS,
  COMPARISON_ROW_SHAPE,
  COMPARISON_SHAPE,
  DELIVERY_MODE_LABELS,
  type ComparisonRecord,
  type ComparisonRowRecord,
  type CreateComparisonRequest,
  type CreateComparisonRowRequest,
} from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { date, optionsOf } from '../records/options';

export const COMPARISONS: RecordFeature<ComparisonRecord, CreateComparisonRequest> = {
  recordType: 'comparison',
  path: 'comparisons',
  singular: 'comparison',
  plural: 'comparisons',
  description: 'Editorial pages comparing chosen occupations row by row.',
  title: (r) => r.title,
  defaultSort: 'title',
  filters: [{ key: 'authorId', label: 'Author', lookup: LOOKUPS.author }],
  columns: [
    { key: 'title', header: 'Title', cell: (r) => r.title, sort: 'title' },
    { key: 'slug', header: 'Page', cell: (r) => `/compare/${r.slug}`, sort: 'slug' },
    { key: 'occupations', header: 'Occupations', cell: (r) => String(r.occupationIds.length), numeric: true },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: formFields(COMPARISON_SHAPE, [
    { key: 'title', wide: true },
    { key: 'slug', hint: 'The page is /compare/<slug>' },
    'authorId',
    { key: 'occupationIds', wide: true, hint: 'Columns, in the order chosen' },
    'introMarkdown',
  ]),
  defaults: () => formDefaults(COMPARISON_SHAPE),
};

export const ROW_KIND_LABELS: Record<(typeof COMPARISON_ROW_KINDS)[number], string> = {
  employment: 'Number practicing (projections)',
  growth: 'Expected growth',
  newPositions: 'New positions',
  wages: 'Pay (wage percentiles)',
  section: 'An occupation section (prose)',
  educationPaths: 'Education paths',
  accreditation: 'Accreditation bodies',
  schools: 'Schools',
  certifications: 'Certifications',
  renewal: 'Certification renewal',
  specializations: 'Specializations',
  skills: 'Skills',
  workSettings: 'Work settings',
};

export const COMPARISON_ROWS: RecordFeature<ComparisonRowRecord, CreateComparisonRowRequest> = {
  recordType: 'comparisonRow',
  path: 'comparison-rows',
  singular: 'comparison row',
  plural: 'comparison rows',
  description: 'Rows of comparisons; reorder them by dragging on the comparison’s page.',
  title: (r) => r.label,
  defaultSort: 'position',
  filters: [
    { key: 'comparisonId', label: 'Comparison', lookup: LOOKUPS.comparison },
    { key: 'kind', label: 'Kind', options: optionsOf(COMPARISON_ROW_KINDS) },
  ],
  columns: [
    { key: 'label', header: 'Label', cell: (r) => r.label, sort: 'label' },
    { key: 'kind', header: 'Kind', cell: (r) => ROW_KIND_LABELS[r.kind], sort: 'kind' },
    { key: 'position', header: 'Position', cell: (r) => String(r.position), sort: 'position', numeric: true },
  ],
  fields: formFields(COMPARISON_ROW_SHAPE, [
    'comparisonId',
    'label',
    'key',
    'group',
    { key: 'kind', labels: ROW_KIND_LABELS },
    { key: 'sectionKey', hint: 'For section rows: e.g. licensing' },
    { key: 'delivery', labels: DELIVERY_MODE_LABELS, none: 'Any', hint: 'For schools rows' },
    'position',
  ]),
  defaults: () => formDefaults(COMPARISON_ROW_SHAPE, { kind: 'section' }),
};
