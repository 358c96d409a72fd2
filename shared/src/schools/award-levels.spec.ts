import { AWARD_LEVELS, compareAwardLevels } from './award-levels';

describe('compareAwardLevels', () => {
  it('orders award levels from the shortest credential to the longest', () => {
    const codes = [5, 3, 21, 7, 20, 2];
    expect([...codes].sort(compareAwardLevels)).toEqual([20, 21, 2, 3, 5, 7]);
    expect(AWARD_LEVELS.map((level) => level.code).sort(compareAwardLevels)).toEqual(
      AWARD_LEVELS.map((level) => level.code),
    );
  });

  it('puts programs with no level, or an unknown one, last', () => {
    expect([null, 99, 3].sort(compareAwardLevels).slice(0, 1)).toEqual([3]);
    expect(compareAwardLevels(null, 99)).toBe(0);
    expect(compareAwardLevels(3, 3)).toBe(0);
  });
});
