import type { FieldChange, PublicationSnapshot, RecordChange, SnapshotCollection } from '@careerscope/shared';
import { SNAPSHOT_COLLECTIONS } from '@careerscope/shared';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Fields that name a list element, in order of preference: lists are matched by identity, not position. */
const IDENTITY_FIELDS = ['slug', 'key', 'id', 'occupationSlug', 'label', 'text', 'name'];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

function equal(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field-by-field differences between two JSON values. Objects are compared key by key; lists of
 * records by identity (`wages[<id>]`), lists of plain values and lists without an identity as a whole.
 */
export function diffValues(before: Json | undefined, after: Json | undefined, path = ''): FieldChange[] {
  if (equal(before, after)) return [];
  if (before === undefined) return [{ path, change: 'added', after }];
  if (after === undefined) return [{ path, change: 'removed', before }];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffValues(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const field = identityField(before, after);
    if (field !== null) {
      const index = (list: Json[]) =>
        new Map(list.map((item) => [String((item as JsonObject)[field]), item]));
      const old = index(before);
      const next = index(after);
      const ids = [...new Set([...old.keys(), ...next.keys()])];
      const changes = ids.flatMap((id) => diffValues(old.get(id), next.get(id), `${path}[${id}]`));
      const commonBefore = [...old.keys()].filter((id) => next.has(id));
      const commonAfter = [...next.keys()].filter((id) => old.has(id));
      if (!equal(commonBefore, commonAfter)) {
        changes.push({ path: `${path}[order]`, change: 'changed', before: commonBefore, after: commonAfter });
      }
      return changes;
    }
  }
  return [{ path, change: 'changed', before, after }];
}

function recordKey(collection: SnapshotCollection, record: JsonObject): string {
  return collection === 'occupations' || collection === 'comparisons'
    ? String(record.slug)
    : String(record.id ?? record.slug);
}

function recordLabel(record: JsonObject): string {
  return String(record.title ?? record.name ?? record.citation ?? record.key ?? '');
}

/** Record by record, field by field: what changed from one publication's snapshot to another's. */
export function diffSnapshots(before: PublicationSnapshot, after: PublicationSnapshot): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const collection of SNAPSHOT_COLLECTIONS) {
    const old = new Map(
      (before[collection] as unknown as JsonObject[]).map((record) => [
        recordKey(collection, record),
        record,
      ]),
    );
    const next = new Map(
      (after[collection] as unknown as JsonObject[]).map((record) => [recordKey(collection, record), record]),
    );
    for (const [key, record] of old) {
      const other = next.get(key);
      if (!other) {
        changes.push({ collection, key, label: recordLabel(record), change: 'removed', fields: [] });
      } else {
        const fields = diffValues(record, other);
        if (fields.length > 0) {
          changes.push({ collection, key, label: recordLabel(other), change: 'changed', fields });
        }
      }
    }
    for (const [key, record] of next) {
      if (!old.has(key)) {
        changes.push({ collection, key, label: recordLabel(record), change: 'added', fields: [] });
      }
    }
  }
  return changes;
}
