import { changedFields } from '../../revisions/revision.mapper';
import { filtersOf, inputOf, parseSort } from './editable-record.service';
import { plural } from './editorial.errors';

describe('editable record service helpers', () => {
  it('reads `-field` as descending', () => {
    expect(parseSort('title')).toEqual({ field: 'title', direction: 'ASC' });
    expect(parseSort('-updatedAt')).toEqual({ field: 'updatedAt', direction: 'DESC' });
  });

  it('takes the create fields of a record for a merge or a restore', () => {
    const record = { id: 'a', version: 3, createdAt: 'x', updatedAt: 'y', title: 'T', sourceIds: ['s'] };
    expect(inputOf(record)).toEqual({ title: 'T', sourceIds: ['s'] });
  });

  it('keeps only the given filters of a list query', () => {
    expect(
      filtersOf({ page: 1, pageSize: 20, sort: 'x', q: 'y', socCode: '31-9092', areaType: undefined }),
    ).toEqual({
      socCode: '31-9092',
    });
  });

  it('names what changed between two snapshots, ignoring bookkeeping', () => {
    const before = { id: 'a', version: 1, updatedAt: 'x', title: 'A', skills: ['a'], url: null };
    const after = { id: 'a', version: 2, updatedAt: 'y', title: 'B', skills: ['a'], url: null };
    expect(changedFields(before, after)).toEqual(['title']);
    expect(changedFields(null, { title: 'A', url: null })).toEqual(['title']);
    expect(changedFields({ title: 'A' }, null)).toEqual(['title']);
  });

  it('pluralises record labels for messages', () => {
    expect(plural('program', 1)).toBe('program');
    expect(plural('program', 2)).toBe('programs');
    expect(plural('accreditation body', 3)).toBe('accreditation bodies');
    expect(plural('survey', 2)).toBe('surveys');
  });
});
