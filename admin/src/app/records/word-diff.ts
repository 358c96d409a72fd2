import { diffArrays } from 'diff';

/** One run of a word diff: text both versions share, or text only the old or the new one has. */
export interface DiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/** Words with their punctuation ("44,200", "pay."), and the spaces between them. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

/**
 * The words that changed between two texts (jsdiff over whole words, so "44,200" → "45,100" is one
 * change, not three): shared words once, with what was taken out and put in marked where it happened.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffArrays(tokens(before), tokens(after)).map((change) => ({
    text: change.value.join(''),
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}
