import { expectedOewsYear, expectedProjectionBaseYear, nextReleases } from './bls-calendar';

describe('BLS release calendar', () => {
  it('expects the previous May’s wages from May on, and the year before until then', () => {
    expect(expectedOewsYear(new Date('2026-03-15T00:00:00Z'))).toBe(2024);
    expect(expectedOewsYear(new Date('2026-05-02T00:00:00Z'))).toBe(2025);
  });

  it('expects new projections from October on', () => {
    expect(expectedProjectionBaseYear(new Date('2026-08-01T00:00:00Z'))).toBe(2024);
    expect(expectedProjectionBaseYear(new Date('2026-11-26T00:00:00Z'))).toBe(2025);
  });

  it('lists the next releases in date order', () => {
    const releases = nextReleases(new Date('2026-11-26T00:00:00Z'));
    expect(releases.map((r) => r.covers)).toEqual(['May 2026 wage estimates', '2026–2036 projections']);
    expect(releases[0].expected).toBe('late March to April 2027');
  });

  it('names this year’s releases while they are still ahead', () => {
    const releases = nextReleases(new Date('2026-02-01T00:00:00Z'));
    expect(releases.map((r) => r.covers)).toEqual(['May 2025 wage estimates', '2025–2035 projections']);
  });
});
