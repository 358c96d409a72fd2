import type { EmploymentProjectionRecord, WageStatisticRecord } from '@careerscope/shared';

export interface FreshnessWarning {
  socCode: string;
  socTitle: string;
  message: string;
  link: string[];
  query: Record<string, string>;
}

/** SOC codes whose newest national wage row or projection is older than what BLS has released by now. */
export function freshnessWarnings(
  wages: readonly WageStatisticRecord[],
  projections: readonly EmploymentProjectionRecord[],
  expectedWageYear: number,
  expectedBaseYear: number,
): FreshnessWarning[] {
  const warnings: FreshnessWarning[] = [];
  const newestWage = new Map<string, WageStatisticRecord>();
  for (const row of wages) {
    if (row.areaType !== 'national') continue;
    const seen = newestWage.get(row.socCode);
    if (!seen || row.periodYear > seen.periodYear) newestWage.set(row.socCode, row);
  }
  for (const row of newestWage.values()) {
    if (row.periodYear < expectedWageYear) {
      warnings.push({
        socCode: row.socCode,
        socTitle: row.socTitle,
        message: `Wages are from ${row.referencePeriod}; May ${expectedWageYear} estimates should be out.`,
        link: ['/wage-statistics'],
        query: { q: row.socCode },
      });
    }
  }
  const newestProjection = new Map<string, EmploymentProjectionRecord>();
  for (const row of projections) {
    const seen = newestProjection.get(row.socCode);
    if (!seen || row.baseYear > seen.baseYear) newestProjection.set(row.socCode, row);
  }
  for (const row of newestProjection.values()) {
    if (row.baseYear < expectedBaseYear) {
      warnings.push({
        socCode: row.socCode,
        socTitle: row.socTitle,
        message: `Projections are for ${row.baseYear}–${row.targetYear}; ${expectedBaseYear}–${expectedBaseYear + 10} should be out.`,
        link: ['/employment-projections'],
        query: { q: row.socCode },
      });
    }
  }
  return warnings.sort((a, b) => a.socCode.localeCompare(b.socCode));
}
