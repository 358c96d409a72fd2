import type { ProgramView, SchoolSummaryView, SchoolYearlyCost } from '../public/public.contract.js';
import { PAYBACK_SHARE_OF_PAY } from '../public/public.contract.js';
import { awardLevel } from './award-levels.js';

type Charges = Pick<
  SchoolSummaryView,
  | 'tuitionInDistrict'
  | 'tuitionInState'
  | 'tuitionOutOfState'
  | 'booksAndSupplies'
  | 'pricesYear'
  | 'pricesSourceId'
>;

/**
 * A year at a school for a student of the given residency: the published tuition and required fees
 * (in-district where the school publishes one, for a resident; out-of-state for a student from
 * another state; each falling back to the next published figure), plus books and supplies.
 * Null when the school publishes no tuition.
 */
export function schoolYearlyCost(school: Charges, resident: boolean): SchoolYearlyCost | null {
  if (school.pricesYear === null) return null;
  const order: Array<[SchoolYearlyCost['residency'], number | null]> = resident
    ? [
        ['in-district', school.tuitionInDistrict],
        ['in-state', school.tuitionInState],
        ['out-of-state', school.tuitionOutOfState],
      ]
    : [
        ['out-of-state', school.tuitionOutOfState],
        ['in-state', school.tuitionInState],
        ['in-district', school.tuitionInDistrict],
      ];
  const found = order.find(([, value]) => value !== null);
  if (!found) return null;
  const [residency, tuition] = found as [SchoolYearlyCost['residency'], number];
  return {
    tuition,
    residency,
    booksAndSupplies: school.booksAndSupplies,
    total: tuition + (school.booksAndSupplies ?? 0),
    year: school.pricesYear,
    sourceId: school.pricesSourceId,
  };
}

/**
 * The months a cost estimate uses: the upper end of the program's stated length, or else the upper
 * end of its IPEDS award level's typical length, so the estimate does not understate the cost.
 */
export function programMonths(
  program: Pick<ProgramView, 'minMonths' | 'maxMonths' | 'awardLevel'>,
): { months: number; basis: 'program' | 'award-level' } | null {
  if (program.minMonths !== null) {
    return { months: program.maxMonths ?? program.minMonths, basis: 'program' };
  }
  const level = program.awardLevel === null ? undefined : awardLevel(program.awardLevel);
  return level ? { months: level.typicalMonths.max, basis: 'award-level' } : null;
}

/** (Yearly tuition and fees + books and supplies) × months ÷ 12, to the dollar. */
export function estimatedTotalCost(yearly: SchoolYearlyCost, months: number): number {
  return Math.round((yearly.total * months) / 12);
}

/** Total cost ÷ (10 % of the median annual pay), in years to one decimal. */
export function paybackYears(totalCost: number, medianAnnualPay: number): number | null {
  if (medianAnnualPay <= 0) return null;
  return Math.round((totalCost / (medianAnnualPay * PAYBACK_SHARE_OF_PAY)) * 10) / 10;
}

/** The formulas as the pages state them. */
export const TOTAL_COST_FORMULA =
  'Estimated total cost = (yearly tuition and required fees + yearly books and supplies) × length in months ÷ 12';
export const PAYBACK_FORMULA =
  'Payback = estimated total cost ÷ (10 % of the median annual pay of the career in the school’s state), in years';
export const PAYBACK_RATIONALE =
  '10 % is the share of income that federal income-driven repayment plans ask for. The estimate leaves out grants, interest, taxes and living costs, and uses the length’s upper end.';
