import type {
  CertifyingBodyRecord,
  CreateCertifyingBodyRequest,
  CreateCredentialRequest,
  CredentialRecord,
} from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { SLUG, date } from '../records/options';

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
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'abbreviation', label: 'Abbreviation', kind: 'text', required: true },
    { key: 'slug', label: 'Slug', kind: 'text', required: true, pattern: SLUG },
    { key: 'url', label: 'Website', kind: 'url', nullable: true },
    { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source, required: true },
  ],
  defaults: () => ({ slug: '', name: '', abbreviation: '', url: null, sourceId: '' }),
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
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'abbreviation', label: 'Abbreviation', kind: 'text', required: true },
    { key: 'slug', label: 'Slug', kind: 'text', required: true, pattern: SLUG },
    { key: 'certifyingBodyId', label: 'Certifying body', kind: 'record', lookup: LOOKUPS.certifyingBody },
    { key: 'renewalPeriodMonths', label: 'Renew every (months)', kind: 'number', min: 1 },
    { key: 'renewalUnits', label: 'Units needed', kind: 'number', min: 0 },
    { key: 'renewalUnitName', label: 'Unit name', kind: 'text', nullable: true, hint: 'points, CEUs …' },
    { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source, required: true },
    { key: 'renewalNoteMarkdown', label: 'Renewal note', kind: 'markdown' },
  ],
  defaults: () => ({
    slug: '',
    name: '',
    abbreviation: '',
    certifyingBodyId: null,
    renewalPeriodMonths: null,
    renewalUnits: null,
    renewalUnitName: null,
    renewalNoteMarkdown: '',
    sourceId: '',
  }),
};
