import { formatDate } from './dates';

describe('formatDate', () => {
  it('prints the UTC day as Intl.DateTimeFormat prints a long en-US date', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    // Every day of 2024 (a leap year), at times either side of midnight UTC, and a few far years.
    const start = Date.UTC(2024, 0, 1);
    const instants = Array.from({ length: 366 }, (_, day) => start + day * 86_400_000).flatMap((t) => [
      t,
      t + 30 * 60_000,
      t + 86_399_000,
    ]);
    instants.push(Date.UTC(1999, 11, 31, 23, 59), Date.UTC(2100, 1, 28), Date.UTC(2026, 11, 2, 16, 31));
    for (const instant of instants) {
      const iso = new Date(instant).toISOString();
      expect(formatDate(iso)).toBe(intl.format(new Date(instant)));
    }
  });

  it('reads a bare date as that day', () => {
    expect(formatDate('2025-04-30')).toBe('April 30, 2025');
  });

  it('returns text that is not a date as it is', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});
