import {
  CREDENTIAL_LEVEL_LABELS,
  DELIVERY_MODE_LABELS,
  US_STATE_NAMES,
  type CreateProgramRequest,
  type CreateSchoolRequest,
  type ProgramRecord,
  type SchoolRecord,
} from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { SLUG, date, optionsFrom } from '../records/options';

const STATE_OPTIONS = Object.entries(US_STATE_NAMES).map(([value, label]) => ({
  value,
  label: `${label} (${value})`,
}));

export const SCHOOLS: RecordFeature<SchoolRecord, CreateSchoolRequest> = {
  recordType: 'school',
  path: 'schools',
  singular: 'school',
  plural: 'schools',
  description: 'The school directory. Admins add and change schools; editors read them.',
  title: (r) => r.name,
  defaultSort: 'name',
  writeRoles: ['admin'],
  filters: [{ key: 'state', label: 'State', options: STATE_OPTIONS }],
  columns: [
    { key: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' },
    { key: 'city', header: 'City', cell: (r) => r.city, sort: 'city' },
    { key: 'state', header: 'State', cell: (r) => r.state, sort: 'state' },
    { key: 'updatedAt', header: 'Updated', cell: (r) => date(r.updatedAt), sort: 'updatedAt' },
  ],
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'slug', label: 'Slug', kind: 'text', required: true, pattern: SLUG },
    { key: 'city', label: 'City', kind: 'text', required: true },
    { key: 'state', label: 'State', kind: 'select', required: true, options: STATE_OPTIONS },
    { key: 'website', label: 'Website', kind: 'url', nullable: true },
    { key: 'ipedsUnitId', label: 'IPEDS unit id', kind: 'number', min: 1 },
    { key: 'sourceId', label: 'Source', kind: 'record', lookup: LOOKUPS.source },
    {
      key: 'zip',
      label: 'ZIP code',
      kind: 'text',
      nullable: true,
      pattern: { regex: /^\d{5}$/, message: 'ZIP code must be five digits' },
    },
    { key: 'latitude', label: 'Latitude', kind: 'number', min: -90, max: 90 },
    { key: 'longitude', label: 'Longitude', kind: 'number', min: -180, max: 180 },
  ],
  defaults: () => ({
    slug: '',
    name: '',
    city: '',
    state: '',
    website: null,
    ipedsUnitId: null,
    sourceId: null,
    zip: null,
    latitude: null,
    longitude: null,
  }),
  related: [
    {
      label: 'Programs',
      path: 'programs',
      filterKey: 'schoolId',
      sort: 'name',
      itemLabel: (r) => String(r['name']),
    },
  ],
};

export const PROGRAMS: RecordFeature<ProgramRecord, CreateProgramRequest> = {
  recordType: 'program',
  path: 'programs',
  singular: 'program',
  plural: 'programs',
  description: 'What a school offers for an occupation: credential, delivery, duration, accreditation.',
  title: (r) => r.name,
  defaultSort: 'name',
  writeRoles: ['admin'],
  filters: [
    { key: 'schoolId', label: 'School', lookup: LOOKUPS.school },
    { key: 'occupationId', label: 'Occupation', lookup: LOOKUPS.occupation },
    { key: 'delivery', label: 'Delivery', options: optionsFrom(DELIVERY_MODE_LABELS) },
    { key: 'credentialLevel', label: 'Credential', options: optionsFrom(CREDENTIAL_LEVEL_LABELS) },
  ],
  columns: [
    { key: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' },
    { key: 'delivery', header: 'Delivery', cell: (r) => DELIVERY_MODE_LABELS[r.delivery], sort: 'delivery' },
    {
      key: 'credentialLevel',
      header: 'Credential',
      cell: (r) => (r.credentialLevel ? CREDENTIAL_LEVEL_LABELS[r.credentialLevel] : ''),
      sort: 'credentialLevel',
    },
    {
      key: 'months',
      header: 'Months',
      cell: (r) => (r.minMonths ? `${r.minMonths}${r.maxMonths ? `–${r.maxMonths}` : ''}` : ''),
      sort: 'minMonths',
    },
  ],
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'schoolId', label: 'School', kind: 'record', lookup: LOOKUPS.school, required: true },
    { key: 'occupationId', label: 'Occupation', kind: 'record', lookup: LOOKUPS.occupation, required: true },
    {
      key: 'credentialLevel',
      label: 'Credential',
      kind: 'select',
      options: [{ value: null, label: 'Not stated' }, ...optionsFrom(CREDENTIAL_LEVEL_LABELS)],
    },
    {
      key: 'delivery',
      label: 'Delivery',
      kind: 'select',
      required: true,
      options: optionsFrom(DELIVERY_MODE_LABELS),
    },
    { key: 'minMonths', label: 'Shortest (months)', kind: 'number', min: 1 },
    { key: 'maxMonths', label: 'Longest (months)', kind: 'number', min: 1 },
    { key: 'accreditationBodyId', label: 'Accredited by', kind: 'record', lookup: LOOKUPS.accreditationBody },
    { key: 'url', label: 'Program page', kind: 'url', nullable: true },
    {
      key: 'cipCode',
      label: 'CIP code',
      kind: 'text',
      nullable: true,
      pattern: { regex: /^\d{2}\.\d{4}$/, message: 'CIP code must look like 51.0801' },
    },
    { key: 'awardLevel', label: 'IPEDS award level', kind: 'number', min: 1, max: 19 },
  ],
  defaults: () => ({
    schoolId: '',
    occupationId: '',
    name: '',
    credentialLevel: null,
    delivery: 'campus',
    minMonths: null,
    maxMonths: null,
    accreditationBodyId: null,
    url: null,
    cipCode: null,
    awardLevel: null,
  }),
};
