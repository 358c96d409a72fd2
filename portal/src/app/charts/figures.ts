import {
  type EmploymentProjectionView,
  type FlaggedValue,
  WAGE_FLAG_MEANINGS,
  type WageStatisticView,
  type WorkSettingView,
  formatAnnualWage,
  formatCount,
  formatHourlyWage,
  formatPercent,
} from '@careerscope/shared';

import type { ChartTable, ChartView } from './chart-spec';

/** Everything a chart figure needs besides its id and page path. */
export interface FigureData {
  title: string;
  summary: string;
  views: ChartView[];
  table: ChartTable;
  tableCaption: string;
}

const numberOf = (value: FlaggedValue): number | null => (value.flag === null ? value.value : null);

/** A BLS value as printed: the number, or what its flag means; never the flag alone. */
export function printFlagged(value: FlaggedValue, format: (n: number) => string): string {
  if (value.flag) {
    return WAGE_FLAG_MEANINGS[value.flag];
  }
  return value.value === null ? '—' : format(value.value);
}

const PERCENTILES = [
  ['p10', '10th percentile'],
  ['p25', '25th percentile'],
  ['median', 'Median (50th percentile)'],
  ['p75', '75th percentile'],
  ['p90', '90th percentile'],
] as const;

/** "$44,200 a year ($21.25 an hour)". */
function annualAndHourly(wage: WageStatisticView, key: (typeof PERCENTILES)[number][0]): string {
  const annual = printFlagged(wage.annual[key], formatAnnualWage);
  const hourly = wage.hourly[key];
  return hourly.value === null && hourly.flag === null
    ? annual
    : `${annual} a year (${printFlagged(hourly, formatHourlyWage)} an hour)`;
}

/**
 * Wage percentiles as ranges with the median marked, one bar per column (occupations, or the
 * nation and a state), in annual and hourly views.
 */
export function wagePercentilesFigure(
  columns: { label: string; wage: WageStatisticView }[],
  /** Where the figures are from when a page shows more than one such chart ("Wisconsin and the U.S."). */
  place?: string,
): FigureData {
  const period = columns[0]?.wage.referencePeriod ?? '';
  const where = place ? ` in ${place}` : '';
  const spec = (hourly: boolean): ChartView => {
    const pick = (key: (typeof PERCENTILES)[number][0]) =>
      columns.map(({ wage }) => numberOf(hourly ? wage.hourly[key] : wage.annual[key]));
    return {
      label: hourly ? 'Hourly' : 'Annual',
      spec: {
        kind: 'range',
        categories: columns.map((column) => column.label),
        p10: pick('p10'),
        p25: pick('p25'),
        median: pick('median'),
        p75: pick('p75'),
        p90: pick('p90'),
        format: hourly ? 'cents' : 'dollars',
      },
    };
  };
  const hasHourly = columns.some(({ wage }) => numberOf(wage.hourly.median) !== null);
  const summary =
    columns.length === 1
      ? singleWageSummary(columns[0].wage)
      : `Median annual wage, ${period}: ${columns
          .map(({ label, wage }) => `${label} ${printFlagged(wage.annual.median, formatAnnualWage)}`)
          .join('; ')}.`;
  return {
    title: `Wage range${where}, ${period}`,
    summary,
    views: hasHourly ? [spec(false), spec(true)] : [spec(false)],
    tableCaption: `Wage percentiles${where}, ${period}`,
    table: {
      columnHeaders: ['Percentile', ...columns.map((column) => column.label)],
      rows: PERCENTILES.map(([key, label]) => ({
        header: label,
        cells: columns.map(({ wage }) => annualAndHourly(wage, key)),
      })),
    },
  };
}

function singleWageSummary(wage: WageStatisticView): string {
  const median = printFlagged(wage.annual.median, formatAnnualWage);
  const p10 = printFlagged(wage.annual.p10, formatAnnualWage);
  const p90 = printFlagged(wage.annual.p90, formatAnnualWage);
  return (
    `In ${wage.referencePeriod}, half of ${wage.socTitle.toLowerCase()} (${wage.areaName}) earned more than ` +
    `${median} a year. The lowest-paid 10 percent earned less than ${p10}; the highest-paid 10 percent ` +
    `earned more than ${p90}.`
  );
}

/** National wages across reference periods, oldest first: the 10th, median and 90th percentiles. */
export function wageHistoryFigure(wages: WageStatisticView[]): FigureData {
  const ordered = [...wages].sort((a, b) => a.periodYear - b.periodYear);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  return {
    title: `Annual wages over time, ${first.referencePeriod} to ${last.referencePeriod}`,
    summary:
      `The median annual wage went from ${printFlagged(first.annual.median, formatAnnualWage)} in ` +
      `${first.referencePeriod} to ${printFlagged(last.annual.median, formatAnnualWage)} in ${last.referencePeriod}.`,
    views: [
      {
        label: 'Annual',
        spec: {
          kind: 'lines',
          categories: ordered.map((wage) => wage.referencePeriod),
          series: [
            { label: '90th percentile', values: ordered.map((wage) => numberOf(wage.annual.p90)) },
            { label: 'Median', values: ordered.map((wage) => numberOf(wage.annual.median)) },
            { label: '10th percentile', values: ordered.map((wage) => numberOf(wage.annual.p10)) },
          ],
          format: 'dollars',
        },
      },
    ],
    tableCaption: `Annual wages by reference period (${last.areaName})`,
    table: {
      columnHeaders: ['Reference period', '10th percentile', 'Median', '90th percentile', 'Mean'],
      rows: ordered.map((wage) => ({
        header: wage.referencePeriod,
        cells: [
          printFlagged(wage.annual.p10, formatAnnualWage),
          printFlagged(wage.annual.median, formatAnnualWage),
          printFlagged(wage.annual.p90, formatAnnualWage),
          printFlagged(wage.meanAnnual, formatAnnualWage),
        ],
      })),
    },
  };
}

export const ALL_OCCUPATIONS = 'All occupations';

/** BLS words the all-occupations baseline as a whole percent too ("3 percent"). */
export function baselinePercent(projection: EmploymentProjectionView): number {
  return Math.round(projection.allOccupationsPercentChange);
}

/** Projected growth of each occupation beside the all-occupations baseline of the same period. */
export function growthFigure(columns: { label: string; projection: EmploymentProjectionView }[]): FigureData {
  const first = columns[0].projection;
  const period = `${first.baseYear}–${String(first.targetYear).slice(-2)}`;
  const baseline = baselinePercent(first);
  return {
    title: `Projected employment growth, ${period}`,
    summary:
      columns
        .map(
          ({ label, projection }) =>
            `${label}: ${formatPercent(projection.wholePercentChange)} (${projection.growthComparison})`,
        )
        .join('; ') + `. All occupations: ${formatPercent(baseline)}.`,
    views: [
      {
        label: 'Growth',
        spec: {
          kind: 'bars',
          categories: [...columns.map((column) => column.label), ALL_OCCUPATIONS],
          values: [...columns.map((column) => column.projection.wholePercentChange), baseline],
          valueLabel: 'Projected growth',
          format: 'percent',
          horizontal: false,
          baselineCategories: [ALL_OCCUPATIONS],
        },
      },
    ],
    tableCaption: `Projected employment change, ${first.baseYear}–${first.targetYear}`,
    table: {
      columnHeaders: [
        'Occupation',
        'Growth',
        'Jobs added',
        `Employment ${first.baseYear}`,
        `Employment ${first.targetYear}`,
      ],
      rows: [
        ...columns.map(({ label, projection }) => ({
          header: label,
          cells: [
            formatPercent(projection.wholePercentChange),
            formatCount(projection.numericChange),
            formatCount(projection.baseEmployment),
            formatCount(projection.targetEmployment),
          ],
        })),
        { header: ALL_OCCUPATIONS, cells: [formatPercent(baseline), '', '', ''] },
      ],
    },
  };
}

/** Share of an occupation's jobs by work setting, largest first. */
export function workSettingsFigure(occupationTitle: string, settings: WorkSettingView[]): FigureData {
  const ordered = [...settings].sort((a, b) => b.percent - a.percent);
  return {
    title: `Where ${occupationTitle} jobs are`,
    summary: `The largest employer is ${ordered[0].name.toLowerCase()}, with ${formatPercent(ordered[0].percent)} of jobs.`,
    views: [
      {
        label: 'Share of jobs',
        spec: {
          kind: 'bars',
          categories: ordered.map((setting) => setting.name),
          values: ordered.map((setting) => setting.percent),
          valueLabel: 'Share of jobs',
          format: 'percent',
          horizontal: true,
          baselineCategories: [],
        },
      },
    ],
    tableCaption: 'Share of jobs by work setting',
    table: {
      columnHeaders: ['Work setting', 'Share of jobs'],
      rows: ordered.map((setting) => ({ header: setting.name, cells: [formatPercent(setting.percent)] })),
    },
  };
}
