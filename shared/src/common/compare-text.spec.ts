import { compareText } from './compare-text.js';

describe('compareText', () => {
  it('orders names alphabetically whatever their case', () => {
    expect(['Texas', 'alabama', 'New York', 'new mexico', 'Ohio'].sort(compareText)).toEqual([
      'alabama',
      'new mexico',
      'New York',
      'Ohio',
      'Texas',
    ]);
  });

  it('puts names that differ only in case in a fixed order and equal names together', () => {
    expect(['ohio', 'Ohio'].sort(compareText)).toEqual(['Ohio', 'ohio']);
    expect(compareText('Utah', 'Utah')).toBe(0);
  });
});
