import { ApiError } from '../core/api/api-error';
import { errorMessage } from '../records/field-errors.component';
import { applyServerErrors, buildRecordForm, fieldLabels } from '../records/record-form';
import { PROJECTIONS } from './projections.feature';

const STATE_PROJECTION = {
  socCode: '29-1141',
  socTitle: 'Registered Nurses',
  areaCode: 'TX',
  areaName: 'Texas',
  baseYear: 2022,
  targetYear: 2032,
  baseEmployment: 240_000,
  targetEmployment: 280_000,
  numericChange: 40_000,
  percentChange: 16.7,
  allOccupationsPercentChange: 12.1,
  averageAnnualOpenings: 17_000,
  sourceId: '11111111-1111-4111-8111-111111111111',
};

describe('employment projections in the admin', () => {
  it('edits the area of a projection (a state’s code and name) and its openings, with labels', () => {
    const fields = PROJECTIONS.fields.map((field) => [field.key, field.label]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['areaCode', 'Area code'],
        ['areaName', 'Area name'],
        ['averageAnnualOpenings', 'Average annual openings'],
      ]),
    );
    const form = buildRecordForm(PROJECTIONS.fields, STATE_PROJECTION);
    expect(form.controls.areaCode.value).toBe('TX');
    expect(form.controls.areaName.value).toBe('Texas');
    expect(form.valid).toBe(true);
    expect(PROJECTIONS.title({ ...STATE_PROJECTION } as never)).toBe(
      '29-1141 Registered Nurses, Texas, 2022–2032',
    );
    expect(PROJECTIONS.defaults()).toMatchObject({ areaCode: 'US', areaName: 'United States' });
  });

  it('says what is wrong with an area before sending it', () => {
    const form = buildRecordForm(PROJECTIONS.fields, {
      ...STATE_PROJECTION,
      areaCode: 'Texas',
      areaName: '',
    });
    expect(errorMessage(form.controls.areaCode.errors, 'Area code')).toBe(
      'Area code must be US or a two-letter state code.',
    );
    expect(errorMessage(form.controls.areaName.errors, 'Area name')).toBe('Enter the area name.');
    form.controls.areaCode.setValue('tx');
    expect(form.controls.areaCode.valid).toBe(false);
    form.controls.areaCode.setValue('TX');
    expect(form.controls.areaCode.valid).toBe(true);
  });

  it('shows the server’s area errors beside the area fields, by their labels', () => {
    const form = buildRecordForm(PROJECTIONS.fields, STATE_PROJECTION);
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'Some fields are not valid',
      fields: [
        { field: 'areaCode', message: 'areaCode must be US or a two-letter state code' },
        { field: 'areaName', message: 'areaName must not be blank' },
      ],
    });
    expect(applyServerErrors(form, error, fieldLabels(PROJECTIONS.fields))).toEqual([]);
    expect(errorMessage(form.controls.areaCode.errors, 'Area code')).toBe(
      'Area code must be US or a two-letter state code',
    );
    expect(errorMessage(form.controls.areaName.errors, 'Area name')).toBe('Area name must not be blank');
  });
});
