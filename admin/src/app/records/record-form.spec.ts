import { FormControl, FormGroup } from '@angular/forms';

import { ApiError } from '../core/api/api-error';
import { errorMessage } from './field-errors.component';
import type { FieldDef } from './record-feature';
import {
  applyServerErrors,
  buildRecordForm,
  fieldLabels,
  followFields,
  labelledMessage,
} from './record-form';

interface School {
  name: string;
  slug: string;
  zip: string | null;
}

const FIELDS: readonly FieldDef<School>[] = [
  { key: 'name', label: 'Name', kind: 'text' },
  {
    key: 'slug',
    label: 'Slug',
    kind: 'text',
    pattern: { regex: /^[a-z-]+$/, message: 'lowercase letters and hyphens' },
    follows: { field: 'name', derive: (name) => name.toLowerCase().replace(/\s+/g, '-') },
  },
  {
    key: 'zip',
    label: 'ZIP code',
    kind: 'text',
    pattern: { regex: /^\d{5}$/, message: 'ZIP code must be five digits' },
  },
];

describe('record forms', () => {
  it('names fields in server messages by the labels people see', () => {
    const labels = fieldLabels(FIELDS);
    expect(labelledMessage('zip must be five digits', 'zip', labels)).toBe('ZIP code must be five digits');
    expect(labelledMessage('Another school already has this slug', 'slug', labels)).toBe(
      'Another school already has this slug',
    );
    const form = new FormGroup({ zip: new FormControl('123') });
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'Some fields are not valid',
      fields: [
        { field: 'zip', message: 'zip must be five digits' },
        { field: 'sourceId', message: 'sourceId must be a UUID' },
      ],
    });
    expect(applyServerErrors(form, error, labels)).toEqual(['sourceId must be a UUID']);
    expect(errorMessage(form.controls.zip.errors, 'ZIP code')).toBe('ZIP code must be five digits');
  });

  it("says what a pattern expects in the field's own words", () => {
    const form = buildRecordForm(FIELDS, { name: '', slug: 'Not A Slug', zip: '12' });
    expect(errorMessage(form.controls.zip.errors, 'ZIP code')).toBe('ZIP code must be five digits.');
    expect(errorMessage(form.controls.slug.errors, 'Slug')).toBe('Slug: lowercase letters and hyphens.');
  });

  it('fills the slug from the name until the slug is edited by hand', () => {
    const form = buildRecordForm(FIELDS, { name: '', slug: '', zip: null });
    const following = followFields(form, FIELDS);
    form.controls.name.setValue('Santa Fe College');
    expect(form.controls.slug.value).toBe('santa-fe-college');

    form.controls.slug.setValue('sfc');
    form.controls.slug.markAsDirty();
    form.controls.name.setValue('Santa Fe State College');
    expect(form.controls.slug.value).toBe('sfc');
    following.unsubscribe();
  });
});
