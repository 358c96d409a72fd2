import { aama, aapc, blsProjections, blsWages } from '../../testing/sources.fixture';
import { Footnotes } from './footnotes';

describe('Footnotes', () => {
  it('numbers sources by first use and reuses the number for a repeated source', () => {
    const footnotes = new Footnotes([aapc, aama, blsWages, blsProjections]);

    expect(footnotes.cite(blsProjections.id)).toBe(1);
    expect(footnotes.cite(blsWages.id)).toBe(2);
    expect(footnotes.cite(blsProjections.id)).toBe(1);
    expect(footnotes.citeAll([aama.id, blsWages.id, aama.id])).toEqual([3, 2]);
  });

  it('gives no number to a missing or unlisted source', () => {
    const footnotes = new Footnotes([aama]);

    expect(footnotes.cite(null)).toBeNull();
    expect(footnotes.cite('not-listed')).toBeNull();
    expect(footnotes.cite(aama.id)).toBe(1);
  });

  it('lists cited sources in number order, then the sources never cited', () => {
    const footnotes = new Footnotes([aapc, aama, blsWages]);
    footnotes.cite(blsWages.id);
    footnotes.cite(aama.id);

    expect(footnotes.list().map(({ number, source }) => [number, source.key])).toEqual([
      [1, blsWages.key],
      [2, aama.key],
      [3, aapc.key],
    ]);
  });
});
