import { formatAnnualWage, formatCount, formatHourlyWage, formatPercent } from '@careerscope/shared';
import type { ChartConfiguration, Chart as ChartType } from 'chart.js';

import type { ChartSpec, ValueFormat } from './chart-spec';

/** The colours a chart draws with; the page's light or dark theme supplies them (`--chart-*`). */
export interface ChartPalette {
  ink: string;
  muted: string;
  grid: string;
  accent: string;
  /** The 10th–90th percentile band. */
  bandOuter: string;
  /** The 25th–75th percentile band. */
  bandInner: string;
  series: string[];
}

export const LIGHT_PALETTE: ChartPalette = {
  ink: '#1b1f24',
  muted: '#6b7480',
  grid: '#e3e7ec',
  accent: '#0b57a4',
  bandOuter: '#a9c9ec',
  bandInner: '#4f8fd1',
  series: ['#0b57a4', '#b5520b', '#2c7a3f', '#7a3fa0', '#1b1f24'],
};

/** The palette from the page's custom properties, falling back to the light theme's. */
export function paletteFrom(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): ChartPalette {
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    ink: read('--chart-ink', LIGHT_PALETTE.ink),
    muted: read('--chart-muted', LIGHT_PALETTE.muted),
    grid: read('--chart-grid', LIGHT_PALETTE.grid),
    accent: read('--chart-accent', LIGHT_PALETTE.accent),
    bandOuter: read('--chart-band-outer', LIGHT_PALETTE.bandOuter),
    bandInner: read('--chart-band-inner', LIGHT_PALETTE.bandInner),
    series: [1, 2, 3, 4, 5].map((n, i) => read(`--chart-series-${n}`, LIGHT_PALETTE.series[i])),
  };
}

let registered: Promise<typeof ChartType> | null = null;

/**
 * Chart.js, loaded on first use: the dynamic import puts it in its own chunk, outside the initial
 * bundle, and only browsers ever ask for it (charts are drawn after render, never on the server).
 */
export function loadChart(): Promise<typeof ChartType> {
  registered ??= import('chart.js').then((lib) => {
    lib.Chart.register(
      lib.BarController,
      lib.LineController,
      lib.BarElement,
      lib.LineElement,
      lib.PointElement,
      lib.CategoryScale,
      lib.LinearScale,
      lib.Tooltip,
      lib.Legend,
    );
    return lib.Chart;
  });
  return registered;
}

export function formatValue(value: number, format: ValueFormat): string {
  switch (format) {
    case 'dollars':
      return formatAnnualWage(value);
    case 'cents':
      return formatHourlyWage(value);
    case 'percent':
      return formatPercent(value);
    case 'count':
      return formatCount(value);
  }
}

/** Chart.js settings for a spec: no animation, tick labels and tooltips in the site's number format. */
export function toChartConfig(spec: ChartSpec, palette: ChartPalette = LIGHT_PALETTE): ChartConfiguration {
  const { ink: INK, muted: MUTED, accent: ACCENT, series: SERIES } = palette;
  const format = (value: number | string) => formatValue(Number(value), spec.format);
  const valueAxis = {
    beginAtZero: spec.kind !== 'range' || spec.format === 'percent',
    ticks: { callback: format, color: INK },
    grid: { color: palette.grid },
  };
  const categoryAxis = { ticks: { color: INK }, grid: { display: false } };
  const base = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: {
      legend: { labels: { color: INK } },
      tooltip: {
        callbacks: {
          label: (item: { dataset: { label?: string }; raw: unknown }) => {
            const raw = item.raw;
            const text = Array.isArray(raw)
              ? `${format(raw[0] as number)}–${format(raw[1] as number)}`
              : format(raw as number);
            return `${item.dataset.label ?? ''}: ${text}`;
          },
        },
      },
    },
  };

  if (spec.kind === 'range') {
    const pair = (low: (number | null)[], high: (number | null)[]) =>
      low.map((value, i) => (value === null || high[i] === null ? null : [value, high[i] as number]));
    return {
      type: 'bar',
      data: {
        labels: spec.categories,
        datasets: [
          {
            type: 'bar',
            label: '10th–90th percentile',
            data: pair(spec.p10, spec.p90) as unknown as number[],
            backgroundColor: palette.bandOuter,
            grouped: false,
            // Chart.js draws higher orders first: the outer band at the back, the median on top.
            order: 2,
            barPercentage: 0.5,
          },
          {
            type: 'bar',
            label: '25th–75th percentile',
            data: pair(spec.p25, spec.p75) as unknown as number[],
            backgroundColor: palette.bandInner,
            grouped: false,
            order: 1,
            barPercentage: 0.5,
          },
          {
            type: 'line',
            label: 'Median',
            data: spec.median,
            order: 0,
            showLine: false,
            pointStyle: 'line',
            pointRadius: 22,
            pointHoverRadius: 22,
            pointBorderWidth: 4,
            borderColor: INK,
            backgroundColor: INK,
          },
        ],
      },
      options: { ...base, scales: { x: categoryAxis, y: valueAxis } },
    } as ChartConfiguration;
  }

  if (spec.kind === 'bars') {
    const colours = spec.categories.map((category) =>
      spec.baselineCategories.includes(category) ? MUTED : ACCENT,
    );
    return {
      type: 'bar',
      data: {
        labels: spec.categories,
        datasets: [{ label: spec.valueLabel, data: spec.values, backgroundColor: colours }],
      },
      options: {
        ...base,
        indexAxis: spec.horizontal ? 'y' : 'x',
        plugins: { ...base.plugins, legend: { display: false } },
        scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      },
    } as ChartConfiguration;
  }

  return {
    type: 'line',
    data: {
      labels: spec.categories,
      datasets: spec.series.map((series, i) => ({
        label: series.label,
        data: series.values,
        borderColor: SERIES[i % SERIES.length],
        backgroundColor: SERIES[i % SERIES.length],
        pointRadius: 4,
        spanGaps: true,
      })),
    },
    options: { ...base, scales: { x: categoryAxis, y: valueAxis } },
  } as ChartConfiguration;
}
