import type { CredentialLevel, DeliveryMode } from '../common/enums.js';
import type { EditableRecord, RecordListQuery, UpdateRequest } from '../editorial/editorial.contract.js';

/** Admins write schools and programs; editors read them. */
export interface CreateSchoolRequest {
  slug: string;
  name: string;
  city: string;
  /** Two-letter postal code. */
  state: string;
  website: string | null;
  ipedsUnitId: number | null;
  sourceId: string | null;
  /** Five-digit ZIP code (IPEDS `ZIP`, first five digits). */
  zip: string | null;
  /** Decimal degrees (IPEDS `LATITUDE` / `LONGITUD`); both or neither. */
  latitude: number | null;
  longitude: number | null;
}
export type UpdateSchoolRequest = UpdateRequest<CreateSchoolRequest>;
export interface SchoolRecord extends EditableRecord, CreateSchoolRequest, SchoolIpedsFields {
  /** Fields an admin changed by hand: an IPEDS refresh keeps their values. */
  handEdited: SchoolEditableField[];
}

/** What an IPEDS refresh writes on a listing beside the fields an admin can edit; read-only to the API. */
export interface SchoolIpedsFields {
  /** IPEDS `SECTOR` (1 public 4-year or above … 9 private for-profit less than 2-year); see SCHOOL_SECTOR_LABELS. */
  sector: number | null;
  /** The day IPEDS reports the institution closed (`CLOSEDAT`), or null while it is open. */
  closedOn: string | null;
  /** The directory year the listing was last refreshed from (hd2023.csv → 2023). */
  directoryYear: number | null;
  /** Published yearly charges in dollars (IPEDS IC_AY): tuition and required fees for full-time undergraduates. */
  tuitionInDistrict: number | null;
  tuitionInState: number | null;
  tuitionOutOfState: number | null;
  booksAndSupplies: number | null;
  /** Academic year the charges are for (ic2022_ay.csv → 2022, i.e. 2022–23). */
  pricesYear: number | null;
  pricesSourceId: string | null;
}
export type SchoolEditableField = keyof CreateSchoolRequest;

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

export interface CreateProgramRequest {
  schoolId: string;
  occupationId: string;
  name: string;
  credentialLevel: CredentialLevel | null;
  delivery: DeliveryMode;
  minMonths: number | null;
  /** At least minMonths when both are given. */
  maxMonths: number | null;
  accreditationBodyId: string | null;
  url: string | null;
  /** CIP 2020 code of the program (`51.0801`), when it came from IPEDS completions. */
  cipCode: string | null;
  /** IPEDS award level (`AWLEVEL`), when it came from IPEDS completions; see AWARD_LEVELS. */
  awardLevel: number | null;
}
export type UpdateProgramRequest = UpdateRequest<CreateProgramRequest>;
export interface ProgramRecord extends EditableRecord, CreateProgramRequest, ProgramIpedsFields {
  /** Fields an admin changed by hand: an IPEDS refresh keeps their values. */
  handEdited: ProgramEditableField[];
}
export type ProgramEditableField = keyof CreateProgramRequest;

/** What an IPEDS completions refresh writes on a program; read-only to the API. */
export interface ProgramIpedsFields {
  /** Awards conferred in the program's latest completions year (IPEDS `CTOTALT`, first majors). */
  completions: number | null;
  /** The completions year (c2023_a.csv → 2023: awards from July 2022 to June 2023). */
  completionsYear: number | null;
  completionsSourceId: string | null;
  /** The completions year whose file no longer lists the program; null while IPEDS lists it. */
  vanishedIn: number | null;
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
