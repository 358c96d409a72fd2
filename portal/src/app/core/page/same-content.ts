/**
 * Equality for plain data rebuilt from JSON on every change of input (page models): the same
 * content is the same value. With it, a `computed` keeps its previous value (and identity) when
 * nothing it shows has changed.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
