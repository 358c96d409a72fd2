import { FIELD_PATTERNS, type FieldSpec, type RecordShape } from '@careerscope/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** Whether a number has at most `decimals` decimal places (within binary floating point's noise). */
function withinDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
}

/** What is wrong with one value of a field, in words after the field's name, or null. */
function problemOf(spec: FieldSpec, value: unknown): string | null {
  if (value === null) return spec.presence === 'nullable' ? null : 'must not be null';
  switch (spec.kind) {
    case 'slug':
    case 'sourceKey':
    case 'socCode':
    case 'date':
    case 'text': {
      if (typeof value !== 'string') return 'must be a text';
      if (spec.max !== undefined && value.length > spec.max) return `must be at most ${spec.max} characters`;
      if (spec.kind === 'text' && spec.presence !== 'nullable' && value.trim() === '')
        return 'must not be blank';
      const pattern = spec.kind === 'text' ? spec.pattern : FIELD_PATTERNS[spec.kind];
      return pattern && !pattern.regex.test(value) ? pattern.message : null;
    }
    case 'markdown':
      if (typeof value !== 'string') return 'must be a text';
      return spec.max !== undefined && value.length > spec.max
        ? `must be at most ${spec.max} characters`
        : null;
    case 'url':
      if (typeof value !== 'string') return 'must be a text';
      if (spec.max !== undefined && value.length > spec.max) return `must be at most ${spec.max} characters`;
      return HTTP_URL.test(value) ? null : 'must be an http(s) URL';
    case 'int':
    case 'decimal': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (spec.kind === 'int' && !Number.isInteger(value)) return 'must be a whole number';
      if (spec.kind === 'decimal' && !withinDecimals(value, spec.decimals ?? 0)) {
        return `must have at most ${spec.decimals} decimal places`;
      }
      if (spec.min !== undefined && value < spec.min) return `must not be less than ${spec.min}`;
      return spec.max !== undefined && value > spec.max ? `must not be greater than ${spec.max}` : null;
    }
    case 'enum':
      return spec.values?.includes(value as string | number)
        ? null
        : `must be one of ${spec.values?.join(', ')}`;
    case 'id':
      return typeof value === 'string' && UUID.test(value) ? null : 'must be the id of a record';
    case 'ids':
    case 'strings': {
      if (!Array.isArray(value)) return 'must be a list';
      if (spec.max !== undefined && value.length > spec.max) return `must hold at most ${spec.max} items`;
      const item = spec.kind === 'ids' ? UUID : null;
      const bad = value.find(
        (element) =>
          typeof element !== 'string' ||
          (item !== null && !item.test(element)) ||
          (spec.itemMax !== undefined && element.length > spec.itemMax),
      );
      return bad === undefined ? null : `holds an item that is not allowed (${JSON.stringify(bad)})`;
    }
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? null : 'must be an object';
  }
}

/**
 * The fields of `values` that break the rules their record's shape declares: "areaName must be at most
 * 120 characters". Writers that store many records in one statement (imports) check each row with it,
 * so what they write obeys the same rules as an editor's save; fields `values` leaves out are not
 * checked (the table's defaults fill them).
 */
export function shapeProblems(shape: RecordShape, values: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(shape)) {
    if (!(name in values) || values[name] === undefined) continue;
    const problem = problemOf(spec, values[name]);
    if (problem) problems.push(`${name} ${problem}`);
  }
  return problems;
}
