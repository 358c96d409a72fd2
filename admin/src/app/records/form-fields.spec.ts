import {
  FIELD_PATTERNS,
  RECORD_SHAPES,
  editableFieldsOf,
  type FieldSpec,
  type RecordType,
} from '@careerscope/shared';

import { AUTHORS } from '../authors/authors.feature';
import { SOURCES } from '../sources/sources.feature';
import { errorMessage } from './field-errors.component';
import { FEATURES } from './feature-registry';
import type { FieldDef } from './record-feature';
import { buildRecordForm } from './record-form';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyField = FieldDef<any>;

/** Whether the form's checks of `field` accept `value` (the field alone, as its control holds it). */
function accepts(field: AnyField, value: unknown): boolean {
  const form = buildRecordForm([field], { [field.key]: value });
  return form.controls[field.key]!.valid;
}

const FEATURE_SHAPES = (Object.keys(FEATURES) as RecordType[]).map(
  (type) => [type, FEATURES[type], RECORD_SHAPES[type]] as const,
);

/** Fields every form edits; `object` fields (a wage row's flags) have their own widget. */
const formEdited = (spec: FieldSpec): boolean => spec.kind !== 'object';

describe('record forms follow the record shapes', () => {
  it.each(FEATURE_SHAPES)(
    '%s: the form edits every editable field of its shape, and no other',
    (_, feature, shape) => {
      const keys = feature.fields.map((field: AnyField) => field.key);
      expect(new Set(keys).size).toBe(keys.length);
      const editable = editableFieldsOf(shape);
      expect([...keys].sort()).toEqual(editable.filter((key) => formEdited(shape[key]!)).sort());
      expect(Object.keys(feature.defaults()).sort()).toEqual([...editable].sort());
    },
  );

  it.each(FEATURE_SHAPES)('%s: labels, presence and limits are the shape’s', (_, feature, shape) => {
    for (const field of feature.fields as AnyField[]) {
      const spec = shape[field.key]!;
      const at = `${field.key}`;
      expect([at, field.label]).toEqual([at, spec.label]);
      expect([at, field.nullable ?? false]).toEqual([at, spec.presence === 'nullable']);

      // Required: an empty value is refused exactly when the API refuses it.
      const blank =
        field.kind === 'number' ? null : field.kind === 'records' || field.kind === 'list' ? [] : '';
      const mayBeEmpty = spec.presence === 'nullable' || ['markdown', 'ids', 'strings'].includes(spec.kind);
      expect([at, field.required ?? false]).toEqual([at, !mayBeEmpty]);
      expect([at, accepts(field, spec.presence === 'nullable' ? null : blank)]).toEqual([at, mayBeEmpty]);

      if (spec.kind === 'int' || spec.kind === 'decimal') {
        expect([at, field.min, field.max]).toEqual([at, spec.min, spec.max]);
        expect([at, accepts(field, spec.min! - 1), accepts(field, spec.min)]).toEqual([at, false, true]);
        expect([at, accepts(field, spec.max), accepts(field, spec.max! + 1)]).toEqual([at, true, false]);
        const places = spec.kind === 'int' ? 0 : spec.decimals!;
        const finer = spec.min! + 10 ** -(places + 1);
        expect([at, accepts(field, finer)]).toEqual([at, false]);
      } else if (spec.kind === 'ids' || spec.kind === 'strings') {
        expect([at, field.maxItems]).toEqual([at, spec.max]);
      } else if (spec.max !== undefined) {
        expect([at, field.maxLength]).toEqual([at, spec.max]);
        // Longer than the API takes is refused (whatever else the value breaks).
        const tooLong = 'a'.repeat(spec.max + 1);
        expect([
          at,
          buildRecordForm([field], { [field.key]: tooLong }).controls[field.key]!.errors?.['maxlength'],
        ]).toEqual([at, expect.objectContaining({ requiredLength: spec.max })]);
      }

      const pattern = spec.pattern ?? (FIELD_PATTERNS as Record<string, { regex: RegExp }>)[spec.kind];
      expect([at, field.pattern?.regex.source]).toEqual([at, pattern?.regex.source]);

      if (spec.kind === 'enum') {
        const values = (field.options ?? []).map((option) => option.value);
        expect([at, values]).toEqual([
          at,
          [...(spec.presence === 'nullable' ? [null] : []), ...(spec.values ?? [])],
        ]);
      }
    }
  });

  it.each(FEATURE_SHAPES)('%s: a new record starts from the shape’s defaults', (_, feature, shape) => {
    const defaults = feature.defaults() as Record<string, unknown>;
    for (const key of editableFieldsOf(shape)) {
      const spec = shape[key]!;
      if (spec.presence === 'nullable') expect([key, defaults[key]]).toEqual([key, null]);
      if (spec.kind === 'ids' || spec.kind === 'strings') expect([key, defaults[key]]).toEqual([key, []]);
    }
  });

  it('takes a source key with dots, as the API does (onet-29.3)', () => {
    const form = buildRecordForm(SOURCES.fields, {
      ...SOURCES.defaults(),
      key: 'onet-29.3',
      publisher: 'National Center for O*NET Development',
      title: 'O*NET 29.3 Database',
      citation: 'O*NET 29.3',
    });
    expect(form.controls.key.errors).toBeNull();
    expect(form.valid).toBe(true);
    form.controls.key.setValue('ONET 29.3');
    expect(errorMessage(form.controls.key.errors, 'Key')).toBe(
      'Key must be lower-case words of letters and digits joined by hyphens or dots.',
    );
  });

  it('refuses an author without a job title, blank or empty, as the API does', () => {
    const author = { ...AUTHORS.defaults(), name: 'Dana Reyes', slug: 'dana-reyes' };
    const form = buildRecordForm(AUTHORS.fields, { ...author, jobTitle: '' });
    expect(form.valid).toBe(false);
    expect(errorMessage(form.controls.jobTitle.errors, 'Job title')).toBe('Enter the job title.');
    form.controls.jobTitle.setValue('   ');
    expect(form.controls.jobTitle.valid).toBe(false);
    form.controls.jobTitle.setValue('Senior editor');
    expect(form.valid).toBe(true);
  });
});
