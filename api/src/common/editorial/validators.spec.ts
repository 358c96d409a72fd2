import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flatten } from '../validation';
import { Nullable } from './nullable';
import { EqualsDifference, InOrder, IsFlags, LessThanField, WithinRange } from './validators';

const CHAIN = ['p10', 'p25', 'median'];

class Wages {
  @Nullable()
  @InOrder(CHAIN)
  p10: number | null;

  @Nullable()
  @InOrder(CHAIN)
  p25: number | null;

  @Nullable()
  @InOrder(CHAIN)
  median: number | null;

  @Nullable()
  @WithinRange('p10', 'median')
  mean: number | null;

  @IsFlags(['p10', 'p25', 'median', 'mean'], ['*', '#'])
  flags: Record<string, string>;
}

class Projection {
  @LessThanField('targetYear')
  baseYear: number;

  targetYear: number;

  @EqualsDifference('target', 'base')
  change: number;

  target: number;
  base: number;
}

async function problems(type: new () => object, plain: object) {
  return flatten(await validate(plainToInstance(type, plain)));
}

describe('cross-field validators', () => {
  it('reports an out-of-order percentile on its own field', async () => {
    expect(await problems(Wages, { p10: 3, p25: 2, median: 4, mean: 3, flags: {} })).toEqual([
      { field: 'p25', message: 'p25 must be at least p10 (3)' },
    ]);
  });

  it('reports a mean outside the 10th–90th range', async () => {
    const found = await problems(Wages, { p10: 1, p25: 2, median: 4, mean: 5, flags: {} });
    expect(found.map((problem) => problem.field)).toEqual(['mean']);
  });

  it('is silent while an operand is missing, as in a partial update', async () => {
    expect(await problems(Wages, { p25: 2, flags: {} })).toEqual([]);
    expect(await problems(Projection, { baseYear: 2030, change: 5 })).toEqual([]);
  });

  it('requires a flagged value to be null', async () => {
    expect(await problems(Wages, { p10: null, flags: { p10: '#' } })).toEqual([]);
    const found = await problems(Wages, { p10: 1, flags: { p10: '#' } });
    expect(found).toEqual([{ field: 'flags', message: 'p10 is flagged "#", so its value must be null' }]);
  });

  it('checks year order and the numeric change', async () => {
    const found = await problems(Projection, {
      baseYear: 2034,
      targetYear: 2024,
      change: 1,
      target: 10,
      base: 8,
    });
    expect(found.map((problem) => problem.field)).toEqual(['baseYear', 'change']);
    expect(
      await problems(Projection, { baseYear: 2024, targetYear: 2034, change: 2, target: 10, base: 8 }),
    ).toEqual([]);
  });
});
