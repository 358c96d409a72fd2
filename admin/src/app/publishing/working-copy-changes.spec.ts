import type { EditableRecord, RevisionRecord } from '@careerscope/shared';

import { toChange } from './working-copy-changes';

const record = {
  id: 'w1',
  version: 3,
  createdAt: 'c',
  updatedAt: '2026-05-02T00:00:00Z',
  p25Annual: 41250,
  p10Annual: 1,
} as EditableRecord;

function revision(at: string, before: Record<string, unknown> | null, name: string): RevisionRecord {
  return {
    id: at,
    recordType: 'wageStatistic',
    recordId: 'w1',
    version: 1,
    action: before ? 'update' : 'create',
    user: { id: name, name },
    at,
    before,
    after: null,
    changedFields: [],
  };
}

describe('toChange', () => {
  it('compares the state before the first save since the publication with the record now', () => {
    const change = toChange('wageStatistic', record, [
      revision('2026-05-02T00:00:00Z', { p25Annual: 40500, p10Annual: 1, version: 2 }, 'Bea'),
      revision('2026-05-01T00:00:00Z', { p25Annual: 40000, p10Annual: 1, version: 1 }, 'Ada'),
    ]);
    expect(change.created).toBe(false);
    expect(change.fields).toEqual([{ field: 'p25Annual', before: 40000, after: 41250 }]);
    expect(change.by).toEqual(['Bea', 'Ada']);
  });

  it('marks a record created since the publication', () => {
    const change = toChange('wageStatistic', record, [revision('2026-05-01T00:00:00Z', null, 'Ada')]);
    expect(change.created).toBe(true);
    expect(change.fields).toEqual([]);
  });
});
