import { containsPattern } from './like-pattern';

describe('containsPattern', () => {
  it('searches for the term literally, escaping LIKE wildcards', () => {
    expect(containsPattern('cma')).toBe('%cma%');
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
