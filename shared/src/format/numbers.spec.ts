import {
  blsWholePercent,
  formatAnnualWage,
  formatCount,
  formatHourlyWage,
  formatMonths,
  formatPercent,
} from './numbers.js';
import { describeGrowth } from './growth.js';

describe('formatting figures', () => {
  it('separates thousands in counts', () => {
    expect(formatCount(811000)).toBe('811,000');
    expect(formatCount(193)).toBe('193');
  });

  it('writes annual wages in whole dollars and hourly wages in cents', () => {
    expect(formatAnnualWage(44720)).toBe('$44,720');
    expect(formatHourlyWage(21.5)).toBe('$21.50');
  });

  it('rounds percent change from the unrounded figures, as BLS words it', () => {
    // 101.2 / 811.0 = 12.48 %: the table prints 12.5, the prose says 12 percent.
    expect(blsWholePercent(101200, 811000)).toBe(12);
    expect(blsWholePercent(13800, 194800)).toBe(7);
    expect(blsWholePercent(5211.8, 169956.1)).toBe(3);
  });

  it('refuses a zero base', () => {
    expect(() => blsWholePercent(1, 0)).toThrow(RangeError);
  });

  it('prints whole percents without decimals and others with one', () => {
    expect(formatPercent(57)).toBe('57%');
    expect(formatPercent(12.5)).toBe('12.5%');
  });

  it('says month ranges the way people do', () => {
    expect(formatMonths(4, 15)).toBe('4–15 months');
    expect(formatMonths(24, null)).toBe('24 months');
    expect(formatMonths(1, 1)).toBe('1 month');
  });
});

describe('describeGrowth', () => {
  it.each([
    [12, 'much faster than average'],
    [8, 'much faster than average'],
    [7, 'faster than average'],
    [5, 'faster than average'],
    [3, 'as fast as average'],
    [1, 'slower than average'],
    [-2, 'decline'],
  ])('%i %% is %s', (percent, words) => {
    expect(describeGrowth(percent)).toBe(words);
  });
});
