import type { AccreditationBodyRecord, CreateAccreditationBodyRequest } from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { SLUG, date } from '../records/options';

export const ACCREDITATION_BODIES: RecordFeature<AccreditationBodyRecord, CreateAccreditationBodyRequest> = {
  recordType: 'accreditationBody',
  path: 'accreditation-bodies',
  singular: 'accreditation body',
  plural: 'accreditation bodies',
  description: 'CAAHEP, ABHES, CAHIIM …: who accredits programs, and who recognises them.',
  title: (r) => `${r.abbreviation} — ${r.name}`,
  defaultSort: 'name',
  columns: [
    { key: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' },
    { key: 'abbreviation', header: 'Abbreviation', cell: (r) => r.abbreviation, sort: 'abbreviation' },
    { key: 'recognizedBy', header: 'Recognised by', cell: (r) => r.recognizedBy ?? '' },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'abbreviation', label: 'Abbreviation', kind: 'text', required: true },
    { key: 'slug', label: 'Slug', kind: 'text', required: true, pattern: SLUG },
    { key: 'url', label: 'Website', kind: 'url', nullable: true },
    { key: 'recognizedBy', label: 'Recognised by', kind: 'text', nullable: true, hint: 'e.g. CHEA' },
    {
      key: 'sourceId',
      label: 'Source (the body’s own page)',
      kind: 'record',
      lookup: LOOKUPS.source,
      required: true,
    },
    {
      key: 'occupationIds',
      label: 'Accredits programs for',
      kind: 'records',
      lookup: LOOKUPS.occupation,
      wide: true,
    },
    { key: 'sourceIds', label: 'Further sources', kind: 'records', lookup: LOOKUPS.source, wide: true },
    { key: 'descriptionMarkdown', label: 'Description', kind: 'markdown' },
  ],
  defaults: () => ({
    slug: '',
    name: '',
    abbreviation: '',
    url: null,
    recognizedBy: null,
    descriptionMarkdown: '',
    sourceId: '',
    occupationIds: [],
    sourceIds: [],
  }),
};
