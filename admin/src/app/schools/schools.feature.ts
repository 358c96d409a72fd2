import {
  AWARD_LEVELS,
  CREDENTIAL_LEVEL_LABELS,
  DELIVERY_MODE_LABELS,
  SCHOOL_SECTOR_LABELS,
  US_STATE_NAMES,
  awardLevel,
  slugify,
  type CreateProgramRequest,
  type CreateSchoolRequest,
  type ProgramListItem,
  type ProgramRecord,
  type SchoolRecord,
} from '@careerscope/shared';

import type { RecordFact, RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { SLUG, date, money, num, optionsFrom } from '../records/options';
import { ProgramAccreditationBulkComponent } from './program-accreditation-bulk.component';

const STATE_OPTIONS = Object.entries(US_STATE_NAMES).map(([value, label]) => ({
  value,
  label: `${label} (${value})`,
}));

/** Beside a field an admin changed by hand. */
export const HAND_EDITED_NOTE = 'Edited by hand: kept on IPEDS refresh.';

const handEditedNotes = (fields: readonly string[]): Record<string, string> =>
  Object.fromEntries(fields.map((field) => [field, HAND_EDITED_NOTE]));

/** A price with the academic year it is for (2022 → 2022–23). */
function price(value: number | null, year: number | null): string {
  if (value === null) return 'Not reported';
  return year === null ? money(value) : `${money(value)} (${year}–${String(year + 1).slice(-2)})`;
}

/** What IPEDS says about a listing, beside what the admin edits. */
export function schoolFacts(school: SchoolRecord): RecordFact[] {
  if (school.ipedsUnitId === null && school.directoryYear === null && school.pricesYear === null) return [];
  return [
    {
      label: 'Sector (IPEDS)',
      value:
        school.sector === null
          ? 'Not reported'
          : (SCHOOL_SECTOR_LABELS[school.sector] ?? String(school.sector)),
    },
    { label: 'Closed on', value: school.closedOn ? date(school.closedOn) : 'Open' },
    {
      label: 'Directory year',
      value: school.directoryYear === null ? 'Not refreshed from IPEDS' : String(school.directoryYear),
    },
    { label: 'Tuition and fees, in district', value: price(school.tuitionInDistrict, school.pricesYear) },
    { label: 'Tuition and fees, in state', value: price(school.tuitionInState, school.pricesYear) },
    { label: 'Tuition and fees, out of state', value: price(school.tuitionOutOfState, school.pricesYear) },
    { label: 'Books and supplies', value: price(school.booksAndSupplies, school.pricesYear) },
  ];
}

/** What the IPEDS completions say about a program. */
export function programFacts(program: ProgramRecord): RecordFact[] {
  if (program.awardLevel === null && program.completionsYear === null && program.vanishedIn === null)
    return [];
  const level = program.awardLevel === null ? undefined : awardLevel(program.awardLevel);
  return [
    {
      label: 'Award level (IPEDS)',
      value: program.awardLevel === null ? 'Not stated' : (level?.label ?? `Level ${program.awardLevel}`),
    },
    {
      label: 'Awards conferred',
      value:
        program.completions === null
          ? 'Not reported'
          : `${num(program.completions)}${program.completionsYear === null ? '' : ` in ${program.completionsYear}`}`,
    },
    {
      label: 'Status in IPEDS',
      value:
        program.vanishedIn === null
          ? 'Listed in the latest completions'
          : `No longer listed in the ${program.vanishedIn} completions`,
    },
  ];
}

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
    {
      key: 'slug',
      label: 'Slug',
      kind: 'text',
      required: true,
      pattern: SLUG,
      hint: 'Filled from the name until you change it',
      follows: { field: 'name', derive: slugify },
    },
    { key: 'city', label: 'City', kind: 'text', required: true },
    { key: 'state', label: 'State', kind: 'select', required: true, options: STATE_OPTIONS },
    { key: 'website', label: 'Website', kind: 'url', nullable: true },
    { key: 'ipedsUnitId', label: 'IPEDS UNITID', kind: 'number', min: 100000, max: 999999 },
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
  facts: schoolFacts,
  fieldNotes: (school) => handEditedNotes(school.handEdited),
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

const school = (record: ProgramRecord): ProgramListItem['school'] | undefined =>
  (record as Partial<ProgramListItem>).school;

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
    { key: 'state', label: 'State', options: STATE_OPTIONS },
    { key: 'occupationId', label: 'Occupation', lookup: LOOKUPS.occupation },
    { key: 'delivery', label: 'Delivery', options: optionsFrom(DELIVERY_MODE_LABELS) },
    { key: 'credentialLevel', label: 'Credential', options: optionsFrom(CREDENTIAL_LEVEL_LABELS) },
    { key: 'accreditationBodyId', label: 'Accreditation', lookup: LOOKUPS.accreditationBody },
  ],
  columns: [
    { key: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' },
    {
      key: 'school',
      header: 'School',
      cell: (r) => {
        const of = school(r);
        return of ? `${of.name} (${of.city}, ${of.state})` : '';
      },
      sort: 'schoolName',
    },
    {
      key: 'accreditation',
      header: 'Accreditation',
      cell: (r) => (r as Partial<ProgramListItem>).accreditation ?? '',
    },
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
    {
      key: 'awardLevel',
      label: 'IPEDS award level',
      kind: 'select',
      options: [
        { value: null, label: 'Not stated' },
        ...AWARD_LEVELS.map((level) => ({ value: level.code, label: level.label })),
      ],
    },
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
  facts: programFacts,
  fieldNotes: (program) => handEditedNotes(program.handEdited),
  bulkActions: ProgramAccreditationBulkComponent,
};
