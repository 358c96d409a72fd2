import type { DependentRecord, ListQuery } from '../common/page.contract.js';

/**
 * Every kind of record editors and admins change through `/api/<path>`. `RECORD_PATHS` gives the
 * collection path of each; revisions name their record by this type.
 */
export const RECORD_TYPES = [
  'source',
  'author',
  'occupation',
  'occupationSection',
  'occupationCertification',
  'educationPath',
  'workSetting',
  'wageStatistic',
  'employmentProjection',
  'accreditationBody',
  'certifyingBody',
  'credential',
  'school',
  'program',
  'comparison',
  'comparisonRow',
  'occupationSocCode',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const RECORD_PATHS: Record<RecordType, string> = {
  source: 'sources',
  author: 'authors',
  occupation: 'occupations',
  occupationSection: 'occupation-sections',
  occupationCertification: 'occupation-certifications',
  educationPath: 'education-paths',
  workSetting: 'work-settings',
  wageStatistic: 'wage-statistics',
  employmentProjection: 'employment-projections',
  accreditationBody: 'accreditation-bodies',
  certifyingBody: 'certifying-bodies',
  credential: 'credentials',
  school: 'schools',
  program: 'programs',
  comparison: 'comparisons',
  comparisonRow: 'comparison-rows',
  occupationSocCode: 'occupation-soc-codes',
};

/** Human names of record types, for messages ("still used by 2 wage statistics", "saved occupation …"). */
export const RECORD_TYPE_LABELS: Record<RecordType, { one: string; many: string }> = {
  source: { one: 'source', many: 'sources' },
  author: { one: 'author', many: 'authors' },
  occupation: { one: 'occupation', many: 'occupations' },
  occupationSection: { one: 'occupation section', many: 'occupation sections' },
  occupationCertification: { one: 'occupation certification', many: 'occupation certifications' },
  educationPath: { one: 'education path', many: 'education paths' },
  workSetting: { one: 'work setting', many: 'work settings' },
  wageStatistic: { one: 'wage statistic', many: 'wage statistics' },
  employmentProjection: { one: 'employment projection', many: 'employment projections' },
  accreditationBody: { one: 'accreditation body', many: 'accreditation bodies' },
  certifyingBody: { one: 'certifying body', many: 'certifying bodies' },
  credential: { one: 'credential', many: 'credentials' },
  school: { one: 'school', many: 'schools' },
  program: { one: 'program', many: 'programs' },
  comparison: { one: 'comparison', many: 'comparisons' },
  comparisonRow: { one: 'comparison row', many: 'comparison rows' },
  occupationSocCode: { one: 'earlier SOC code', many: 'earlier SOC codes' },
};

export function isRecordType(type: string): type is RecordType {
  return Object.prototype.hasOwnProperty.call(RECORD_PATHS, type);
}

/** Fields every editable record carries. `version` grows by one on every save. */
export interface EditableRecord {
  id: string;
  version: number;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/**
 * `PATCH /api/<path>/:id`: any subset of the create fields plus the `version` the edit started from.
 * When the record changed since, the answer is 409 with the record as it is now in `current`.
 */
export type UpdateRequest<TCreate> = Partial<TCreate> & { version: number };

/** `DELETE /api/<path>/:id?version=N`. */
export interface DeleteRecordQuery {
  version: number;
}

/** What a delete answers: the record's history continues, so it can be restored from a revision. */
export interface DeletedRecord {
  id: string;
  /** The version the deletion wrote (one above the last saved version); restoring needs it. */
  version: number;
  revisionId: string;
}

/**
 * `POST /api/<path>/:id/revisions/:revisionId/restore`: brings the record back to the state that
 * revision saved (or, for a deletion, the state before it). `version` is the record's current
 * version, or for a deleted record the version its deletion wrote.
 */
export interface RestoreRevisionRequest {
  version: number;
}

/** List query of a record type whose sort keys are `TSort` (`field` or `-field`). */
export interface RecordListQuery<TSort extends string> extends ListQuery {
  sort?: TSort | `-${TSort}`;
}

/** Records that still refer to a record someone tried to delete (409 `dependents`). */
export interface RecordDependents {
  type: RecordType | string;
  count: number;
  /** Up to 20 ids of the referring records (of `type`, or of the record owning the reference). */
  ids: string[];
  /** The same records, each with its type and name, for a list of links. */
  records: DependentRecord[];
}
