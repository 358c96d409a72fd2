import { toChartConfig } from './chart-loader';

describe('toChartConfig: the wage range', () => {
  const config = toChartConfig({
    kind: 'range',
    format: 'dollars',
    categories: ['CMA', 'Coder'],
    p10: [35020, 36000],
    p25: [37610, 40000],
    median: [44200, 48000],
    p75: [48160, 60000],
    p90: [57830, 77000],
  } as never);
  const datasets = config.data.datasets as Array<{ label: string; data: unknown[]; order: number }>;

  it('draws the 10th–90th band at the back, the 25th–75th band over it and the median on top', () => {
    expect(datasets.map((dataset) => dataset.label)).toEqual([
      '10th–90th percentile',
      '25th–75th percentile',
      'Median',
    ]);
    // Chart.js draws the highest order first; without orders the first dataset is drawn on top.
    expect(datasets.map((dataset) => dataset.order)).toEqual([2, 1, 0]);
  });

  it('gives each band its low and high, and the median its value', () => {
    expect(datasets[0].data).toEqual([
      [35020, 57830],
      [36000, 77000],
    ]);
    expect(datasets[1].data).toEqual([
      [37610, 48160],
      [40000, 60000],
    ]);
    expect(datasets[2].data).toEqual([44200, 48000]);
  });
});
