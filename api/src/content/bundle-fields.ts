import {
  bundleFormatOf,
  bundleKeyOf,
  naturalKeyOf,
  type FieldSpec,
  type RecordShape,
  type RecordType,
} from '@careerscope/shared';

type Values = Record<string, unknown>;

/** Natural keys and ids of the records a file names, both ways. */
export class NaturalKeys {
  private readonly keyById = new Map<string, string>();
  private readonly idByKey = new Map<RecordType, Map<string, string>>();

  add(type: RecordType, id: string, key: string): void {
    this.keyById.set(id, key);
    const ids = this.idByKey.get(type) ?? new Map<string, string>();
    ids.set(key, id);
    this.idByKey.set(type, ids);
  }

  keyOf(id: string): string {
    const key = this.keyById.get(id);
    if (key === undefined) throw new Error(`No natural key is known for record ${id}`);
    return key;
  }

  idOf(type: RecordType, key: string): string {
    const id = this.idByKey.get(type)?.get(key);
    if (id === undefined) throw new Error(`No ${type} "${key}" in the file`);
    return id;
  }

  has(type: RecordType, key: string): boolean {
    return this.idByKey.get(type)?.has(key) ?? false;
  }
}

/** A sparse or read-only field is left out of the file while it holds nothing or its default. */
function leftOut(spec: FieldSpec, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value) && value.length === 0) return true;
  return spec.default !== undefined && value === spec.default;
}

/** A record as the content file carries it (see BundleValues in shared). */
export function toBundleItem(
  type: RecordType,
  shape: RecordShape,
  record: Values,
  keys: NaturalKeys,
): Values {
  const { implied, sparse } = bundleFormatOf(type);
  const item: Values = {};
  for (const [name, spec] of Object.entries(shape)) {
    if (implied.includes(name)) continue;
    let value = record[name];
    if (spec.kind === 'id' && typeof value === 'string') value = keys.keyOf(value);
    if (spec.kind === 'ids') {
      const named = (value as string[]).map((id) => keys.keyOf(id));
      value = spec.ordered ? named : named.sort();
    }
    if ((spec.readOnly || sparse.includes(name)) && leftOut(spec, value)) continue;
    item[bundleKeyOf(name, spec)] = value;
  }
  return item;
}

/**
 * A record of the content file as its editorial create takes it: the fields an editor sends in
 * `input`, what imports write (read-only fields) in `columns`. References are resolved to the ids of
 * records created before; fields the file leaves out take their defaults.
 */
export function fromBundleItem(
  type: RecordType,
  shape: RecordShape,
  item: Values,
  keys: NaturalKeys,
): { input: Values; columns: Values } {
  const { implied } = bundleFormatOf(type);
  const input: Values = {};
  const columns: Values = {};
  for (const [name, spec] of Object.entries(shape)) {
    if (implied.includes(name)) continue;
    let value = item[bundleKeyOf(name, spec)];
    if (value === undefined) continue;
    if (spec.kind === 'id' && typeof value === 'string') value = keys.idOf(spec.ref as RecordType, value);
    if (spec.kind === 'ids') value = (value as string[]).map((key) => keys.idOf(spec.ref as RecordType, key));
    (spec.readOnly ? columns : input)[name] = value;
  }
  return { input, columns };
}

/**
 * Every reference of a file's record that names nothing in the file: `where: unknown source "x"`.
 * `known` holds the natural keys the file defines, by record type.
 */
export function unknownReferences(
  where: string,
  shape: RecordShape,
  item: Values,
  known: (type: RecordType, key: string) => boolean,
  labelOf: (type: RecordType) => string,
): string[] {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(shape)) {
    if (spec.ref === undefined || naturalKeyOf(spec.ref) === undefined) continue;
    const value = item[bundleKeyOf(name, spec)];
    const named = Array.isArray(value) ? value : [value];
    for (const key of named) {
      if (key === null || key === undefined) continue;
      if (typeof key !== 'string' || !known(spec.ref, key)) {
        problems.push(`${where}: unknown ${labelOf(spec.ref)} "${String(key)}"`);
      }
    }
  }
  return problems;
}
