/** What a chart shows, independent of the library that draws it. Values are null when unknown. */
export type ValueFormat = 'dollars' | 'cents' | 'percent' | 'count';

/** Wage percentiles per category: the 10th–90th range with the 25th–75th inside and the median marked. */
export interface RangeChartSpec {
  kind: 'range';
  categories: string[];
  p10: (number | null)[];
  p25: (number | null)[];
  median: (number | null)[];
  p75: (number | null)[];
  p90: (number | null)[];
  format: ValueFormat;
}

export interface BarChartSpec {
  kind: 'bars';
  categories: string[];
  values: (number | null)[];
  valueLabel: string;
  format: ValueFormat;
  horizontal: boolean;
  /** Categories drawn in the muted colour (a baseline such as "All occupations"). */
  baselineCategories: string[];
}

export interface LineChartSpec {
  kind: 'lines';
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
  format: ValueFormat;
}

export type ChartSpec = RangeChartSpec | BarChartSpec | LineChartSpec;

/** A chart may offer several views of the same data (annual and hourly wages). */
export interface ChartView {
  label: string;
  spec: ChartSpec;
}

/** The data table printed under a chart (and read by screen readers instead of the canvas). */
export interface ChartTable {
  columnHeaders: string[];
  rows: { header: string; cells: string[] }[];
}
