/**
 * A search term as a LIKE/ILIKE pattern that matches it literally anywhere: `%`, `_` and `\` in the
 * term are escaped (PostgreSQL's default escape character is the backslash).
 */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
