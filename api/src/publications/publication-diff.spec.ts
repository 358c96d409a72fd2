import type { PublicationSnapshot } from '@careerscope/shared';
import { diffSnapshots, diffValues } from './publication-diff';

describe('diffValues', () => {
  it('reports nothing for equal values', () => {
    expect(diffValues({ a: [1, 2], b: { c: 'x' } }, { a: [1, 2], b: { c: 'x' } })).toEqual([]);
  });

  it('reports changed, added and removed fields with dotted paths', () => {
    expect(diffValues({ a: 1, b: { c: 'x', d: true } }, { a: 2, b: { c: 'x', e: null } })).toEqual([
      { path: 'a', change: 'changed', before: 1, after: 2 },
      { path: 'b.d', change: 'removed', before: true },
      { path: 'b.e', change: 'added', after: null },
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
    expect(diffValues(before, after)).toEqual([
      { path: 'wages[w1]', change: 'removed', before: { id: 'w1', median: 100 } },
      { path: 'wages[w2].median', change: 'changed', before: 200, after: 250 },
      { path: 'wages[w3]', change: 'added', after: { id: 'w3', median: 300 } },
    ]);
  });

  it('reports a reordered list once', () => {
    const before = { rows: [{ key: 'a' }, { key: 'b' }] };
    const after = { rows: [{ key: 'b' }, { key: 'a' }] };
    expect(diffValues(before, after)).toEqual([
      { path: 'rows[order]', change: 'changed', before: ['a', 'b'], after: ['b', 'a'] },
    ]);
  });

  it('compares lists of plain values as a whole', () => {
    expect(diffValues({ skills: ['a', 'b'] }, { skills: ['a', 'c'] })).toEqual([
      { path: 'skills', change: 'changed', before: ['a', 'b'], after: ['a', 'c'] },
    ]);
  });
});

describe('diffSnapshots', () => {
  const empty: PublicationSnapshot = { sources: [], occupations: [], comparisons: [], schools: [] };

  it('lists records added, removed and changed, per collection', () => {
    const before = {
      ...empty,
      occupations: [
        { slug: 'cma', title: 'CMA', summaryHtml: '<p>Old</p>' },
        { slug: 'gone', title: 'Gone' },
      ],
    } as unknown as PublicationSnapshot;
    const after = {
      ...empty,
      occupations: [
        { slug: 'cma', title: 'CMA', summaryHtml: '<p>New</p>' },
        { slug: 'new', title: 'New one' },
      ],
    } as unknown as PublicationSnapshot;
    expect(diffSnapshots(before, after)).toEqual([
      {
        collection: 'occupations',
        key: 'cma',
        label: 'CMA',
        change: 'changed',
        fields: [{ path: 'summaryHtml', change: 'changed', before: '<p>Old</p>', after: '<p>New</p>' }],
      },
      { collection: 'occupations', key: 'gone', label: 'Gone', change: 'removed', fields: [] },
      { collection: 'occupations', key: 'new', label: 'New one', change: 'added', fields: [] },
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
