import { RECORD_PATHS, type RecordType } from '@careerscope/shared';

import type { RecordLookup } from './record-feature';

/** Human names of record types, for messages such as "still used by 2 wage statistics". */
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
  return type in RECORD_PATHS;
}

export function typeLabel(type: string, count: number): string {
  if (!isRecordType(type)) return type;
  const label = RECORD_TYPE_LABELS[type];
  return count === 1 ? label.one : label.many;
}

/** The admin route of one record (records are edited at `/<api path>/<id>`). */
export function recordLink(type: string, id: string): string[] | null {
  return isRecordType(type) ? ['/', RECORD_PATHS[type], id] : null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** How each type is found in pickers and named in lists. */
export const LOOKUPS = {
  source: {
    path: 'sources',
    sort: 'key',
    label: (r) => `${text(r['citation'])} — ${text(r['title'])}`,
  },
  author: { path: 'authors', sort: 'name', label: (r) => text(r['name']) },
  occupation: { path: 'occupations', sort: 'title', label: (r) => text(r['title']) },
  certifyingBody: {
    path: 'certifying-bodies',
    sort: 'name',
    label: (r) => `${text(r['abbreviation'])} — ${text(r['name'])}`,
  },
  credential: {
    path: 'credentials',
    sort: 'name',
    label: (r) => `${text(r['abbreviation'])} — ${text(r['name'])}`,
  },
  accreditationBody: {
    path: 'accreditation-bodies',
    sort: 'name',
    label: (r) => `${text(r['abbreviation'])} — ${text(r['name'])}`,
  },
  school: {
    path: 'schools',
    sort: 'name',
    label: (r) => `${text(r['name'])} (${text(r['city'])}, ${text(r['state'])})`,
  },
  comparison: { path: 'comparisons', sort: 'title', label: (r) => text(r['title']) },
} satisfies Record<string, RecordLookup>;
