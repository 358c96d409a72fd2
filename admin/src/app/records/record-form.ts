import { AbstractControl, FormControl, FormGroup, ValidatorFn, Validators } from '@angular/forms';
import { MARKDOWN_MAX_LENGTH } from '@careerscope/shared';
import { Subscription } from 'rxjs';

import type { ApiError } from '../core/api/api-error';
import type { FieldDef } from './record-feature';

/** A typed form whose controls mirror a create request field by field. */
export type ControlsOf<T> = { [K in keyof T]: FormControl<T[K]> };
export type RecordForm<T> = FormGroup<ControlsOf<T>>;

/** The error key a control carries while the server's complaint about it stands. */
export const SERVER_ERROR = 'server';

function validatorsFor<T>(field: FieldDef<T>): ValidatorFn[] {
  const validators: ValidatorFn[] = [...(field.validators ?? [])];
  if (field.required) {
    validators.push(
      field.kind === 'records' || field.kind === 'list' ? Validators.minLength(1) : requiredNotBlank,
    );
  }
  if (field.min !== undefined) validators.push(Validators.min(field.min));
  if (field.max !== undefined) validators.push(Validators.max(field.max));
  if (field.decimals !== undefined) validators.push(decimalPlaces(field.decimals));
  if (field.maxLength !== undefined) validators.push(Validators.maxLength(field.maxLength));
  else if (field.kind === 'markdown') validators.push(Validators.maxLength(MARKDOWN_MAX_LENGTH));
  if (field.maxItems !== undefined) validators.push(maxItems(field.maxItems));
  if (field.itemMaxLength !== undefined) validators.push(itemMaxLength(field.itemMaxLength));
  if (field.pattern) validators.push(patternWithMessage(field.pattern.regex, field.pattern.message));
  return validators;
}

/** Angular's required check, which also takes a text of spaces for empty (the API refuses it as blank). */
const requiredNotBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === ''
    ? { required: true }
    : Validators.required(control);

/** A number with at most `decimals` decimal places (0: a whole number), as the API checks it. */
function decimalPlaces(decimals: number): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    return Number(value.toFixed(decimals)) === value ? null : { decimals: { decimals, actual: value } };
  };
}

/** A list of at most `max` items. */
function maxItems(max: number): ValidatorFn {
  return (control) =>
    Array.isArray(control.value) && control.value.length > max
      ? { maxItems: { max, actual: control.value.length } }
      : null;
}

/** A list whose every item is at most `max` characters. */
function itemMaxLength(max: number): ValidatorFn {
  return (control) =>
    Array.isArray(control.value) &&
    control.value.some((item: unknown) => typeof item === 'string' && item.length > max)
      ? { itemMaxLength: { max } }
      : null;
}

/** Angular's pattern check, carrying the field's own words for the message. */
function patternWithMessage(regex: RegExp, message: string): ValidatorFn {
  const check = Validators.pattern(regex);
  return (control) => {
    const errors = check(control);
    return errors ? { pattern: { ...errors['pattern'], message } } : null;
  };
}

/**
 * Fills each field that `follows` another from it while the record is new and the user has not
 * typed in it (a school's slug from its name). Returns the subscriptions to end with the page.
 */
export function followFields<T extends object>(
  form: RecordForm<T>,
  fields: readonly FieldDef<T>[],
  isNew: () => boolean = () => true,
): Subscription {
  const subscriptions = new Subscription();
  for (const field of fields) {
    const follows = field.follows;
    if (!follows) continue;
    const group = form as FormGroup;
    const source = group.get(follows.field as string);
    const target = group.get(field.key as string);
    if (!source || !target) continue;
    subscriptions.add(
      source.valueChanges.subscribe((value: unknown) => {
        if (target.dirty || !isNew()) return;
        target.setValue(follows.derive(typeof value === 'string' ? value : ''));
        target.markAsTouched();
      }),
    );
  }
  return subscriptions;
}

/** Builds the typed form of a create request from its field list and starting values. */
export function buildRecordForm<T extends object>(fields: readonly FieldDef<T>[], initial: T): RecordForm<T> {
  const controls = {} as ControlsOf<T>;
  for (const key of Object.keys(initial) as (keyof T & string)[]) {
    const field = fields.find((f) => f.key === key);
    controls[key] = new FormControl(initial[key], {
      nonNullable: true,
      validators: field ? validatorsFor(field) : [],
    }) as ControlsOf<T>[typeof key];
  }
  return new FormGroup(controls);
}

/** The request a form describes: empty optional texts become `null`, texts are trimmed. */
export function formToRequest<T extends object>(fields: readonly FieldDef<T>[], value: T): T {
  const request = { ...value } as Record<string, unknown>;
  for (const field of fields) {
    const current = request[field.key];
    if (typeof current === 'string' && field.kind !== 'markdown') {
      const trimmed = current.trim();
      request[field.key] = trimmed === '' && field.nullable ? null : trimmed;
    }
  }
  return request as T;
}

/** The create-request part of a record (what the form edits), in the form's key order. */
export function pickFormValue<T extends object>(template: T, record: object): T {
  const source = record as Record<string, unknown>;
  const picked = {} as Record<string, unknown>;
  for (const key of Object.keys(template)) {
    picked[key] = key in source ? source[key] : (template as Record<string, unknown>)[key];
  }
  return picked as T;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of `next` that differ from `base`: what a PATCH needs to send. */
export function changedFields<T extends object>(base: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (!sameValue(base[key], next[key])) changes[key] = next[key];
  }
  return changes;
}

/** The control a server field path names (`p25Annual`, `rows.2.label`, `flags.p25Annual`). */
function controlFor(form: FormGroup, path: string): AbstractControl | null {
  const exact = form.get(path);
  if (exact) return exact;
  const top = path.split('.')[0];
  return top ? form.get(top) : null;
}

/**
 * The server's message in the words of the form: it names fields by their API key ("zip must be
 * five digits"), people know them by their label ("ZIP code must be five digits").
 */
export function labelledMessage(
  message: string,
  field: string,
  labels: Readonly<Record<string, string>>,
): string {
  const key = field.split('.')[0] ?? field;
  const label = labels[key];
  if (!label) return message;
  for (const name of [field, key]) {
    if (message.startsWith(`${name} `)) return `${label}${message.slice(name.length)}`;
  }
  return message;
}

/** Field key → label, for `applyServerErrors`. */
export function fieldLabels<T>(fields: readonly FieldDef<T>[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.key, field.label]));
}

/**
 * Puts each server field error beside its field (as the `server` error, cleared by the next edit),
 * named by the field's label, and returns the messages that name no field of this form, for the
 * summary above it.
 */
export function applyServerErrors(
  form: FormGroup,
  error: ApiError,
  labels: Readonly<Record<string, string>> = {},
): string[] {
  const unplaced: string[] = [];
  for (const { field, message: raw } of error.fields) {
    const message = labelledMessage(raw, field, labels);
    const control = controlFor(form, field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: message });
      control.markAsTouched();
    } else {
      unplaced.push(message);
    }
  }
  return unplaced;
}

/** Focuses the first field the user has to fix (after a failed save). */
export function focusFirstInvalid(host: HTMLElement): void {
  const target = host.querySelector<HTMLElement>(
    'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [aria-invalid="true"]',
  );
  target?.focus();
}
