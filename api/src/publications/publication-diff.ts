import type {
  FieldChange,
  NestedRecordRef,
  PublicationSnapshot,
  RecordChange,
  RecordType,
  SnapshotCollection,
} from '@careerscope/shared';
import { SNAPSHOT_COLLECTIONS, SNAPSHOT_RECORD_TYPES } from '@careerscope/shared';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Fields that name a list element, in order of preference: lists are matched by identity, not position. */
const IDENTITY_FIELDS = ['slug', 'key', 'id', 'occupationSlug', 'label', 'text', 'name'];

/** Lists of a snapshot whose elements are editable records of their own (linked by their `id`). */
const NESTED_RECORD_TYPES: Record<string, RecordType> = {
  wages: 'wageStatistic',
  projections: 'employmentProjection',
  workSettings: 'workSetting',
  educationPaths: 'educationPath',
  certifications: 'occupationCertification',
  accreditationBodies: 'accreditationBody',
  programs: 'program',
  schools: 'school',
  sources: 'source',
  occupations: 'occupation',
};

/** Field names in words where the name alone does not read well. */
const FIELD_WORDS: Record<string, string> = {
  socCode: 'SOC code',
  socTitle: 'SOC title',
  socNoteHtml: 'SOC note',
  introHtml: 'Introduction',
  html: 'Text',
  ipedsUnitId: 'IPEDS unit id',
  url: 'URL',
  meanAnnual: 'Mean, annual',
  meanHourly: 'Mean, hourly',
  minMonths: 'Minimum months',
  maxMonths: 'Maximum months',
  wholePercentChange: 'Percent change (whole)',
  allOccupationsPercentChange: 'All occupations, percent change',
  accreditationBodySlug: 'Accreditation body',
  occupationSlugs: 'Occupations',
  order: 'Order',
};

const PERCENTILES: Record<string, string> = {
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'Median',
  p75: '75th percentile',
  p90: '90th percentile',
};

/** One step of a path: an object key, or a list element found by identity. */
type Step = { key: string } | { element: string };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `summaryHtml` → "Summary", `sourceIds` → "Sources", `renewalPeriodMonths` → "Renewal period months". */
function fieldWords(key: string): string {
  if (FIELD_WORDS[key]) return FIELD_WORDS[key];
  const words = key
    .replace(/Html$/, '')
    .replace(/Ids$/, 's')
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Consecutive object keys in words: `annual.p25.value` → "25th percentile, annual". */
function keysWords(keys: string[]): string[] {
  const words: string[] = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    const next = keys[index + 1];
    if ((key === 'annual' || key === 'hourly') && next && PERCENTILES[next]) {
      words.push(`${PERCENTILES[next]}, ${key}`);
      index++;
    } else if (key === 'value' && index > 0) {
      // A flagged value's number: the field it belongs to says it all.
    } else if (key === 'flag' && index > 0) {
      words[words.length - 1] = `${words[words.length - 1]} (BLS flag)`;
    } else {
      words.push(fieldWords(key));
    }
  }
  return words;
}

function pathLabel(steps: Step[]): string {
  const parts: string[] = [];
  let keys: string[] = [];
  for (const step of steps) {
    if ('key' in step) {
      keys.push(step.key);
    } else {
      parts.push(...keysWords(keys), step.element);
      keys = [];
    }
  }
  parts.push(...keysWords(keys));
  return parts.join(' › ');
}

function text(value: Json | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null;
}

/** How people name an element of a snapshot list. */
function elementLabel(list: string, item: Json | undefined, identity: string): string {
  if (!isObject(item)) return identity;
  if (list === 'wages') return `${text(item.referencePeriod)}, ${text(item.areaName)}`;
  if (list === 'projections') return `${text(item.baseYear)}–${text(item.targetYear)}`;
  if (list === 'certifications') {
    const named = [item.credential, item.certifyingBody].find(isObject);
    return named ? (text(named.name) ?? identity) : `${text(item.requirement) ?? ''} certification`.trim();
  }
  if (list === 'educationPaths') return text(item.credentialLevel) ?? identity;
  return (
    text(item.title) ??
    text(item.name) ??
    text(item.label) ??
    text(item.text) ??
    text(item.citation) ??
    identity
  );
}

/** The field that identifies every element of both lists uniquely, if any. */
function identityField(before: Json[], after: Json[]): string | null {
  const all = [...before, ...after];
  if (all.length === 0 || !all.every(isObject)) return null;
  for (const field of IDENTITY_FIELDS) {
    const unique = (list: Json[]) => {
      const values = list.map((item) => (item as JsonObject)[field]);
      return (
        values.every((value) => typeof value === 'string' || typeof value === 'number') &&
        new Set(values).size === values.length
      );
    };
    if (unique(before) && unique(after)) return field;
  }
  return null;
}

/**
 * Bookkeeping a save touches even when it puts back what was published (save A→B, then B→A): not a
 * change of content, so never a pending change. Publishing still carries the newer time.
 */
const BOOKKEEPING_FIELDS = new Set(['updatedAt']);

/**
 * Stored publications come back from jsonb with their keys reordered: compare values, not key order,
 * as their JSON text would (a key holding `undefined` is no key; `undefined` in a list is `null`).
 * Walked once, stopping at the first difference: `walk` asks at every level of a record, so
 * serialising each subtree again would cost the record's size times its depth.
 */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const left = jsonValue(a);
  const right = jsonValue(b);
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return typeof left === 'number' || typeof right === 'number'
      ? JSON.stringify(left) === JSON.stringify(right)
      : false;
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    for (let index = 0; index < left.length; index++) {
      if (!equal(inList(left[index]), inList(right[index]))) return false;
    }
    return true;
  }
  const keys = (object: object) =>
    Object.keys(object).filter((key) => jsonValue((object as Record<string, unknown>)[key]) !== undefined);
  const leftKeys = keys(left);
  const rightKeys = keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  const leftObject = left as Record<string, unknown>;
  const rightObject = right as Record<string, unknown>;
  for (const key of leftKeys) {
    if (!Object.prototype.hasOwnProperty.call(rightObject, key)) return false;
    if (!equal(leftObject[key], rightObject[key])) return false;
  }
  return true;
}

/** A value as JSON.stringify sees it: through toJSON; functions and symbols are no value. */
function jsonValue(value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return (value as { toJSON: () => unknown }).toJSON();
  }
  return value;
}

/** A list's element as JSON writes it: no value is `null`. */
function inList(value: unknown): unknown {
  const json = jsonValue(value);
  return json === undefined ? null : json;
}

/** How many more field changes a walk reports before it stops looking. */
interface Budget {
  left: number;
}

function walk(
  before: Json | undefined,
  after: Json | undefined,
  path: string,
  steps: Step[],
  record: NestedRecordRef | undefined,
  budget: Budget,
): FieldChange[] {
  if (budget.left <= 0 || equal(before, after)) return [];
  const change = (
    kind: FieldChange['change'],
    values: Pick<FieldChange, 'before' | 'after'>,
  ): FieldChange => {
    budget.left -= 1;
    return {
      path,
      label: pathLabel(steps),
      change: kind,
      ...values,
      ...(record ? { record } : {}),
    };
  };
  if (before === undefined) return [change('added', { after })];
  if (after === undefined) return [change('removed', { before })];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (key) => !BOOKKEEPING_FIELDS.has(key),
    );
    const changes: FieldChange[] = [];
    for (const key of keys) {
      if (budget.left <= 0) break;
      append(
        changes,
        walk(before[key], after[key], path ? `${path}.${key}` : key, [...steps, { key }], record, budget),
      );
    }
    return changes;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const field = identityField(before, after);
    if (field !== null) {
      const list = [...steps].reverse().find((step): step is { key: string } => 'key' in step)?.key ?? '';
      const index = (items: Json[]) =>
        new Map(items.map((item) => [String((item as JsonObject)[field]), item]));
      const old = index(before);
      const next = index(after);
      const ids = [...new Set([...old.keys(), ...next.keys()])];
      const changes: FieldChange[] = [];
      for (const id of ids) {
        if (budget.left <= 0) break;
        const item = next.get(id) ?? old.get(id);
        const label = elementLabel(list, item, id);
        const itemId = isObject(item) ? item.id : undefined;
        const nested =
          NESTED_RECORD_TYPES[list] && typeof itemId === 'string'
            ? { type: NESTED_RECORD_TYPES[list], id: itemId, label }
            : record;
        append(
          changes,
          walk(old.get(id), next.get(id), `${path}[${id}]`, [...steps, { element: label }], nested, budget),
        );
      }
      if (budget.left <= 0) return changes;
      const commonBefore = [...old.keys()].filter((id) => next.has(id));
      const commonAfter = [...next.keys()].filter((id) => old.has(id));
      if (!equal(commonBefore, commonAfter)) {
        budget.left -= 1;
        changes.push({
          path: `${path}[order]`,
          label: pathLabel([...steps, { key: 'order' }]),
          change: 'changed',
          before: commonBefore,
          after: commonAfter,
          ...(record ? { record } : {}),
        });
      }
      return changes;
    }
  }
  return [change('changed', { before, after })];
}

/** Adds `more` to the end of `changes` (a record can differ in more fields than a call takes arguments). */
function append(changes: FieldChange[], more: FieldChange[]): void {
  for (const item of more) changes.push(item);
}

/**
 * Field-by-field differences between two JSON values. Objects are compared key by key; lists of
 * records by identity (`wages[<id>]`), lists of plain values and lists without an identity as a whole.
 * Each difference also carries its path in words and, inside a list of records, the record it is in.
 */
export function diffValues(before: Json | undefined, after: Json | undefined, path = ''): FieldChange[] {
  return walk(before, after, path, path ? [{ key: path }] : [], undefined, { left: Infinity });
}

function recordKey(collection: SnapshotCollection, record: JsonObject): string {
  return collection === 'occupations' || collection === 'comparisons'
    ? String(record.slug)
    : String(record.id ?? record.slug);
}

function recordLabel(record: JsonObject): string {
  return String(record.title ?? record.name ?? record.citation ?? record.key ?? '');
}

function recordId(record: JsonObject): string | null {
  return typeof record.id === 'string' ? record.id : null;
}

/**
 * Record by record, field by field: what changed from one publication's snapshot to another's.
 * `recordId` is the id the snapshots hold (comparisons hold none): whether the record still exists
 * in the working copy is for the caller to settle. A changed record of a collection in
 * `options.firstFieldOnly` lists only its first field change: enough to tell that it changed, for a
 * caller that needs no more (after a national refresh thousands of school listings differ).
 */
export function diffSnapshots(
  before: PublicationSnapshot,
  after: PublicationSnapshot,
  options: { firstFieldOnly?: readonly SnapshotCollection[] } = {},
): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const collection of SNAPSHOT_COLLECTIONS) {
    const recordType = SNAPSHOT_RECORD_TYPES[collection];
    const fieldsWanted = options.firstFieldOnly?.includes(collection) ? 1 : Infinity;
    const old = new Map(
      (before[collection] as unknown as JsonObject[]).map((record) => [
        recordKey(collection, record),
        record,
      ]),
    );
    const next = new Map(
      (after[collection] as unknown as JsonObject[]).map((record) => [recordKey(collection, record), record]),
    );
    const entry = (key: string, record: JsonObject, change: RecordChange['change']) => ({
      collection,
      key,
      label: recordLabel(record),
      recordType,
      recordId: recordId(record),
      change,
    });
    for (const [key, record] of old) {
      const other = next.get(key);
      if (!other) {
        changes.push({ ...entry(key, record, 'removed'), fields: [] });
      } else {
        const fields = walk(record, other, '', [], undefined, { left: fieldsWanted });
        if (fields.length > 0) {
          changes.push({ ...entry(key, other, 'changed'), fields });
        }
      }
    }
    for (const [key, record] of next) {
      if (!old.has(key)) {
        changes.push({ ...entry(key, record, 'added'), fields: [] });
      }
    }
  }
  return changes;
}
