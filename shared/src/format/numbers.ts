/** Formatting rules shared by the portal, the admin and the API, so a figure reads the same everywhere. */

/*
 * en-US number formats, written out rather than built with Intl.NumberFormat: in a browser the first
 * Intl formatter of a page loads ICU's locale data on the main thread (tens of milliseconds on a
 * phone), and the portal formats figures while it hydrates every page. The output is exactly
 * Intl.NumberFormat('en-US')'s for these three styles; numbers.spec.ts compares the two.
 */

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * The magnitude of `value` rounded half away from zero to `places` decimals, digits grouped. Rounds
 * the number's shortest decimal form (what `String` prints), as Intl does: 1.005 → "1.01", where
 * `toFixed` gives "1.00".
 */
function roundedMagnitude(value: number, places: number): string {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(magnitude)) {
    return Number.isNaN(magnitude) ? 'NaN' : '∞';
  }
  let padded: string;
  if (Number.isInteger(magnitude)) {
    padded = `${plainInteger(magnitude)}${'0'.repeat(places)}`;
  } else {
    // Shifting the decimal point in the text keeps the rounding decimal. A fraction String writes
    // with an exponent (below 1e-6) has nothing at two places left to round that way.
    const decimal = String(magnitude);
    const shifted = decimal.includes('e')
      ? Math.round(magnitude * 10 ** places)
      : Math.round(Number(`${decimal}e${places}`));
    padded = String(shifted).padStart(places + 1, '0');
  }
  const whole = groupThousands(padded.slice(0, padded.length - places));
  return places ? `${whole}.${padded.slice(-places)}` : whole;
}

/** A whole number's digits without exponent: 1.2e+21 → "1200000000000000000000", as Intl prints it. */
function plainInteger(value: number): string {
  const text = String(value);
  const exponential = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(text);
  if (!exponential) {
    return text;
  }
  const [, first, rest = '', exponent] = exponential;
  return `${first}${rest}`.padEnd(Number(exponent) + 1, '0');
}

/** Intl's en-US sign: a minus for every negative number, -0 included. */
function sign(value: number): string {
  return value < 0 || Object.is(value, -0) ? '-' : '';
}

/** 811000 → "811,000". */
export function formatCount(value: number): string {
  return `${sign(value)}${roundedMagnitude(value, 0)}`;
}

/** 44720 → "$44,720". */
export function formatAnnualWage(value: number): string {
  return `${sign(value)}$${roundedMagnitude(value, 0)}`;
}

/** 21.5 → "$21.50". */
export function formatHourlyWage(value: number): string {
  return `${sign(value)}$${roundedMagnitude(value, 2)}`;
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
