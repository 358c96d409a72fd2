import type { CreateSourceRequest, SourceRecord } from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { SLUG, date } from '../records/options';

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
  fields: [
    {
      key: 'citation',
      label: 'Citation',
      kind: 'text',
      required: true,
      hint: 'Short label in running text: “BLS 2025”',
    },
    {
      key: 'key',
      label: 'Key',
      kind: 'text',
      required: true,
      pattern: SLUG,
      hint: 'Stable id, e.g. bls-oews-2024',
    },
    { key: 'title', label: 'Title', kind: 'text', required: true, wide: true },
    { key: 'publisher', label: 'Publisher', kind: 'text', required: true },
    { key: 'url', label: 'URL', kind: 'url', nullable: true },
    {
      key: 'referencePeriod',
      label: 'Reference period',
      kind: 'text',
      nullable: true,
      hint: 'e.g. May 2024',
    },
    { key: 'retrievedOn', label: 'Retrieved on', kind: 'date', nullable: true },
  ],
  defaults: () => ({
    key: '',
    publisher: '',
    title: '',
    url: null,
    referencePeriod: null,
    retrievedOn: null,
    citation: '',
  }),
};
