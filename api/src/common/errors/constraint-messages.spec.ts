import { describeConstraintViolation, recordLabel } from './constraint-messages';

describe('describeConstraintViolation', () => {
  it('names the field of a unique violation, not the constraint, and never the value', () => {
    const problem = describeConstraintViolation(
      '23505',
      'occupations',
      'Key (slug)=(medical-assistant) already exists.',
    );
    expect(problem).toEqual({
      message: 'Another occupation already uses this slug',
      fields: [{ field: 'slug', message: 'Another occupation already uses this slug' }],
    });
  });

  it('lists every column of a unique combination', () => {
    const problem = describeConstraintViolation(
      '23505',
      'wage_statistics',
      'Key (soc_code, area_code, period_year)=(31-9092, WI, 2024) already exists.',
    );
    expect(problem?.message).toBe(
      'Another wage statistic already has this SOC code, area code and period year',
    );
    expect(problem?.fields.map((field) => field.field)).toEqual(['socCode', 'areaCode', 'periodYear']);
  });

  it('explains a missing or still-used referenced record', () => {
    expect(
      describeConstraintViolation(
        '23503',
        'programs',
        'Key (school_id)=(7c9e…) is not present in table "schools".',
      ),
    ).toEqual({
      message: 'The school this program refers to does not exist (any more)',
      fields: [{ field: 'schoolId', message: 'The school this program refers to does not exist (any more)' }],
    });
    expect(
      describeConstraintViolation(
        '23503',
        'accreditation_bodies',
        'Key (id)=(1) is still referenced from table "programs".',
      ),
    ).toEqual({
      message: 'This accreditation body cannot be deleted while program records refer to it',
      fields: [],
    });
  });

  it('gives up on anything else', () => {
    expect(describeConstraintViolation('23505', 'occupations', undefined)).toBeNull();
    expect(describeConstraintViolation('23505', undefined, 'Key (slug)=(x) already exists.')).toBeNull();
    expect(describeConstraintViolation('23514', 'occupations', 'Failing row contains (…).')).toBeNull();
  });

  it('reads table names as record labels', () => {
    expect(recordLabel('certifying_bodies')).toBe('certifying body');
    expect(recordLabel('occupation_soc_codes')).toBe('occupation SOC code');
    expect(recordLabel('users')).toBe('user');
  });
});
