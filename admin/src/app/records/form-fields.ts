import type { ValidatorFn } from '@angular/forms';
import {
  FIELD_PATTERNS,
  defaultsOf,
  editableFieldsOf,
  type CreateRequestOf,
  type EditableFieldOf,
  type FieldKind as ShapeFieldKind,
  type FieldSpec,
  type RecordShape,
  type RecordType,
} from '@careerscope/shared';

import type { FieldDef, FieldKind, Option, RecordLookup } from './record-feature';
import { LOOKUPS } from './record-types';

/**
 * How a form shows one field of a record's shape. Only what the screen adds: what the field is, how
 * long it may be, whether it is required and what it must look like come from the shape.
 */
export interface FieldLayout<K extends string = string> {
  readonly key: K;
  readonly hint?: string;
  /** Takes the whole row width. */
  readonly wide?: boolean;
  /** On a new record, fills itself from another field until edited by hand. */
  readonly follows?: { readonly field: K; readonly derive: (value: string) => string };
  /** `enum` fields: what each value is called (values without a label show as they are). */
  readonly labels?: Readonly<Record<string | number, string>>;
  /** Nullable `enum` fields: what the empty choice is called; "Not stated" when absent. */
  readonly none?: string;
  /** A text field picked from a list (a state from the states) rather than typed. */
  readonly choices?: readonly Option[];
  /** `id` and `ids` fields: how the records are found, when not the referred type's usual lookup. */
  readonly lookup?: RecordLookup;
  /** Rules that read other fields (percentile order): the shape cannot state them. */
  readonly validators?: readonly ValidatorFn[];
}

/** A field of the layout: its key alone, or its key with what the screen adds. */
export type FieldPlacement<K extends string = string> = K | FieldLayout<K>;

const KINDS: Record<Exclude<ShapeFieldKind, 'object'>, FieldKind> = {
  slug: 'text',
  sourceKey: 'text',
  text: 'text',
  socCode: 'text',
  markdown: 'markdown',
  url: 'url',
  date: 'date',
  int: 'number',
  decimal: 'number',
  enum: 'select',
  id: 'record',
  ids: 'records',
  strings: 'list',
};

/** Kinds whose patterns every side holds them to (shared `FIELD_PATTERNS`). */
const KIND_PATTERNS: Partial<Record<ShapeFieldKind, { regex: RegExp; message: string }>> = FIELD_PATTERNS;

/** Kinds an empty value of is allowed even when the field must be sent (prose, lists). */
const EMPTY_ALLOWED: readonly ShapeFieldKind[] = ['markdown', 'ids', 'strings', 'object'];

/**
 * Whether a form must refuse the field empty: the API refuses an empty or blank text, a missing
 * number, choice or record unless the field is nullable. (The form always sends every field, so an
 * optional field with a default counts as required too.)
 */
export function requiredInForm(spec: FieldSpec): boolean {
  return spec.presence !== 'nullable' && !EMPTY_ALLOWED.includes(spec.kind);
}

function lookupFor(ref: RecordType | undefined, key: string): RecordLookup {
  const lookup = ref ? (LOOKUPS as Partial<Record<RecordType, RecordLookup>>)[ref] : undefined;
  if (!lookup) throw new Error(`Field "${key}" refers to ${ref ?? 'nothing'}, which has no lookup`);
  return lookup;
}

function optionsFor(spec: FieldSpec, layout: FieldLayout): Option<string | number | null>[] {
  const values = (spec.values ?? []).map((value) => ({
    value,
    label: layout.labels?.[value] ?? String(value),
  }));
  return spec.presence === 'nullable'
    ? [{ value: null, label: layout.none ?? 'Not stated' }, ...values]
    : values;
}

/** One form field from its declaration in the shape and what the layout adds. */
function formField(key: string, spec: FieldSpec, layout: FieldLayout): FieldDef<Record<string, unknown>> {
  if (spec.kind === 'object')
    throw new Error(`Field "${key}" holds a structured value: give it its own widget`);
  if (spec.readOnly) throw new Error(`Field "${key}" is written by imports: show it as a fact`);
  const number = spec.kind === 'int' || spec.kind === 'decimal';
  const list = spec.kind === 'ids' || spec.kind === 'strings';
  const decimals = spec.kind === 'int' ? 0 : spec.kind === 'decimal' ? spec.decimals : undefined;
  const pattern = spec.pattern ?? KIND_PATTERNS[spec.kind];
  const def: FieldDef<Record<string, unknown>> = {
    key,
    label: spec.label,
    kind: layout.choices ? 'select' : KINDS[spec.kind],
    required: requiredInForm(spec),
    nullable: spec.presence === 'nullable',
    ...(layout.hint ? { hint: layout.hint } : {}),
    ...(layout.wide ? { wide: true } : {}),
    ...(layout.follows ? { follows: layout.follows } : {}),
    ...(layout.validators ? { validators: layout.validators } : {}),
    ...(layout.choices ? { options: layout.choices } : {}),
    ...(spec.kind === 'enum' ? { options: optionsFor(spec, layout) } : {}),
    ...(spec.kind === 'id' || spec.kind === 'ids'
      ? { lookup: layout.lookup ?? lookupFor(spec.ref, key) }
      : {}),
    ...(number ? { min: spec.min, max: spec.max } : {}),
    ...(decimals !== undefined ? { decimals } : {}),
    ...(decimals ? { step: 10 ** -decimals } : {}),
    ...(!number && !list && spec.max !== undefined ? { maxLength: spec.max } : {}),
    ...(list && spec.max !== undefined ? { maxItems: spec.max } : {}),
    ...(spec.kind === 'strings' && spec.itemMax !== undefined ? { itemMaxLength: spec.itemMax } : {}),
    ...(pattern ? { pattern } : {}),
  };
  return def;
}

/**
 * A record form's fields, in the layout's order: label, kind, presence, limits and pattern from the
 * record's shape (what the API checks), hints, width and lookups from the layout.
 */
export function formFields<S extends RecordShape>(
  shape: S,
  layout: readonly FieldPlacement<EditableFieldOf<S>>[],
): FieldDef<CreateRequestOf<S>>[] {
  return layout.map((placement) => {
    const fieldLayout: FieldLayout = typeof placement === 'string' ? { key: placement } : placement;
    const spec = shape[fieldLayout.key];
    if (!spec) throw new Error(`The shape has no field "${fieldLayout.key}"`);
    return formField(fieldLayout.key, spec, fieldLayout) as unknown as FieldDef<CreateRequestOf<S>>;
  });
}

/** What an empty form holds for a field that has no default: nothing chosen or typed yet. */
function emptyValue(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'int':
    case 'decimal':
      return null;
    case 'ids':
    case 'strings':
      return [];
    case 'object':
      return {};
    default:
      return '';
  }
}

/**
 * A new record's starting values: the shape's create defaults (null for nullable fields, each
 * optional field's default), empty values for the fields the editor must fill, then the feature's
 * own starting values (a wage row's area, last year).
 */
export function formDefaults<S extends RecordShape>(
  shape: S,
  starting: Partial<CreateRequestOf<S>> = {},
): CreateRequestOf<S> {
  const defaults = defaultsOf(shape) as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const key of editableFieldsOf(shape)) {
    values[key] =
      key in starting
        ? (starting as Record<string, unknown>)[key]
        : key in defaults
          ? defaults[key]
          : emptyValue(shape[key]);
  }
  return values as CreateRequestOf<S>;
}
