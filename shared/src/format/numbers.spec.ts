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

  it('prints exactly what Intl.NumberFormat prints for en-US', () => {
    const intl = {
      count: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
      annual: new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      }),
      hourly: new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
    };
    // Halves, ties that binary floating point rounds the other way (1.005, 8.345), signs, -0,
    // tiny and huge magnitudes, and a deterministic spread of wages, counts and cents.
    const edges = [
      0,
      -0,
      0.5,
      -0.5,
      1.5,
      2.5,
      -2.5,
      0.005,
      0.015,
      1.005,
      8.345,
      21.125,
      999.995,
      999999.5,
      1234.5,
      -0.4,
      -1234.567,
      1e-7,
      123456789.125,
      2 ** 53 + 2,
      123456789012345680000,
      1e21,
      1.2345e22,
      NaN,
      Infinity,
      -Infinity,
    ];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const spread = Array.from({ length: 20000 }, (_, i) => {
      const scale = 10 ** (i % 9);
      const value = random() * scale;
      return i % 3 === 0
        ? Math.round(value * 1000) / 1000
        : i % 3 === 1
          ? Math.round(value * 100) / 100
          : value;
    });
    for (const value of [...edges, ...spread, ...spread.map((v) => -v)]) {
      expect([formatCount(value), formatAnnualWage(value), formatHourlyWage(value)]).toEqual([
        intl.count.format(value),
        intl.annual.format(value),
        intl.hourly.format(value),
      ]);
    }
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
