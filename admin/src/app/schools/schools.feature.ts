import {
  AWARD_LEVELS,
  CREDENTIAL_LEVEL_LABELS,
  DELIVERY_MODE_LABELS,
  PROGRAM_SHAPE,
  SCHOOL_SECTOR_LABELS,
  SCHOOL_SHAPE,
  US_STATE_NAMES,
  awardLevel,
  slugify,
  type CreateProgramRequest,
  type CreateSchoolRequest,
  type ProgramListItem,
  type ProgramRecord,
  type SchoolRecord,
} from '@careerscope/shared';

import { formDefaults, formFields } from '../records/form-fields';
import type { RecordFact, RecordFeature } from '../records/record-feature';
import { LOOKUPS } from '../records/record-types';
import { date, money, num, optionsFrom } from '../records/options';
import { ProgramAccreditationBulkComponent } from './program-accreditation-bulk.component';

const STATE_OPTIONS = Object.entries(US_STATE_NAMES).map(([value, label]) => ({
  value,
  label: `${label} (${value})`,
}));

const AWARD_LEVEL_LABELS = Object.fromEntries(AWARD_LEVELS.map((level) => [level.code, level.label]));

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
  fields: formFields(SCHOOL_SHAPE, [
    'name',
    {
      key: 'slug',
      hint: 'Filled from the name until you change it',
      follows: { field: 'name', derive: slugify },
    },
    'city',
    { key: 'state', choices: STATE_OPTIONS },
    'website',
    'ipedsUnitId',
    'sourceId',
    'zip',
    'latitude',
    'longitude',
  ]),
  defaults: () => formDefaults(SCHOOL_SHAPE),
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
  fields: formFields(PROGRAM_SHAPE, [
    'name',
    'schoolId',
    'occupationId',
    { key: 'credentialLevel', labels: CREDENTIAL_LEVEL_LABELS },
    { key: 'delivery', labels: DELIVERY_MODE_LABELS },
    'minMonths',
    'maxMonths',
    'accreditationBodyId',
    'url',
    'cipCode',
    { key: 'awardLevel', labels: AWARD_LEVEL_LABELS },
  ]),
  defaults: () => formDefaults(PROGRAM_SHAPE, { delivery: 'campus' }),
  facts: programFacts,
  fieldNotes: (program) => handEditedNotes(program.handEdited),
  bulkActions: ProgramAccreditationBulkComponent,
};
