import { releaseCalendar } from './release-calendar';

describe('releaseCalendar', () => {
  it('says the May 2025 wages and the 2025–35 projections are out and not imported, in December 2026', () => {
    expect(releaseCalendar(new Date('2026-12-02T10:00:00Z'), 2024, 2024)).toEqual([
      { kind: 'oews', covers: 'May 2025', expected: 'April 2026', published: true, imported: false },
      {
        kind: 'projections',
        covers: '2025–35',
        expected: 'September 2026',
        published: true,
        imported: false,
      },
    ]);
  });

  it('looks ahead once the published releases are held', () => {
    expect(releaseCalendar(new Date('2026-12-02T10:00:00Z'), 2025, 2025)).toEqual([
      { kind: 'oews', covers: 'May 2026', expected: 'April 2027', published: false, imported: false },
      {
        kind: 'projections',
        covers: '2026–36',
        expected: 'September 2027',
        published: false,
        imported: false,
      },
    ]);
  });

  it('expects this April’s wages and this September’s projections early in the year', () => {
    expect(releaseCalendar(new Date('2026-02-10T00:00:00Z'), 2024, 2024)).toEqual([
      { kind: 'oews', covers: 'May 2025', expected: 'April 2026', published: false, imported: false },
      {
        kind: 'projections',
        covers: '2025–35',
        expected: 'September 2026',
        published: false,
        imported: false,
      },
    ]);
  });

  it('names the newest published release when nothing is held', () => {
    expect(
      releaseCalendar(new Date('2026-05-01T00:00:00Z'), null, null).map((release) => release.covers),
    ).toEqual(['May 2025', '2024–34']);
  });
});
