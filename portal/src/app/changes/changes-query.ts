/** `?page=` of `/changes`: a whole number from 1; anything else is the first page. */
export function changesPageNumber(value: string | null): number {
  return value !== null && /^[1-9][0-9]{0,4}$/.test(value) ? Number(value) : 1;
}
