import {
  atLeastProblems,
  differenceProblems,
  flagProblems,
  lessThanProblems,
  oneOfProblems,
  orderProblems,
  rangeProblems,
} from './rules';

const chain = ['p10', 'p25', 'median', 'p75', 'p90'];

describe('cross-field rules', () => {
  describe('orderProblems', () => {
    it('accepts ascending and equal values', () => {
      expect(orderProblems({ p10: 1, p25: 2, median: 2, p75: 3, p90: 4 }, chain)).toEqual([]);
    });

    it('names each value below the nearest known value before it', () => {
      expect(orderProblems({ p10: 5, p25: 4, median: 6, p75: 5, p90: 7 }, chain).map((p) => p.field)).toEqual(
        ['p25', 'p75'],
      );
    });

    it('skips unknown values and compares across the gap', () => {
      expect(orderProblems({ p10: 5, p25: null, median: 4 }, chain)).toEqual([
        { field: 'median', message: 'median must be at least p10 (5)' },
      ]);
      expect(orderProblems({ p10: null, p25: undefined, median: 4 }, chain)).toEqual([]);
    });
  });

  it('keeps a value within a range where the bounds are known', () => {
    expect(rangeProblems({ mean: 5, low: 1, high: 9 }, 'mean', 'low', 'high')).toEqual([]);
    expect(rangeProblems({ mean: 0, low: 1, high: 9 }, 'mean', 'low', 'high')[0].field).toBe('mean');
    expect(rangeProblems({ mean: 10, low: 1, high: 9 }, 'mean', 'low', 'high')[0].message).toContain('above');
    expect(rangeProblems({ mean: 10, low: 1, high: null }, 'mean', 'low', 'high')).toEqual([]);
  });

  it('compares two fields when both are known', () => {
    expect(lessThanProblems({ base: 2024, target: 2034 }, 'base', 'target')).toEqual([]);
    expect(lessThanProblems({ base: 2034, target: 2034 }, 'base', 'target')).toHaveLength(1);
    expect(lessThanProblems({ base: 2034 }, 'base', 'target')).toEqual([]);
    expect(atLeastProblems({ max: 4, min: 4 }, 'max', 'min')).toEqual([]);
    expect(atLeastProblems({ max: 3, min: 4 }, 'max', 'min')).toHaveLength(1);
  });

  it('requires a difference to add up', () => {
    expect(differenceProblems({ change: 100, target: 1100, base: 1000 }, 'change', 'target', 'base')).toEqual(
      [],
    );
    expect(differenceProblems({ change: 99, target: 1100, base: 1000 }, 'change', 'target', 'base')).toEqual([
      { field: 'change', message: 'change must equal target − base (100)' },
    ]);
    expect(differenceProblems({ change: 99, base: 1000 }, 'change', 'target', 'base')).toEqual([]);
  });

  describe('flagProblems', () => {
    const fields = ['p90Annual', 'meanAnnual'];
    const flags = ['*', '**', '#'];

    it('accepts flags on null values', () => {
      expect(flagProblems({ flags: { p90Annual: '#' }, p90Annual: null }, 'flags', fields, flags)).toEqual(
        [],
      );
    });

    it('refuses a flag beside a number, unknown fields and unknown flags', () => {
      const values = { flags: { p90Annual: '#', meanAnnual: '?', other: '*' }, p90Annual: 100 };
      expect(flagProblems(values, 'flags', fields, flags).map((p) => p.field)).toEqual([
        'p90Annual',
        'flags.meanAnnual',
        'flags.other',
      ]);
      expect(flagProblems({ flags: ['#'] }, 'flags', fields, flags)).toHaveLength(1);
    });
  });

  it('wants at least one of several fields, once all are given', () => {
    expect(oneOfProblems({ a: null, b: 'x' }, ['a', 'b'])).toEqual([]);
    expect(oneOfProblems({ a: null, b: null }, ['a', 'b'])[0].field).toBe('a');
    expect(oneOfProblems({ a: null }, ['a', 'b'])).toEqual([]);
  });
});
