import { BadRequestException } from '@nestjs/common';
import { assertRowsObeyRules } from './row-rules';

describe('assertRowsObeyRules: rows an import writes in bulk obey the rules of an editor’s save', () => {
  const school = {
    slug: 'berks-technical-institute',
    name: 'Berks Technical Institute',
    city: 'Wyomissing',
    state: 'PA',
  };

  it('lets rows that obey their record’s shape through', () => {
    expect(() => assertRowsObeyRules('school', [school], (row) => row.slug)).not.toThrow();
  });

  it('refuses the whole write with a 400 naming the first broken rows and what is wrong with each', () => {
    const rows = [
      school,
      { ...school, slug: 'a', name: ' ' },
      ...Array.from({ length: 6 }, (_, index) => ({ ...school, slug: `s${index}`, state: 'pa' })),
    ];
    let refused: unknown;
    try {
      assertRowsObeyRules('school', rows, (row) => row.slug);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BadRequestException);
    const body = (refused as BadRequestException).getResponse() as { message: string; problems: string[] };
    expect(body.problems).toEqual([
      'a: name must not be blank',
      's0: state must be a two-letter state code (upper case)',
      's1: state must be a two-letter state code (upper case)',
      's2: state must be a two-letter state code (upper case)',
      's3: state must be a two-letter state code (upper case)',
    ]);
    expect(body.message).toBe(
      `Nothing was written: 7 schools from this file would break the rules every school is held to (${body.problems.join('; ')}; …)`,
    );
  });
});
