import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks only the words that changed', () => {
    expect(wordDiff('Median pay is 44,200 a year', 'Median pay is 45,100 a year')).toEqual([
      { text: 'Median pay is ', kind: 'same' },
      { text: '44,200', kind: 'removed' },
      { text: '45,100', kind: 'added' },
      { text: ' a year', kind: 'same' },
    ]);
  });

  it('shows a text that was emptied or filled as one removed or added run', () => {
    expect(wordDiff('', 'New text')).toEqual([{ text: 'New text', kind: 'added' }]);
    expect(wordDiff('Old', '')).toEqual([{ text: 'Old', kind: 'removed' }]);
  });
});
