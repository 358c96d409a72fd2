import {
  ACCREDITATION_BODY_SHAPE,
  type AccreditationBodyRecord,
  type CreateAccreditationBodyRequest,
} from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { RecordFeature } from '../records/record-feature';
import { date } from '../records/options';

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
  fields: formFields(ACCREDITATION_BODY_SHAPE, [
    'name',
    'abbreviation',
    'slug',
    'url',
    { key: 'recognizedBy', hint: 'e.g. CHEA' },
    { key: 'sourceId', hint: 'The body’s own page' },
    { key: 'occupationIds', hint: 'Occupations whose programs it accredits', wide: true },
    { key: 'sourceIds', wide: true },
    'descriptionMarkdown',
  ]),
  defaults: () => formDefaults(ACCREDITATION_BODY_SHAPE),
};
