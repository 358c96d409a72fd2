import {
  CERTIFYING_BODY_SHAPE,
  CREDENTIAL_SHAPE,
  type CertifyingBodyRecord,
  type CreateCertifyingBodyRequest,
  type CreateCredentialRequest,
  type CredentialRecord,
} from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { date } from '../records/options';

export const CERTIFYING_BODIES: RecordFeature<CertifyingBodyRecord, CreateCertifyingBodyRequest> = {
  recordType: 'certifyingBody',
  path: 'certifying-bodies',
  singular: 'certifying body',
  plural: 'certifying bodies',
  description: 'AAMA, AAPC, AHIMA …: who awards the credentials.',
  title: (r) => `${r.abbreviation} — ${r.name}`,
  defaultSort: 'name',
  columns: [
    { key: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' },
    { key: 'abbreviation', header: 'Abbreviation', cell: (r) => r.abbreviation, sort: 'abbreviation' },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: formFields(CERTIFYING_BODY_SHAPE, ['name', 'abbreviation', 'slug', 'url', 'sourceId']),
  defaults: () => formDefaults(CERTIFYING_BODY_SHAPE),
  related: [
    {
      label: 'Credentials',
      path: 'credentials',
      filterKey: 'certifyingBodyId',
      sort: 'name',
      itemLabel: (r) => String(r['name']),
    },
  ],
};

export const CREDENTIALS: RecordFeature<CredentialRecord, CreateCredentialRequest> = {
  recordType: 'credential',
  path: 'credentials',
  singular: 'credential',
  plural: 'credentials',
  description: 'Credentials and what keeping them takes (recertify every N months with M units).',
  title: (r) => `${r.abbreviation} — ${r.name}`,
  defaultSort: 'name',
  filters: [{ key: 'certifyingBodyId', label: 'Certifying body', lookup: LOOKUPS.certifyingBody }],
  columns: [
    { key: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' },
    { key: 'abbreviation', header: 'Abbreviation', cell: (r) => r.abbreviation, sort: 'abbreviation' },
    {
      key: 'renewal',
      header: 'Renewal',
      cell: (r) =>
        r.renewalPeriodMonths
          ? `${r.renewalPeriodMonths} months${r.renewalUnits ? `, ${r.renewalUnits} ${r.renewalUnitName ?? ''}` : ''}`
          : '',
    },
  ],
  fields: formFields(CREDENTIAL_SHAPE, [
    'name',
    'abbreviation',
    'slug',
    'certifyingBodyId',
    'renewalPeriodMonths',
    'renewalUnits',
    { key: 'renewalUnitName', hint: 'points, CEUs …' },
    'sourceId',
    'renewalNoteMarkdown',
  ]),
  defaults: () => formDefaults(CREDENTIAL_SHAPE),
};
