import {
  type ProgramPaybackView,
  type ProgramView,
  type SchoolSummaryView,
  type SchoolYearlyCost,
  awardLevel,
  formatAnnualWage,
  formatCount,
  formatMonths,
  programVanishedMark,
  stateName,
} from '@careerscope/shared';

/** 2022 → "2022–23" (an IPEDS academic year). */
export function academicYear(year: number): string {
  return `${year}–${String((year + 1) % 100).padStart(2, '0')}`;
}

export const RESIDENCY_LABELS: Readonly<Record<SchoolYearlyCost['residency'], string>> = {
  'in-district': 'in-district',
  'in-state': 'in-state',
  'out-of-state': 'out-of-state',
};

/** "$10,200 (in-state tuition and fees $9,000 + books and supplies $1,200; 2022–23)". */
export function yearlyCostLine(cost: SchoolYearlyCost): string {
  const parts = [`${RESIDENCY_LABELS[cost.residency]} tuition and fees ${formatAnnualWage(cost.tuition)}`];
  if (cost.booksAndSupplies !== null)
    parts.push(`books and supplies ${formatAnnualWage(cost.booksAndSupplies)}`);
  return `${formatAnnualWage(cost.total)} (${parts.join(' + ')}; ${academicYear(cost.year)})`;
}

/** One line of a program's cost and payback, with the source it cites (null: computed here). */
export interface CostLine {
  key: 'tuition' | 'books' | 'length' | 'total' | 'pay' | 'payback' | 'awards';
  label: string;
  value: string;
  sourceId: string | null;
}

/** A program's published charges, length, total cost, pay and payback as the school pages print them. */
export function costLines(
  school: Pick<
    SchoolSummaryView,
    | 'tuitionInDistrict'
    | 'tuitionInState'
    | 'tuitionOutOfState'
    | 'booksAndSupplies'
    | 'pricesYear'
    | 'pricesSourceId'
    | 'state'
    | 'sourceId'
  >,
  program: ProgramView,
  payback: ProgramPaybackView | undefined,
): CostLine[] {
  const year = school.pricesYear === null ? null : academicYear(school.pricesYear);
  const charges = (
    [
      ['In-district', school.tuitionInDistrict],
      ['In-state', school.tuitionInState],
      ['Out-of-state', school.tuitionOutOfState],
    ] as const
  ).filter(([, value]) => value !== null);
  const lines: CostLine[] = [
    {
      key: 'tuition',
      label: year ? `Published tuition and fees a year, ${year}` : 'Published tuition and fees a year',
      value: charges.length
        ? charges.map(([label, value]) => `${label} ${formatAnnualWage(value as number)}`).join(' · ')
        : 'Not published',
      sourceId: charges.length ? school.pricesSourceId : null,
    },
    {
      key: 'books',
      label: year ? `Books and supplies a year, ${year}` : 'Books and supplies a year',
      value: school.booksAndSupplies === null ? 'Not published' : formatAnnualWage(school.booksAndSupplies),
      sourceId: school.booksAndSupplies === null ? null : school.pricesSourceId,
    },
  ];
  const level = program.awardLevel === null ? undefined : awardLevel(program.awardLevel);
  lines.push({
    key: 'length',
    label: 'Typical length',
    value:
      payback?.months == null
        ? 'Not stated'
        : payback.monthsBasis === 'program'
          ? `${formatMonths(payback.months, null)} (the upper end of the program's stated ${formatMonths(program.minMonths as number, program.maxMonths)})`
          : `${formatMonths(payback.months, null)} (the usual full-time length of a ${level?.label.toLowerCase() ?? 'program at this level'}, the program states none)`,
    sourceId: payback?.monthsBasis === 'program' ? school.sourceId : null,
  });
  const yearly = payback?.yearly ?? null;
  lines.push({
    key: 'total',
    label: 'Estimated total cost',
    value:
      payback?.totalCost == null || !yearly || payback.months === null
        ? 'Not enough published figures to estimate'
        : `${formatAnnualWage(payback.totalCost)} = (${formatAnnualWage(yearly.tuition)} ${yearly.residency} tuition and fees + ${formatAnnualWage(yearly.booksAndSupplies ?? 0)} books and supplies) × ${payback.months} ÷ 12`,
    sourceId: payback?.totalCost == null ? null : (yearly?.sourceId ?? null),
  });
  const pay = payback?.pay ?? null;
  lines.push({
    key: 'pay',
    label: pay
      ? `Median annual pay of a ${program.occupationTitle}, ${pay.area === 'state' ? pay.areaName : 'United States'}, ${pay.referencePeriod}`
      : `Median annual pay of a ${program.occupationTitle}`,
    value: pay
      ? pay.area === 'state'
        ? formatAnnualWage(pay.median)
        : `${formatAnnualWage(pay.median)} (national: no figure is published for ${stateName(school.state)})`
      : 'Not published',
    sourceId: pay?.sourceId ?? null,
  });
  lines.push({
    key: 'payback',
    label: 'Payback estimate',
    value:
      payback?.paybackYears == null || payback.totalCost === null || !pay
        ? 'Not enough published figures to estimate'
        : `${payback.paybackYears.toFixed(1)} years = ${formatAnnualWage(payback.totalCost)} ÷ (10 % × ${formatAnnualWage(pay.median)})`,
    sourceId: null,
  });
  lines.push({
    key: 'awards',
    label:
      program.completionsYear === null || program.vanishedIn !== null
        ? 'Awards conferred'
        : `Awards conferred, ${academicYear(program.completionsYear - 1)}`,
    value: awardsValue(program),
    sourceId: program.completions === null ? null : program.completionsSourceId,
  });
  return lines;
}

/** "42", or for a program the newest completions file no longer lists: "No awards reported in 2023–24 (42 in 2022–23)". */
function awardsValue(program: ProgramView): string {
  const vanished = programVanishedMark(program);
  if (program.completions === null) return vanished ?? 'Not reported';
  const count = formatCount(program.completions);
  if (!vanished) return count;
  return program.completionsYear === null
    ? `${vanished} (${count} before)`
    : `${vanished} (${count} in ${academicYear(program.completionsYear - 1)})`;
}
