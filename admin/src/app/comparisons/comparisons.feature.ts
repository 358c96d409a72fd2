import {
  COMPARISON_ROW_KINDS,
  DELIVERY_MODE_LABELS,
  type ComparisonRecord,
  type ComparisonRowRecord,
  type CreateComparisonRequest,
  type CreateComparisonRowRequest,
} from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { SLUG, date, optionsFrom, optionsOf } from '../records/options';

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
  fields: [
    { key: 'title', label: 'Title', kind: 'text', required: true, wide: true },
    {
      key: 'slug',
      label: 'Slug',
      kind: 'text',
      required: true,
      pattern: SLUG,
      hint: 'The page is /compare/<slug>',
    },
    { key: 'authorId', label: 'Author', kind: 'record', lookup: LOOKUPS.author },
    {
      key: 'occupationIds',
      label: 'Occupations compared',
      kind: 'records',
      lookup: LOOKUPS.occupation,
      required: true,
      wide: true,
      hint: 'Columns, in the order chosen',
    },
    { key: 'introMarkdown', label: 'Introduction', kind: 'markdown' },
  ],
  defaults: () => ({ slug: '', title: '', introMarkdown: '', authorId: null, occupationIds: [] }),
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
  fields: [
    { key: 'comparisonId', label: 'Comparison', kind: 'record', lookup: LOOKUPS.comparison, required: true },
    { key: 'label', label: 'Label', kind: 'text', required: true },
    { key: 'key', label: 'Key', kind: 'text', required: true, pattern: SLUG },
    { key: 'group', label: 'Group', kind: 'text', nullable: true },
    { key: 'kind', label: 'Kind', kind: 'select', required: true, options: optionsFrom(ROW_KIND_LABELS) },
    {
      key: 'sectionKey',
      label: 'Section key',
      kind: 'text',
      nullable: true,
      hint: 'For section rows: e.g. licensing',
    },
    {
      key: 'delivery',
      label: 'Delivery',
      kind: 'select',
      options: [{ value: null, label: 'Any' }, ...optionsFrom(DELIVERY_MODE_LABELS)],
      hint: 'For schools rows',
    },
    { key: 'position', label: 'Position', kind: 'number', required: true, min: 0 },
  ],
  defaults: () => ({
    comparisonId: '',
    key: '',
    group: null,
    label: '',
    kind: 'section',
    sectionKey: null,
    delivery: null,
    position: 0,
  }),
};
