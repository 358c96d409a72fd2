/**
 * How an occupation's projected growth compares with the all-occupations baseline, in the words of
 * the BLS Occupational Outlook Handbook.
 */
export type GrowthComparison =
  | 'much faster than average'
  | 'faster than average'
  | 'as fast as average'
  | 'slower than average'
  | 'decline';

/**
 * The OOH's bands for the 2024–34 projections (all occupations: 3 %). `wholePercent` is the
 * occupation's projected change, rounded as BLS rounds it.
 */
export function describeGrowth(wholePercent: number): GrowthComparison {
  if (wholePercent >= 8) return 'much faster than average';
  if (wholePercent >= 5) return 'faster than average';
  if (wholePercent >= 2) return 'as fast as average';
  if (wholePercent >= 0) return 'slower than average';
  return 'decline';
}
