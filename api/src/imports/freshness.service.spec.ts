import { nextReleases } from './freshness.service';

describe('nextReleases', () => {
  it('expects this April’s wage release and this September’s projections early in the year', () => {
    expect(nextReleases(new Date('2026-02-10T00:00:00Z'), 2024, 2024)).toEqual([
      { kind: 'oews', covers: 'May 2025', expected: 'April 2026', imported: false },
      { kind: 'projections', covers: '2026–36', expected: 'September 2026', imported: false },
    ]);
  });

  it('looks to next year once this year’s releases are out, and knows when they are imported', () => {
    expect(nextReleases(new Date('2026-11-26T00:00:00Z'), 2025, 2026)).toEqual([
      { kind: 'oews', covers: 'May 2026', expected: 'April 2027', imported: false },
      { kind: 'projections', covers: '2027–37', expected: 'September 2027', imported: false },
    ]);
    expect(
      nextReleases(new Date('2026-11-26T00:00:00Z'), 2026, 2027).map((release) => release.imported),
    ).toEqual([true, true]);
  });
});
