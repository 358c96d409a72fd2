import { zonedTimeToUtc } from './reviews.contract';

describe('zonedTimeToUtc', () => {
  it('reads 10:00 in New York as 14:00 UTC in summer (EDT) and 15:00 UTC in winter (EST)', () => {
    expect(zonedTimeToUtc('2026-05-14', '10:00')?.toISOString()).toBe('2026-05-14T14:00:00.000Z');
    expect(zonedTimeToUtc('2026-12-14', '10:00')?.toISOString()).toBe('2026-12-14T15:00:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    expect(zonedTimeToUtc('2026-03-08', '10:00')?.toISOString()).toBe('2026-03-08T14:00:00.000Z');
    expect(zonedTimeToUtc('2026-11-01', '10:00')?.toISOString()).toBe('2026-11-01T15:00:00.000Z');
  });

  it('reads other zones, and refuses malformed input', () => {
    expect(zonedTimeToUtc('2026-07-01', '09:30', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-07-01T07:30:00.000Z',
    );
    expect(zonedTimeToUtc('1 July', '10:00')).toBeNull();
    expect(zonedTimeToUtc('2026-07-01', '10am')).toBeNull();
  });
});
