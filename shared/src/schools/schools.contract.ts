import { CREDENTIAL_LEVELS, DELIVERY_MODES } from '../common/enums.js';
import { STATE_CODE_PATTERN } from '../common/slug.js';
import {
  field,
  readOnly,
  recordShape,
  type CreateRequestOf,
  type EditableFieldOf,
  type ShapeValues,
} from '../editorial/record-shape.js';
import { AWARD_LEVELS } from './award-levels.js';
import type { CredentialLevel, DeliveryMode } from '../common/enums.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

/** Admins write schools and programs; editors read them. */
export const SCHOOL_SHAPE = recordShape({
  slug: field.slug(),
  name: field.text('Name', 200),
  city: field.text('City', 120),
  /** Two-letter postal code. */
  state: field.text('State', 2, 'required', {
    regex: STATE_CODE_PATTERN,
    message: 'must be a two-letter state code (upper case)',
  }),
  website: field.url('Website'),
  /** IPEDS UNITID (six digits). */
  ipedsUnitId: field.int('IPEDS UNITID', 100_000, 999_999, 'nullable'),
  sourceId: field.id('Source', 'source', 'nullable'),
  /** Five-digit ZIP code (IPEDS `ZIP`, first five digits). */
  zip: field.text('ZIP code', 5, 'nullable', { regex: /^\d{5}$/, message: 'must be five digits' }),
  /** Decimal degrees (IPEDS `LATITUDE` / `LONGITUD`); both or neither. */
  latitude: field.decimal('Latitude', -90, 90, 6, 'nullable'),
  longitude: field.decimal('Longitude', -180, 180, 6, 'nullable'),
  // What an IPEDS refresh writes on a listing beside the fields an admin can edit; read-only to the API.
  /** IPEDS `SECTOR` (1 public 4-year or above … 9 private for-profit less than 2-year); see SCHOOL_SECTOR_LABELS. */
  sector: readOnly(field.int('Sector', 0, 99, 'nullable')),
  /** The day IPEDS reports the institution closed (`CLOSEDAT`), or null while it is open. */
  closedOn: readOnly(field.date('Closed on')),
  /** The directory year the listing was last refreshed from (hd2023.csv → 2023). */
  directoryYear: readOnly(field.int('Directory year', 1900, 2200, 'nullable')),
  /** Published yearly charges in dollars (IPEDS IC_AY): tuition and required fees for full-time undergraduates. */
  tuitionInDistrict: readOnly(field.int('Tuition and fees, in district', 0, undefined, 'nullable')),
  tuitionInState: readOnly(field.int('Tuition and fees, in state', 0, undefined, 'nullable')),
  tuitionOutOfState: readOnly(field.int('Tuition and fees, out of state', 0, undefined, 'nullable')),
  booksAndSupplies: readOnly(field.int('Books and supplies', 0, undefined, 'nullable')),
  /** Academic year the charges are for (ic2022_ay.csv → 2022, i.e. 2022–23). */
  pricesYear: readOnly(field.int('Prices year', 1900, 2200, 'nullable')),
  pricesSourceId: readOnly(field.id('Prices source', 'source', 'nullable')),
  /** Fields an admin changed by hand: an IPEDS refresh keeps their values. */
  handEdited: readOnly(field.strings('Edited by hand')),
});
export type CreateSchoolRequest = CreateRequestOf<typeof SCHOOL_SHAPE>;
export type UpdateSchoolRequest = UpdateRequest<CreateSchoolRequest>;
export type SchoolEditableField = EditableFieldOf<typeof SCHOOL_SHAPE>;
export interface SchoolRecord extends EditableRecord, Omit<ShapeValues<typeof SCHOOL_SHAPE>, 'handEdited'> {
  handEdited: SchoolEditableField[];
}

/** IPEDS `SECTOR` codes. */
export const SCHOOL_SECTOR_LABELS: Readonly<Record<number, string>> = {
  0: 'Administrative unit',
  1: 'Public, 4-year or above',
  2: 'Private not-for-profit, 4-year or above',
  3: 'Private for-profit, 4-year or above',
  4: 'Public, 2-year',
  5: 'Private not-for-profit, 2-year',
  6: 'Private for-profit, 2-year',
  7: 'Public, less than 2-year',
  8: 'Private not-for-profit, less than 2-year',
  9: 'Private for-profit, less than 2-year',
};

export const SCHOOL_SORT_FIELDS = ['name', 'slug', 'city', 'state', 'createdAt', 'updatedAt'] as const;
export interface SchoolListQuery extends RecordListQuery<(typeof SCHOOL_SORT_FIELDS)[number]> {
  state?: string;
}

export const PROGRAM_SHAPE = recordShape({
  schoolId: field.id('School', 'school'),
  occupationId: field.id('Occupation', 'occupation'),
  name: field.text('Name', 200),
  credentialLevel: field.enumOf('Credential level', CREDENTIAL_LEVELS, 'nullable'),
  delivery: field.enumOf('Delivery', DELIVERY_MODES),
  minMonths: field.int('Shortest (months)', 1, 240, 'nullable'),
  /** At least minMonths when both are given. */
  maxMonths: field.int('Longest (months)', 1, 240, 'nullable'),
  accreditationBodyId: field.id('Accredited by', 'accreditationBody', 'nullable'),
  url: field.url('Program page'),
  /** CIP 2020 code of the program (`51.0801`), when it came from IPEDS completions. */
  cipCode: field.text('CIP code', 7, 'nullable', {
    regex: /^\d{2}\.\d{4}$/,
    message: 'must be a CIP 2020 code like 51.0801',
  }),
  /** IPEDS award level (`AWLEVEL`), when it came from IPEDS completions; see AWARD_LEVELS. */
  awardLevel: field.enumOf(
    'Award level',
    AWARD_LEVELS.map((level) => level.code),
    'nullable',
  ),
  // What an IPEDS completions refresh writes on a program; read-only to the API.
  /** Awards conferred in the program's latest completions year (IPEDS `CTOTALT`, first majors). */
  completions: readOnly(field.int('Completions', 0, undefined, 'nullable')),
  /** The completions year (c2023_a.csv → 2023: awards from July 2022 to June 2023). */
  completionsYear: readOnly(field.int('Completions year', 1900, 2200, 'nullable')),
  completionsSourceId: readOnly(field.id('Completions source', 'source', 'nullable')),
  /** The completions year whose file no longer lists the program; null while IPEDS lists it. */
  vanishedIn: readOnly(field.int('No longer listed in', 1900, 2200, 'nullable')),
  /** Fields an admin changed by hand: an IPEDS refresh keeps their values. */
  handEdited: readOnly(field.strings('Edited by hand')),
});
export type CreateProgramRequest = CreateRequestOf<typeof PROGRAM_SHAPE>;
export type UpdateProgramRequest = UpdateRequest<CreateProgramRequest>;
export type ProgramEditableField = EditableFieldOf<typeof PROGRAM_SHAPE>;
export interface ProgramRecord extends EditableRecord, Omit<ShapeValues<typeof PROGRAM_SHAPE>, 'handEdited'> {
  handEdited: ProgramEditableField[];
}

export const PROGRAM_SORT_FIELDS = [
  'name',
  'delivery',
  'credentialLevel',
  'minMonths',
  'createdAt',
  'updatedAt',
  /** The school's name, then the program's. */
  'schoolName',
] as const;

/** What narrows the programs list; the bulk accreditation route takes the same filter. */
export interface ProgramFilter {
  schoolId?: string;
  occupationId?: string;
  delivery?: DeliveryMode;
  credentialLevel?: CredentialLevel;
  accreditationBodyId?: string;
  /** The school's two-letter state. */
  state?: string;
  /** Part of the program's or the school's name. */
  q?: string;
}
export interface ProgramListQuery
  extends RecordListQuery<(typeof PROGRAM_SORT_FIELDS)[number]>, Omit<ProgramFilter, 'q'> {}

/** The school a program belongs to, as the programs list names it. */
export interface ProgramSchoolSummary {
  id: string;
  name: string;
  city: string;
  state: string;
}
/** One row of `GET /api/programs`: the program and its school. */
export interface ProgramListItem extends ProgramRecord {
  school: ProgramSchoolSummary;
  /** The programmatic accreditation body's abbreviation (CAAHEP), or null. */
  accreditation: string | null;
}

/** The programmatic accreditation bodies are editorial: admins assign one to many programs at once. */
export interface BulkAccreditationRequest {
  /** The body to assign, or null to clear the programs' accreditation. */
  accreditationBodyId: string | null;
  /** The chosen programs with the versions the admin saw; a stale one refuses the whole change. */
  programs?: { id: string; version: number }[];
  /** Instead of `programs`: every program the list filter matches. */
  filter?: ProgramFilter;
  /** Count what would change without changing anything. */
  dryRun?: boolean;
}
export interface BulkAccreditationResult {
  /** Programs the ids or the filter name. */
  matched: number;
  /** Programs whose accreditation changes (the others already have it). */
  changed: number;
}
