import type { Type } from '@angular/core';
import type { ValidatorFn } from '@angular/forms';
import type { EditableRecord, RecordType, Role } from '@careerscope/shared';

/** How a record of another type is found and named: pickers, filters and labels use it. */
export interface RecordLookup {
  /** API collection path, e.g. `sources`. */
  readonly path: string;
  /** Sort key for the picker's list (a sort field of that type). */
  readonly sort: string;
  readonly label: (record: Record<string, unknown>) => string;
}

export interface Option<T = string> {
  readonly value: T;
  readonly label: string;
}

export type FieldKind =
  'text' | 'markdown' | 'number' | 'select' | 'record' | 'records' | 'list' | 'date' | 'url';

/** One field of a record form; `key` is a field of the create request. */
export interface FieldDef<TCreate> {
  readonly key: keyof TCreate & string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly hint?: string;
  /** `select`: the choices (text or numbers, as the field holds); `null` for "not stated" in optional selects. */
  readonly options?: readonly Option<string | number | null>[];
  /** `record` and `records`. */
  readonly lookup?: RecordLookup;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** `number`: decimal places allowed (0: whole numbers). */
  readonly decimals?: number;
  readonly maxLength?: number;
  /** `records` and `list`: how many items at most. */
  readonly maxItems?: number;
  /** `list`: characters per item. */
  readonly itemMaxLength?: number;
  /** An empty text field is sent as `null` rather than `''`. */
  readonly nullable?: boolean;
  readonly pattern?: { readonly regex: RegExp; readonly message: string };
  /** Takes the whole row width. */
  readonly wide?: boolean;
  readonly validators?: readonly ValidatorFn[];
  /**
   * On a new record, the field fills itself from another one (a slug from the name) until the user
   * edits it by hand.
   */
  readonly follows?: { readonly field: keyof TCreate & string; readonly derive: (value: string) => string };
}

/** A read-only fact shown above a record's form (what an import wrote, not what the form edits). */
export interface RecordFact {
  readonly label: string;
  readonly value: string;
}

/**
 * What the list hands a feature's bulk actions: the chosen records with the versions shown, or
 * "every record matching" the list's filter and search.
 */
export type ListSelection =
  | { readonly kind: 'records'; readonly records: readonly { id: string; version: number }[] }
  | { readonly kind: 'matching'; readonly filter: Readonly<Record<string, string>>; readonly total: number };

export interface ColumnDef<TRecord> {
  readonly key: string;
  readonly header: string;
  readonly cell: (record: TRecord) => string;
  /** A sort field the API accepts for this column; not sortable when absent. */
  readonly sort?: string;
  readonly numeric?: boolean;
}

/** An exact-match filter the list endpoint accepts, kept in the URL like everything else. */
export interface FilterDef {
  readonly key: string;
  readonly label: string;
  readonly options?: readonly Option[];
  /** Choices loaded from another record type instead of fixed options. */
  readonly lookup?: RecordLookup;
}

/** Another record type shown as a panel on this record's page ("Sections of this occupation"). */
export interface RelatedList {
  readonly label: string;
  /** Route (and API) path of the related type. */
  readonly path: string;
  /** The related type's filter naming this record, e.g. `occupationId`. */
  readonly filterKey: string;
  readonly sort: string;
  readonly itemLabel: (record: Record<string, unknown>) => string;
}

/**
 * Everything the generic list, form, history and conflict pages need to know about one record type.
 * Each feature folder declares one of these; nothing else is per feature unless the type needs a
 * custom widget (wage percentiles, comparison rows).
 */
export interface RecordFeature<TRecord extends EditableRecord = EditableRecord, TCreate = object> {
  /** Absent for records without revisions (users): no history page. */
  readonly recordType?: RecordType;
  /** API path and route path (`wage-statistics`). */
  readonly path: string;
  readonly singular: string;
  readonly plural: string;
  readonly description?: string;
  readonly title: (record: TRecord) => string;
  readonly columns: readonly ColumnDef<TRecord>[];
  readonly defaultSort: string;
  readonly filters?: readonly FilterDef[];
  readonly fields: readonly FieldDef<TCreate>[];
  /** A new record's starting values. */
  readonly defaults: () => TCreate;
  /** Roles that may create, change and delete; editors and admins when absent. */
  readonly writeRoles?: readonly Role[];
  readonly related?: readonly RelatedList[];
  /** Fields sent only when creating (a user's first password) or only when updating (a user's status). */
  readonly createOnly?: readonly (keyof TCreate & string)[];
  readonly updateOnly?: readonly (keyof TCreate & string)[];
  /** Read-only facts about a saved record, shown above its form. */
  readonly facts?: (record: TRecord) => readonly RecordFact[];
  /** A note beside some fields of a saved record ("Edited by hand: kept on IPEDS refresh"). */
  readonly fieldNotes?: (record: TRecord) => Readonly<Partial<Record<keyof TCreate & string, string>>>;
  /**
   * Actions on many records at once: the list shows checkboxes to users who may write, and renders
   * this component with the inputs `selection` (a ListSelection) and `done` (a function to call
   * after a change, which clears the choice and reloads the list).
   */
  readonly bulkActions?: Type<unknown>;
}

export const EDITORIAL_ROLES: readonly Role[] = ['editor', 'admin'];

/** Fields every record carries that a form never edits. */
export const SYSTEM_FIELDS = ['id', 'version', 'createdAt', 'updatedAt'] as const;
