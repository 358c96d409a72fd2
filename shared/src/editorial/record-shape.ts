import { MARKDOWN_MAX_LENGTH } from '../markdown/markdown.contract.js';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, SOC_CODE_PATTERN } from '../common/slug.js';
import type { RecordType } from './editorial.contract.js';

/**
 * The one place a record's fields are declared. Each record type states its fields here once, with
 * their label, kind, limits and presence; the API's request validation and OpenAPI schema, the
 * record the API answers, the content file's format and the admin's forms are derived from it.
 *
 *   required: must be sent on create, never null
 *   optional: may be left out on create (then it takes `default`), never null
 *   nullable: may be null or left out (then null)
 */
export type Presence = 'required' | 'optional' | 'nullable';

export type FieldKind =
  | 'slug'
  | 'sourceKey'
  | 'text'
  | 'markdown'
  | 'socCode'
  | 'url'
  | 'date'
  | 'int'
  | 'decimal'
  | 'enum'
  | 'id'
  | 'ids'
  | 'strings'
  | 'object';

export interface FieldPattern {
  readonly regex: RegExp;
  readonly message: string;
}

export interface FieldSpec<TValue = unknown, TPresence extends Presence = Presence> {
  readonly kind: FieldKind;
  /** What people call the field: form labels, change summaries, messages. */
  readonly label: string;
  readonly presence: TPresence;
  /** text: characters; int and decimal: the largest value; ids and strings: items. */
  readonly max?: number;
  /** int and decimal: the smallest value. */
  readonly min?: number;
  /** decimal: decimal places. */
  readonly decimals?: number;
  /** strings: characters per item. */
  readonly itemMax?: number;
  /** enum: the allowed values. */
  readonly values?: readonly (string | number)[];
  /** text: a pattern the value must match, and what to say when it does not. */
  readonly pattern?: FieldPattern;
  /** id and ids: the record type referred to. */
  readonly ref?: RecordType;
  /** ids: the order is the record's own (comparison columns), not a set's. */
  readonly ordered?: boolean;
  /** optional fields: the value a create that leaves the field out takes. */
  readonly default?: TValue;
  /** Written by imports and shown, never sent by an editor (IPEDS figures of a school). */
  readonly readOnly?: boolean;
  /** Never read: carries the field's value type for the derived types. */
  readonly __value?: TValue;
}

/** A field that names other records by id. */
export type Reference<T, P extends Presence> = FieldSpec<T, P> & { readonly ref: RecordType };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RecordShape = Readonly<Record<string, FieldSpec<any, Presence>>>;

type ValueOf<F> = F extends FieldSpec<infer T, infer P> ? (P extends 'nullable' ? T | null : T) : never;
type ReadOnlyKeys<S> = { [K in keyof S]: S[K] extends { readonly readOnly: true } ? K : never }[keyof S];
type OptionalKeys<S> = {
  [K in keyof S]: S[K] extends FieldSpec<unknown, 'optional'> ? K : never;
}[keyof S];

/** Every field of the record, as the API answers it. */
export type ShapeValues<S extends RecordShape> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** What an editor sends to create the record: its editable fields, the optional ones optional. */
export type CreateRequestOf<S extends RecordShape> = {
  -readonly [K in Exclude<keyof S, ReadOnlyKeys<S> | OptionalKeys<S>>]: ValueOf<S[K]>;
} & { -readonly [K in Exclude<OptionalKeys<S>, ReadOnlyKeys<S>>]?: ValueOf<S[K]> };

/**
 * What the content file calls a field: other records are named by their natural key, so `sourceId`
 * becomes `source` and `occupationIds` becomes `occupations`.
 */
type BundleKey<K, F> = F extends { readonly ref: RecordType }
  ? K extends `${infer Base}Ids`
    ? `${Base}s`
    : K extends `${infer Base}Id`
      ? Base
      : K
  : K;

/**
 * A record as the content file carries it: without the fields its place in the file implies
 * (`Implied`: the parent's id, the position among siblings), references by natural key, and the
 * `Sparse` fields and the read-only ones left out while they hold nothing (or their default).
 */
export type BundleValues<
  S extends RecordShape,
  Implied extends keyof S = never,
  Sparse extends keyof S = never,
> = {
  -readonly [K in Exclude<keyof S, Implied | Sparse | ReadOnlyKeys<S>> as BundleKey<K, S[K]>]: ValueOf<S[K]>;
} & {
  -readonly [K in Exclude<Sparse | ReadOnlyKeys<S>, Implied> as BundleKey<K, S[K]>]?: Exclude<
    ValueOf<S[K]>,
    null
  >;
};

/** The content file's name for a field (see BundleValues). */
export function bundleKeyOf(name: string, fieldSpec: FieldSpec): string {
  if (fieldSpec.ref === undefined) return name;
  if (name.endsWith('Ids')) return `${name.slice(0, -3)}s`;
  if (name.endsWith('Id')) return name.slice(0, -2);
  return name;
}

/** The names of the fields an editor may change. */
export type EditableFieldOf<S extends RecordShape> = Exclude<keyof S, ReadOnlyKeys<S>> & string;

function spec<T, P extends Presence>(
  kind: FieldKind,
  label: string,
  presence: P,
  more: Omit<FieldSpec<T, P>, 'kind' | 'label' | 'presence'> = {},
): FieldSpec<T, P> {
  return { kind, label, presence, ...more };
}

const INT_MAX = 2_147_483_647;

/** Field builders: `name: field.text('Name', 200)`. */
export const field = {
  slug: (label = 'Slug') => spec<string, 'required'>('slug', label, 'required', { max: SLUG_MAX_LENGTH }),
  /** A source's key: a slug whose words may also be joined by dots (`onet-29.3`). */
  sourceKey: (label = 'Key') =>
    spec<string, 'required'>('sourceKey', label, 'required', { max: SLUG_MAX_LENGTH }),
  text: <P extends Presence = 'required'>(label: string, max: number, presence?: P, pattern?: FieldPattern) =>
    spec<string, P>('text', label, presence ?? ('required' as P), { max, ...(pattern ? { pattern } : {}) }),
  /** Markdown prose; optional markdown defaults to empty. */
  markdown: <P extends 'required' | 'optional' = 'optional'>(label: string, presence?: P) =>
    spec<string, P>('markdown', label, presence ?? ('optional' as P), {
      max: MARKDOWN_MAX_LENGTH,
      ...(presence === 'required' ? {} : { default: '' }),
    }),
  socCode: (label = 'SOC code') => spec<string, 'required'>('socCode', label, 'required', { max: 7 }),
  url: (label = 'URL') => spec<string, 'nullable'>('url', label, 'nullable', { max: 500 }),
  /** A calendar date, YYYY-MM-DD. */
  date: (label: string) => spec<string, 'nullable'>('date', label, 'nullable'),
  int: <P extends Presence = 'required'>(label: string, min: number, max: number = INT_MAX, presence?: P) =>
    spec<number, P>('int', label, presence ?? ('required' as P), { min, max }),
  year: (label: string) => spec<number, 'required'>('int', label, 'required', { min: 1900, max: 2200 }),
  /** Where the record stands among its siblings; left out, it goes first. */
  position: () =>
    spec<number, 'optional'>('int', 'Position', 'optional', { min: 0, max: 100_000, default: 0 }),
  decimal: <P extends Presence = 'required'>(
    label: string,
    min: number,
    max: number,
    decimals: number,
    presence?: P,
  ) => spec<number, P>('decimal', label, presence ?? ('required' as P), { min, max, decimals }),
  enumOf: <V extends string | number, P extends Presence = 'required'>(
    label: string,
    values: readonly V[],
    presence?: P,
  ) => spec<V, P>('enum', label, presence ?? ('required' as P), { values }),
  /** The id of another record. */
  id: <P extends 'required' | 'nullable' = 'required'>(label: string, ref: RecordType, presence?: P) =>
    spec<string, P>('id', label, presence ?? ('required' as P), { ref }) as Reference<string, P>,
  /** Ids of other records, no duplicates; a set unless `ordered`. Left out, none. */
  ids: (label: string, ref: RecordType, max = 100, ordered = false) =>
    spec<string[], 'optional'>('ids', label, 'optional', {
      ref,
      max,
      default: [],
      ...(ordered ? { ordered } : {}),
    }) as Reference<string[], 'optional'>,
  /** Short texts, in order; left out, none. */
  strings: (label: string, max = 100, itemMax = 300) =>
    spec<string[], 'optional'>('strings', label, 'optional', { max, itemMax, default: [] }),
  /** A structured value the record type checks itself. */
  object: <T>(label: string, fallback: T) =>
    spec<T, 'optional'>('object', label, 'optional', { default: fallback }),
};

/** Marks a field as written by imports only: part of the record, never of an editor's request. */
export function readOnly<F extends FieldSpec<unknown, Presence>>(
  fieldSpec: F,
): F & { readonly readOnly: true } {
  return { ...fieldSpec, readOnly: true };
}

/**
 * Declares a record's shape; the object's order is the order fields are shown in. (`S` is left
 * unconstrained so that each builder's presence is read from its own arguments.)
 */
export function recordShape<S extends object>(shape: S & RecordShapeCheck<S>): S {
  return shape;
}
type RecordShapeCheck<S> = { [K in keyof S]: S[K] extends FieldSpec<unknown, Presence> ? S[K] : never };

/** The fields an editor sends, in order. */
export function editableFieldsOf<S extends RecordShape>(shape: S): EditableFieldOf<S>[] {
  return Object.keys(shape).filter((key) => !shape[key].readOnly) as EditableFieldOf<S>[];
}

/** What a create that leaves out the optional and nullable fields stores for them. */
export function defaultsOf<S extends RecordShape>(shape: S): Partial<ShapeValues<S>> {
  const defaults: Record<string, unknown> = {};
  for (const [key, fieldSpec] of Object.entries(shape)) {
    if (fieldSpec.readOnly) continue;
    if (fieldSpec.presence === 'nullable') defaults[key] = null;
    else if (fieldSpec.presence === 'optional' && fieldSpec.default !== undefined) {
      defaults[key] = copyOf(fieldSpec.default);
    }
  }
  return defaults as Partial<ShapeValues<S>>;
}

/** A fresh copy of a default list or object, so no two records share one. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'object' && value !== null) return { ...value };
  return value;
}

/** The patterns the text kinds are held to, for every side that checks them. */
export const FIELD_PATTERNS = {
  slug: {
    regex: SLUG_PATTERN,
    message: 'must be lower-case words of letters and digits joined by hyphens',
  },
  sourceKey: {
    regex: /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/,
    message: 'must be lower-case words of letters and digits joined by hyphens or dots',
  },
  socCode: { regex: SOC_CODE_PATTERN, message: 'must be a SOC code like 31-9092' },
  date: { regex: /^\d{4}-\d{2}-\d{2}$/, message: 'must be a date (YYYY-MM-DD)' },
} as const satisfies Record<string, FieldPattern>;
