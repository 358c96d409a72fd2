import { WageValueField } from '@careerscope/shared';
import type { OewsRelease, OewsRow } from '../parsing/oews.parser';
import { socCodeForYear } from './soc-mapping';
import { previewWages, StoredWage } from './wage-preview';

const FIELDS: Record<WageValueField, number | null> = {
  employment: 793460,
  meanAnnual: 44720,
  p10Annual: 35020,
  p25Annual: 37610,
  medianAnnual: 44200,
  p75Annual: 48160,
  p90Annual: 57830,
  meanHourly: 21.5,
  p10Hourly: 16.84,
  p25Hourly: 18.08,
  medianHourly: 21.25,
  p75Hourly: 23.15,
  p90Hourly: 27.8,
};

function row(overrides: Partial<OewsRow> = {}): OewsRow {
  return {
    row: 2,
    socCode: '31-9092',
    socTitle: 'Medical Assistants',
    group: 'detailed',
    areaType: 'national',
    areaCode: 'US',
    areaName: 'U.S.',
    values: { ...FIELDS },
    flags: {},
    ...overrides,
  };
}

function release(rows: OewsRow[]): OewsRelease {
  return {
    kind: 'oews',
    referencePeriod: 'May 2024',
    periodYear: 2024,
    sheetName: 's',
    rows,
    skippedAreaRows: 0,
    skippedIndustryRows: 0,
  };
}

const stored: StoredWage = {
  socCode: '31-9092',
  areaCode: 'US',
  periodYear: 2024,
  referencePeriod: 'May 2024',
  values: { ...FIELDS },
  flags: {},
};
const assistants = { slug: 'certified-medical-assistant', title: 'CMA', socCode: '31-9092' };
const coders = { slug: 'medical-coder', title: 'Medical Coder', socCode: '29-2072' };

describe('previewWages', () => {
  const HOURLY: WageValueField[] = [
    'meanHourly',
    'p10Hourly',
    'p25Hourly',
    'medianHourly',
    'p75Hourly',
    'p90Hourly',
  ];
  const withoutHourly = (rows: OewsRow[]): OewsRelease => ({
    ...release(rows),
    valueFields: (Object.keys(FIELDS) as WageValueField[]).filter((field) => !HOURLY.includes(field)),
  });
  const hourlyBlank = () =>
    row({ values: { ...FIELDS, ...Object.fromEntries(HOURLY.map((field) => [field, null])) } });

  it('keeps the stored figures a file has no columns for, so applying it does not blank them', () => {
    const preview = previewWages(withoutHourly([hourlyBlank()]), [assistants], [stored]);
    expect(preview.rows[0].status).toBe('unchanged');
    expect(preview.rows[0].figures).toEqual([]);
    expect(preview.rows[0].incoming.values).toEqual(FIELDS);
  });

  it('lists no figure a file has no column for on a new row', () => {
    const preview = previewWages(withoutHourly([hourlyBlank()]), [assistants], []);
    expect(preview.rows[0].status).toBe('new');
    expect(preview.rows[0].figures.map((figure) => figure.field)).toEqual(
      (Object.keys(FIELDS) as WageValueField[]).filter((field) => !HOURLY.includes(field)),
    );
  });

  it('finds nothing to change when the release holds the stored figures', () => {
    const preview = previewWages(release([row()]), [assistants], [stored]);
    expect(preview.counts).toEqual({ new: 0, changed: 0, unchanged: 1, unmatched: 0, suspicious: 0 });
    expect(preview.rows[0].figures).toEqual([]);
  });

  it('lists every figure of a new reference period', () => {
    const preview = previewWages(release([row()]), [assistants], [{ ...stored, periodYear: 2023 }]);
    expect(preview.rows[0].status).toBe('new');
    expect(preview.rows[0].figures).toHaveLength(13);
    expect(preview.rows[0].figures[0]).toMatchObject({
      field: 'employment',
      current: null,
      incoming: { value: 793460 },
    });
  });

  it('shows a changed figure with before, after and the change, and flags a large move', () => {
    const preview = previewWages(
      release([row({ values: { ...FIELDS, medianAnnual: 46000, p90Annual: 80000 } })]),
      [assistants],
      [stored],
    );
    expect(preview.rows[0].status).toBe('changed');
    const median = preview.rows[0].figures.find((figure) => figure.field === 'medianAnnual');
    expect(median).toMatchObject({
      current: { value: 44200 },
      incoming: { value: 46000 },
      suspicious: false,
    });
    expect(median?.changePercent).toBeCloseTo(4.07, 2);
    expect(preview.rows[0].figures.find((figure) => figure.field === 'p90Annual')?.suspicious).toBe(true);
    expect(preview.counts.suspicious).toBe(1);
  });

  it('treats a number turning into a BLS flag as a suspicious change', () => {
    const preview = previewWages(
      release([row({ values: { ...FIELDS, p90Annual: null }, flags: { p90Annual: '#' } })]),
      [assistants],
      [stored],
    );
    expect(preview.rows[0].figures).toEqual([
      {
        field: 'p90Annual',
        current: { value: 57830, flag: null },
        incoming: { value: null, flag: '#' },
        changePercent: null,
        suspicious: true,
        previous: null,
      },
    ]);
  });

  it('shows a period not held yet beside the newest earlier period, and flags a large move from it', () => {
    const may2023: StoredWage = { ...stored, periodYear: 2023, referencePeriod: 'May 2023' };
    const preview = previewWages(
      release([row({ values: { ...FIELDS, medianAnnual: 60000 } })]),
      [assistants],
      [may2023],
    );
    expect(preview.rows[0].status).toBe('new');
    const median = preview.rows[0].figures.find((figure) => figure.field === 'medianAnnual');
    expect(median).toMatchObject({
      current: null,
      incoming: { value: 60000, flag: null },
      previous: { value: 44200, flag: null, referencePeriod: 'May 2023' },
      suspicious: true,
    });
    expect(median?.changePercent).toBeCloseTo(35.75, 2);
    expect(preview.counts.suspicious).toBe(1);
  });

  it('reports tracked occupations the release does not cover instead of dropping them', () => {
    const preview = previewWages(release([row()]), [assistants, coders], [stored]);
    expect(preview.unmatched).toEqual([coders]);
    expect(preview.counts.unmatched).toBe(1);
  });
});

describe('socCodeForYear', () => {
  const periods = [
    { socCode: '29-2071', fromYear: null, toYear: 2018 },
    { socCode: '29-2098', fromYear: 2019, toYear: 2020 },
    { socCode: '29-2072', fromYear: 2021, toYear: null },
  ];

  it('follows the medical records code through its SOC revisions', () => {
    expect(socCodeForYear('29-2072', periods, 2017)).toBe('29-2071');
    expect(socCodeForYear('29-2072', periods, 2019)).toBe('29-2098');
    expect(socCodeForYear('29-2072', periods, 2020)).toBe('29-2098');
    expect(socCodeForYear('29-2072', periods, 2024)).toBe('29-2072');
  });

  it('falls back to the current code without a mapping', () => {
    expect(socCodeForYear('31-9092', [], 2010)).toBe('31-9092');
  });
});
