/**
 * Orders names (states, publishers, careers) alphabetically, ignoring case. A plain comparison,
 * not `localeCompare`: in a browser the first collation of a page loads ICU's collation data on
 * the main thread, and the portal sorts names while it hydrates. The names sorted are English.
 */
export function compareText(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
