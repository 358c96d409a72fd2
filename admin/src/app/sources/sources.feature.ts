import { SOURCE_SHAPE, type CreateSourceRequest, type SourceRecord } from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { RecordFeature } from '../records/record-feature';
import { date } from '../records/options';

export const SOURCES: RecordFeature<SourceRecord, CreateSourceRequest> = {
  recordType: 'source',
  path: 'sources',
  singular: 'source',
  plural: 'sources',
  description: 'Citations behind every figure and section; the portal shows them as footnotes.',
  title: (r) => r.citation || r.title,
  defaultSort: 'key',
  columns: [
    { key: 'citation', header: 'Citation', cell: (r) => r.citation },
    { key: 'title', header: 'Title', cell: (r) => r.title, sort: 'title' },
    { key: 'publisher', header: 'Publisher', cell: (r) => r.publisher, sort: 'publisher' },
    {
      key: 'referencePeriod',
      header: 'Period',
      cell: (r) => r.referencePeriod ?? '',
      sort: 'referencePeriod',
    },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: formFields(SOURCE_SHAPE, [
    { key: 'citation', hint: 'Short label in running text: “BLS 2025”' },
    { key: 'key', hint: 'Stable id, e.g. bls-oews-2024 or onet-29.3' },
    { key: 'title', wide: true },
    'publisher',
    'url',
    { key: 'referencePeriod', hint: 'e.g. May 2024' },
    'retrievedOn',
  ]),
  defaults: () => formDefaults(SOURCE_SHAPE),
};
