import { SOC_CODE_PATTERN, stateCodeFromFips, stateName } from '@careerscope/shared';
import { parseFigure } from './figures';
import { ImportFileError } from './import-file.error';
import { sheetsOf, type TabularInput, type TabularSheet } from './tabular-file';

/** One occupation × area of a Projections Central long-term projection. */
export interface StateProjectionRow {
  socCode: string;
  socTitle: string;
  /** `US` for the nation (STFIPS 0), else the state's or territory's postal code. */
  areaCode: string;
  areaName: string;
  baseEmployment: number | null;
  targetEmployment: number | null;
  percentChange: number | null;
  averageAnnualOpenings: number | null;
  /** Row number in the file, for messages (always set by the parser). */
  row?: number;
}

export interface StateProjectionsRelease {
  kind: 'projections-central';
  baseYear: number;
  targetYear: number;
  rows: StateProjectionRow[];
}

export const NOT_STATE_PROJECTIONS_FILE = 'is not a Projections Central long-term projections file';

const ALL_OCCUPATIONS = '00-0000';

/** The projection period from a name like `…_2022-32_…` or `…2022-2032…`; null when there is none. */
export function projectionPeriodFromFileName(
  fileName: string,
): { baseYear: number; targetYear: number } | null {
  const match = /(?:^|\D)((?:19|20)\d{2})\s*[-–_]\s*(\d{4}|\d{2})(?!\d)/.exec(fileName);
  if (!match) return null;
  const baseYear = Number(match[1]);
  const target = Number(match[2]);
  const targetYear = match[2].length === 2 ? Math.floor(baseYear / 100) * 100 + target : target;
  // Long-term projections span ten years; anything else is not a period (a date, a version …).
  if (targetYear <= baseYear || targetYear - baseYear > 20) return null;
  return { baseYear, targetYear };
}

const COLUMNS = {
  title: 'title',
  base: 'base',
  projected: 'projected',
  percentChange: 'percentchange',
  openings: 'avgannualopenings',
  fips: 'stfips',
  code: 'occcode',
} as const;

function headerOf(sheet: TabularSheet) {
  for (const [index, row] of sheet.rows.slice(0, 10).entries()) {
    // "AvgAnnualOpenings", "Avg Annual Openings" and "avg_annual_openings" are the same column.
    const names = row.cells.map((cell) => cell.replace(/[\s_]+/g, '').toLowerCase());
    if (names.includes(COLUMNS.fips) && names.includes(COLUMNS.code)) {
      return { index, names, labels: row.cells.map((cell) => cell.trim()) };
    }
  }
  return null;
}

/**
 * Reads the Projections Central long-term projections for all states (one CSV, `STFIPS` 0 being the
 * nation). The file does not state its period: it comes from the file name or from the editor. Only
 * detailed occupations are kept, and the all-occupations total as the baseline.
 */
export async function parseStateProjectionsFile(
  input: TabularInput,
  fileName: string,
  period?: { baseYear: number; targetYear: number },
): Promise<StateProjectionsRelease> {
  const sheets = await sheetsOf(input, fileName);
  const found = sheets
    .map((sheet) => ({ sheet, header: headerOf(sheet) }))
    .find((item) => item.header !== null);
  if (!found?.header) {
    throw new ImportFileError(
      `${fileName} ${NOT_STATE_PROJECTIONS_FILE}: no sheet has the STFIPS and OccCode columns`,
    );
  }
  const { sheet, header } = found;
  const position = (name: string) => header.names.indexOf(name);
  const missing = Object.values(COLUMNS).filter((name) => position(name) < 0);
  if (missing.length > 0) {
    const labels = {
      base: 'Base',
      projected: 'Projected',
      percentchange: 'PercentChange',
      avgannualopenings: 'AvgAnnualOpenings',
      title: 'Title',
    } as Record<string, string>;
    throw new ImportFileError(
      `the header lacks the required column${missing.length > 1 ? 's' : ''} ${missing.map((name) => labels[name] ?? name).join(', ')}`,
      sheet.rows[header.index].number,
    );
  }
  if (
    period &&
    !(
      Number.isInteger(period.baseYear) &&
      Number.isInteger(period.targetYear) &&
      period.targetYear > period.baseYear
    )
  ) {
    throw new ImportFileError(`${period.baseYear}–${period.targetYear} is not a projection period`);
  }
  const years = period ?? projectionPeriodFromFileName(fileName);
  if (!years) {
    throw new ImportFileError(
      `the projection period is not in the file name (${fileName}): name the period with the upload (for example 2022–2032), or name the file like long-term_2022-32.csv`,
    );
  }
  const rows: StateProjectionRow[] = [];
  const seen = new Map<string, number>();
  for (const { number, cells } of sheet.rows.slice(header.index + 1)) {
    const text = (name: string) => (cells[position(name)] ?? '').trim();
    const socCode = text(COLUMNS.code);
    if (socCode === '') continue; // notes under the data
    if (!SOC_CODE_PATTERN.test(socCode)) {
      throw new ImportFileError(
        `"${socCode.slice(0, 40)}" is not a SOC code like 31-9092`,
        number,
        header.labels[position(COLUMNS.code)],
      );
    }
    if (socCode.endsWith('0000') && socCode !== ALL_OCCUPATIONS) continue; // major groups
    const fips = text(COLUMNS.fips);
    const areaCode = /^\d{1,2}$/.test(fips)
      ? Number(fips) === 0
        ? 'US'
        : stateCodeFromFips(Number(fips))
      : null;
    if (areaCode === null) {
      throw new ImportFileError(
        `"${fips.slice(0, 20)}" is not the FIPS code of a state or territory (0 for the U.S.)`,
        number,
        header.labels[position(COLUMNS.fips)],
      );
    }
    const key = `${socCode}/${areaCode}`;
    if (seen.has(key)) {
      throw new ImportFileError(
        `${socCode} in ${areaCode} appears twice (first on row ${seen.get(key)})`,
        number,
        header.labels[position(COLUMNS.code)],
      );
    }
    seen.set(key, number);
    // A published figure or an empty cell; flags such as * mean "not published" here too.
    const figure = (name: string) =>
      parseFigure(cells[position(name)] ?? '', number, header.labels[position(name)]).value;
    rows.push({
      socCode,
      socTitle: text(COLUMNS.title),
      areaCode,
      areaName: areaCode === 'US' ? 'U.S.' : stateName(areaCode),
      baseEmployment: figure(COLUMNS.base),
      targetEmployment: figure(COLUMNS.projected),
      percentChange: figure(COLUMNS.percentChange),
      averageAnnualOpenings: figure(COLUMNS.openings),
      row: number,
    });
  }
  if (rows.length === 0) throw new ImportFileError(`${fileName} has a header but no occupation rows`);
  return { kind: 'projections-central', baseYear: years.baseYear, targetYear: years.targetYear, rows };
}
