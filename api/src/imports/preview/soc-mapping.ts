/** Which SOC code measures an occupation in which years (codes change between SOC revisions). */
export interface SocCodePeriod {
  socCode: string;
  fromYear: number | null;
  toYear: number | null;
}

/**
 * The code that applies in `year`: the mapped period that covers it, else the occupation's current
 * code. Medical records: 29-2071 until 2018, 29-2098 in 2019–2020, 29-2072 from 2021.
 */
export function socCodeForYear(currentCode: string, periods: SocCodePeriod[], year: number): string {
  const match = periods.find(
    (period) =>
      (period.fromYear === null || period.fromYear <= year) &&
      (period.toYear === null || year <= period.toYear),
  );
  return match?.socCode ?? currentCode;
}
