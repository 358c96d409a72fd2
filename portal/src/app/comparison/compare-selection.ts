import { MAX_COMPARED_OCCUPATIONS, MIN_COMPARED_OCCUPATIONS, isSlug } from '@careerscope/shared';

/**
 * The occupations an ad-hoc comparison asks for, from `?o=a,b` — or `?o=a&o=b`, which is what a
 * plain HTML form sends before the scripts load. Order kept, repeats and blanks dropped; null when
 * a value cannot be a slug.
 */
export function parseSelection(values: readonly string[]): string[] | null {
  const slugs = [
    ...new Set(
      values
        .flatMap((value) => value.split(','))
        .map((slug) => slug.trim())
        .filter(Boolean),
    ),
  ];
  return slugs.every(isSlug) ? slugs : null;
}

export type SelectionProblem = 'too-few' | 'too-many' | null;

export function selectionProblem(slugs: readonly string[]): SelectionProblem {
  if (slugs.length < MIN_COMPARED_OCCUPATIONS) return 'too-few';
  if (slugs.length > MAX_COMPARED_OCCUPATIONS) return 'too-many';
  return null;
}

/** The shareable query of a selection: `{ o: 'a,b' }`, or none when empty. */
export function selectionQuery(slugs: readonly string[]): { o: string | null } {
  return { o: slugs.length ? slugs.join(',') : null };
}

export function selectionPath(slugs: readonly string[]): string {
  return slugs.length ? `/compare?o=${slugs.join(',')}` : '/compare';
}
