/** A value below the nearest known value before it in its chain of percentiles. */
export interface PercentileOrderBreak {
  field: string;
  value: number;
  /** The nearest field before it that has a value. */
  lowerField: string;
  lowerValue: number;
}

const known = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The percentile order (10th ≤ 25th ≤ median ≤ 75th ≤ 90th): each known value of `chain` must be at
 * least the nearest known value before it; unknown values (blank, flagged) are skipped. One break
 * per out-of-order field. The API's validation and the admin's form both read the rule from here.
 */
export function percentileOrderBreaks(
  valueOf: (field: string) => unknown,
  chain: readonly string[],
): PercentileOrderBreak[] {
  const breaks: PercentileOrderBreak[] = [];
  let lower: { field: string; value: number } | null = null;
  for (const field of chain) {
    const value = valueOf(field);
    if (!known(value)) continue;
    if (lower !== null && value < lower.value) {
      breaks.push({ field, value, lowerField: lower.field, lowerValue: lower.value });
    }
    lower = { field, value };
  }
  return breaks;
}
