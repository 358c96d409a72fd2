import { RECORD_PATHS, RECORD_TYPE_LABELS, isRecordType } from '@careerscope/shared';

import type { RecordLookup } from './record-feature';

export { RECORD_TYPE_LABELS, isRecordType };

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
