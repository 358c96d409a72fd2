import type { PublicationSnapshot } from '@careerscope/shared';
import { diffSnapshots, diffValues, equal } from './publication-diff';
import { stableJson } from '../common/stable-json';

describe('diffValues', () => {
  it('reports nothing for lists of objects whose keys come back in another order (as jsonb stores them)', () => {
    const published = { related: [{ slug: 'a', tier: 'Primary-Short', title: 'A', socCode: '29-1141' }] };
    const working = { related: [{ tier: 'Primary-Short', title: 'A', socCode: '29-1141', slug: 'a' }] };
    expect(diffValues(published, working)).toEqual([]);
  });

  it('reports nothing for equal values', () => {
    expect(diffValues({ a: [1, 2], b: { c: 'x' } }, { a: [1, 2], b: { c: 'x' } })).toEqual([]);
  });

  it('reports changed, added and removed fields with dotted paths', () => {
    expect(diffValues({ a: 1, b: { c: 'x', d: true } }, { a: 2, b: { c: 'x', e: null } })).toEqual([
      { path: 'a', label: 'A', change: 'changed', before: 1, after: 2 },
      { path: 'b.d', label: 'B › D', change: 'removed', before: true },
      { path: 'b.e', label: 'B › E', change: 'added', after: null },
    ]);
  });

  it('matches list elements by identity, not position', () => {
    const before = {
      wages: [
        { id: 'w1', median: 100 },
        { id: 'w2', median: 200 },
      ],
    };
    const after = {
      wages: [
        { id: 'w2', median: 250 },
        { id: 'w3', median: 300 },
      ],
    };
    expect(diffValues(before, after).map(({ path, change }) => ({ path, change }))).toEqual([
      { path: 'wages[w1]', change: 'removed' },
      { path: 'wages[w2].median', change: 'changed' },
      { path: 'wages[w3]', change: 'added' },
    ]);
  });

  it('reports a reordered list once', () => {
    const before = { rows: [{ key: 'a' }, { key: 'b' }] };
    const after = { rows: [{ key: 'b' }, { key: 'a' }] };
    expect(diffValues(before, after)).toEqual([
      {
        path: 'rows[order]',
        label: 'Rows › Order',
        change: 'changed',
        before: ['a', 'b'],
        after: ['b', 'a'],
      },
    ]);
  });

  it('does not count the time of the last save as a change', () => {
    expect(
      diffValues(
        { title: 'A', updatedAt: '2026-01-01T00:00:00.000Z' },
        { title: 'A', updatedAt: '2026-02-01T00:00:00.000Z' },
      ),
    ).toEqual([]);
  });

  it('compares lists of plain values as a whole', () => {
    expect(diffValues({ skills: ['a', 'b'] }, { skills: ['a', 'c'] })).toEqual([
      { path: 'skills', label: 'Skills', change: 'changed', before: ['a', 'b'], after: ['a', 'c'] },
    ]);
  });
});

describe('diffValues in words', () => {
  const wage = (p25: number) => ({
    id: 'w1',
    referencePeriod: 'May 2024',
    areaName: 'U.S.',
    annual: { p25: { value: p25, flag: null } },
  });

  it('names a wage figure as the admin form does, inside the wage statistic it belongs to', () => {
    const [change] = diffValues({ wages: [wage(40000)] }, { wages: [wage(41250)] });
    expect(change).toEqual({
      path: 'wages[w1].annual.p25.value',
      label: 'Wages › May 2024, U.S. › 25th percentile, annual',
      change: 'changed',
      before: 40000,
      after: 41250,
      record: { type: 'wageStatistic', id: 'w1', label: 'May 2024, U.S.' },
    });
  });

  it('names a removed list element and the record it was', () => {
    const before = { workSettings: [{ id: 's1', name: 'Hospitals', percent: 15 }] };
    expect(diffValues(before, { workSettings: [] })).toEqual([
      {
        path: 'workSettings[s1]',
        label: 'Work settings › Hospitals',
        change: 'removed',
        before: before.workSettings[0],
        record: { type: 'workSetting', id: 's1', label: 'Hospitals' },
      },
    ]);
  });

  it('names list elements without an id of their own by their label, with no record', () => {
    const row = (html: string) => ({ key: 'pay', label: 'Pay', cells: [{ occupationSlug: 'cma', html }] });
    expect(diffValues({ rows: [row('a')] }, { rows: [row('b')] })).toEqual([
      {
        path: 'rows[pay].cells[cma].html',
        label: 'Rows › Pay › Cells › cma › Text',
        change: 'changed',
        before: 'a',
        after: 'b',
      },
    ]);
  });
});

describe('diffSnapshots', () => {
  const empty: PublicationSnapshot = { sources: [], occupations: [], comparisons: [], schools: [] };

  it('lists records added, removed and changed, per collection', () => {
    const before = {
      ...empty,
      occupations: [
        { id: 'o1', slug: 'cma', title: 'CMA', summaryHtml: '<p>Old</p>' },
        { id: 'o2', slug: 'gone', title: 'Gone' },
      ],
    } as unknown as PublicationSnapshot;
    const after = {
      ...empty,
      occupations: [
        { id: 'o1', slug: 'cma', title: 'CMA', summaryHtml: '<p>New</p>' },
        { id: 'o3', slug: 'new', title: 'New one' },
      ],
    } as unknown as PublicationSnapshot;
    expect(diffSnapshots(before, after)).toEqual([
      {
        collection: 'occupations',
        key: 'cma',
        label: 'CMA',
        recordType: 'occupation',
        recordId: 'o1',
        change: 'changed',
        fields: [
          {
            path: 'summaryHtml',
            label: 'Summary',
            change: 'changed',
            before: '<p>Old</p>',
            after: '<p>New</p>',
          },
        ],
      },
      {
        collection: 'occupations',
        key: 'gone',
        label: 'Gone',
        recordType: 'occupation',
        recordId: 'o2',
        change: 'removed',
        fields: [],
      },
      {
        collection: 'occupations',
        key: 'new',
        label: 'New one',
        recordType: 'occupation',
        recordId: 'o3',
        change: 'added',
        fields: [],
      },
    ]);
  });

  it('finds no change between a snapshot and itself', () => {
    const snapshot = {
      ...empty,
      sources: [{ id: 's1', citation: 'BLS 2025' }],
    } as unknown as PublicationSnapshot;
    expect(diffSnapshots(snapshot, structuredClone(snapshot))).toEqual([]);
  });
});

describe('equal', () => {
  it('agrees with comparing the values as JSON text with sorted keys', () => {
    const when = new Date('2026-01-02T03:04:05.678Z');
    const pairs: Array<[unknown, unknown]> = [
      [
        { a: 1, b: [1, { c: 'x', d: null }] },
        { b: [1, { d: null, c: 'x' }], a: 1 },
      ],
      [{ a: 1, b: undefined }, { a: 1 }],
      [
        [undefined, 2],
        [null, 2],
      ],
      [{ at: when }, { at: when.toISOString() }],
      [Number.NaN, null],
      [1, '1'],
      [{ a: [1, 2] }, { a: [2, 1] }],
      [{ a: 1 }, { a: 1, b: 0 }],
      [null, undefined],
      [[], {}],
      [{ a: { b: { c: [true] } } }, { a: { b: { c: [false] } } }],
    ];
    for (const [a, b] of pairs) expect(equal(a, b)).toBe(stableJson(a) === stableJson(b));
  });
});

describe('diffSnapshots with firstFieldOnly', () => {
  const empty: PublicationSnapshot = { sources: [], occupations: [], comparisons: [], schools: [] };
  const school = (tuition: number, completions: number) => ({
    id: 's1',
    name: 'North College',
    tuitionInState: tuition,
    programs: [{ id: 'p1', name: 'Nursing', completions }],
  });
  const snapshot = (view: unknown) => ({ ...empty, schools: [view] }) as unknown as PublicationSnapshot;

  it('reports a changed record of those collections with its first field change only', () => {
    const before = snapshot(school(100, 5));
    const after = snapshot(school(200, 6));
    expect(diffSnapshots(before, after)[0].fields).toHaveLength(2);
    const [change] = diffSnapshots(before, after, { firstFieldOnly: ['schools'] });
    expect(change).toMatchObject({ collection: 'schools', key: 's1', change: 'changed' });
    expect(change.fields).toEqual([diffSnapshots(before, after)[0].fields[0]]);
  });

  it('reports the same records as a full diff', () => {
    const before = { ...snapshot(school(100, 5)), sources: [{ id: 'gone', citation: 'Gone' }] };
    const after = snapshot(school(100, 5));
    expect(diffSnapshots(before as never, after, { firstFieldOnly: ['schools', 'sources'] })).toEqual(
      diffSnapshots(before as never, after),
    );
  });
});
