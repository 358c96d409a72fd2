import type { Option } from './record-feature';

/** Select options from a value → label map (the contract's `*_LABELS` objects). */
export function optionsFrom<T extends string>(labels: Record<T, string>): Option<T>[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export function optionsOf<T extends string>(values: readonly T[]): Option<T>[] {
  return values.map((value) => ({ value, label: value }));
}

export const num = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toLocaleString('en-US');

export const money = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : `$${value.toLocaleString('en-US')}`;

export const date = (value: string): string =>
  new Date(value).toLocaleDateString('en-US', { dateStyle: 'medium' });
