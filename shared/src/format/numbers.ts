/** Formatting rules shared by the portal, the admin and the API, so a figure reads the same everywhere. */

const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 811000 → "811,000". */
export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** 44720 → "$44,720". */
export function formatAnnualWage(value: number): string {
  return dollars.format(value);
}

/** 21.5 → "$21.50". */
export function formatHourlyWage(value: number): string {
  return cents.format(value);
}

/**
 * Percent change as BLS words it in the Occupational Outlook Handbook: a whole percent computed from
 * the unrounded figures. 101.2 thousand on a base of 811.0 thousand is 12.48 %, published as "12
 * percent" even though the projections table prints 12.5.
 */
export function blsWholePercent(change: number, base: number): number {
  if (base === 0) {
    throw new RangeError('The base of a percent change cannot be zero');
  }
  return Math.round((change / base) * 100);
}

/** 57 → "57%", 12.5 → "12.5%". */
export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** A month range as people say it: (4, 15) → "4–15 months", (24, 24) → "24 months". */
export function formatMonths(min: number, max: number | null): string {
  if (max === null || max === min) {
    return `${min} ${min === 1 ? 'month' : 'months'}`;
  }
  return `${min}–${max} months`;
}
