import { AbstractControl, FormControl, FormGroup, ValidatorFn, Validators } from '@angular/forms';
import { MARKDOWN_MAX_LENGTH } from '@careerscope/shared';

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
      field.kind === 'records' || field.kind === 'list' ? Validators.minLength(1) : Validators.required,
    );
  }
  if (field.min !== undefined) validators.push(Validators.min(field.min));
  if (field.max !== undefined) validators.push(Validators.max(field.max));
  if (field.maxLength !== undefined) validators.push(Validators.maxLength(field.maxLength));
  else if (field.kind === 'markdown') validators.push(Validators.maxLength(MARKDOWN_MAX_LENGTH));
  if (field.pattern) validators.push(Validators.pattern(field.pattern.regex));
  return validators;
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
 * Puts each server field error beside its field (as the `server` error, cleared by the next edit)
 * and returns the messages that name no field of this form, for the summary above it.
 */
export function applyServerErrors(form: FormGroup, error: ApiError): string[] {
  const unplaced: string[] = [];
  for (const { field, message } of error.fields) {
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
