import {
  AreaType,
  SOC_CODE_PATTERN,
  stateCodeFromFips,
  stateName,
  WageFlag,
  WageValueField,
} from '@careerscope/shared';
import { parseFigure } from './figures';
import { ImportFileError } from './import-file.error';
import { sheetsOf, type TabularInput, type TabularSheet } from './tabular-file';

/** One occupation × area of an OEWS release, as the file states it. */
export interface OewsRow {
  row: number;
  socCode: string;
  socTitle: string;
  /** `detailed`, `broad`, `minor`, `major`, `total` (O_GROUP, or OCC_GROUP before 2019). */
  group: string | null;
  areaType: AreaType;
  areaCode: string;
  areaName: string;
  values: Record<WageValueField, number | null>;
  flags: Partial<Record<WageValueField, WageFlag>>;
}

export interface OewsRelease {
  kind: 'oews';
  /** "May 2024". */
  referencePeriod: string;
  periodYear: number;
  sheetName: string;
  rows: OewsRow[];
  /** Rows of areas this importer does not keep (metropolitan areas …), counted, not silently dropped. */
  skippedAreaRows: number;
  /** Industry-specific rows (NAICS other than cross-industry), counted. */
  skippedIndustryRows: number;
  /**
   * The figures the file has columns for. A figure outside this list is null on every row because
   * the file does not carry it (a user saved fewer columns), not because BLS published none.
   */
  valueFields?: WageValueField[];
}

/** File column (any case) → figure. */
const VALUE_COLUMNS: Record<string, WageValueField> = {
  tot_emp: 'employment',
  a_mean: 'meanAnnual',
  a_pct10: 'p10Annual',
  a_pct25: 'p25Annual',
  a_median: 'medianAnnual',
  a_pct75: 'p75Annual',
  a_pct90: 'p90Annual',
  h_mean: 'meanHourly',
  h_pct10: 'p10Hourly',
  h_pct25: 'p25Hourly',
  h_median: 'medianHourly',
  h_pct75: 'p75Hourly',
  h_pct90: 'p90Hourly',
};
const REQUIRED = ['occ_code', 'occ_title', 'tot_emp', 'a_mean', 'a_median'];
/** Besides OCC_CODE, any of these marks a row as the header of an OEWS file, complete or not. */
const OEWS_COLUMNS = new Set([
  ...REQUIRED,
  ...Object.keys(VALUE_COLUMNS),
  'o_group',
  'occ_group',
  'area_type',
  'prim_state',
  'naics',
]);

export const NOT_OEWS_FILE = 'is not an OEWS estimates file';

/** The reference year from a BLS file name: national_M2024_dl.xlsx → 2024. */
export function periodYearFromFileName(fileName: string): number | null {
  const match = /M(\d{4})/i.exec(fileName) ?? /(?:^|[^\d])(20\d{2})(?:[^\d]|$)/.exec(fileName);
  return match ? Number(match[1]) : null;
}

function findHeader(sheet: TabularSheet): { index: number; columns: Map<string, number> } | null {
  for (const [index, row] of sheet.rows.slice(0, 20).entries()) {
    const names = row.cells.map((cell) => cell.trim().toLowerCase());
    if (names.includes('occ_code') && names.some((name) => name !== 'occ_code' && OEWS_COLUMNS.has(name))) {
      return { index, columns: new Map(names.map((name, position) => [name, position])) };
    }
  }
  return null;
}

interface Area {
  areaType: AreaType;
  areaCode: string;
  areaName: string;
}

const NATIONAL: Area = { areaType: 'national', areaCode: 'US', areaName: 'U.S.' };

/**
 * The area of a row, or null for an area the catalogue does not keep (metropolitan and nonmetropolitan
 * areas). BLS states it by AREA_TYPE (1 U.S., 2 state, 3 territory, 4+ smaller areas); a file saved
 * without that column still has PRIM_STATE (US or the state) or the AREA code (99, a state's FIPS code,
 * or a longer code for smaller areas); a file with none of them is national.
 */
function areaOf(
  cells: string[],
  number: number,
  text: (cells: string[], name: string) => string,
  column: (name: string) => number | undefined,
): Area | null {
  const state = (code: string, name: string, columnName: string): Area => {
    if (!/^[A-Z]{2}$/.test(code)) {
      throw new ImportFileError(`"${code.slice(0, 20)}" is not a two-letter state code`, number, columnName);
    }
    return { areaType: 'state', areaCode: code, areaName: name || stateName(code) };
  };
  const title = text(cells, 'area_title');
  if (column('area_type') !== undefined) {
    const type = text(cells, 'area_type');
    if (type === '1') return { ...NATIONAL, areaName: title || NATIONAL.areaName };
    if (type === '2' || type === '3') return state(text(cells, 'prim_state'), title, 'PRIM_STATE');
    return null;
  }
  if (column('prim_state') !== undefined) {
    const code = text(cells, 'prim_state');
    if (code === 'US') return { ...NATIONAL, areaName: title || NATIONAL.areaName };
    return state(code, title, 'PRIM_STATE');
  }
  if (column('area') !== undefined) {
    const code = text(cells, 'area');
    if (!/^\d+$/.test(code)) {
      throw new ImportFileError(`"${code.slice(0, 20)}" is not a BLS area code`, number, 'AREA');
    }
    if (code.length > 2) return null;
    if (Number(code) === 99) return { ...NATIONAL, areaName: title || NATIONAL.areaName };
    const postal = stateCodeFromFips(Number(code));
    if (postal === null) {
      throw new ImportFileError(`"${code}" is not the FIPS code of a state or territory`, number, 'AREA');
    }
    return state(postal, title, 'AREA');
  }
  return NATIONAL;
}

/**
 * Reads an OEWS estimates file (national or state; xlsx as BLS publishes it, or CSV as a spreadsheet
 * program saves it): upper- or lower-case headers, O_GROUP or OCC_GROUP, with or without area
 * columns, BLS flags kept as flags, quoted thousands separators, note rows after the data.
 */
export async function parseOewsFile(
  input: TabularInput,
  fileName: string,
  periodYear?: number,
): Promise<OewsRelease> {
  const sheets = await sheetsOf(input, fileName);
  const found = sheets
    .map((sheet) => ({ sheet, header: findHeader(sheet) }))
    .find((item) => item.header !== null);
  if (!found || !found.header) {
    throw new ImportFileError(`${fileName} ${NOT_OEWS_FILE}: no sheet has an OCC_CODE column`);
  }
  const { sheet, header } = found;
  const missing = REQUIRED.filter((name) => !header.columns.has(name));
  if (missing.length > 0) {
    throw new ImportFileError(
      `the header lacks the required column${missing.length > 1 ? 's' : ''} ${missing.map((name) => name.toUpperCase()).join(', ')}`,
      sheet.rows[header.index].number,
    );
  }
  const year = periodYear ?? periodYearFromFileName(fileName);
  if (year === null) {
    throw new ImportFileError(
      `the reference year is not in the file name (${fileName}); give the reference period with the upload`,
    );
  }
  const column = (name: string) => header.columns.get(name);
  const text = (cells: string[], name: string) => {
    const position = column(name);
    return position === undefined ? '' : (cells[position] ?? '').trim();
  };
  const groupColumn = column('o_group') !== undefined ? 'o_group' : 'occ_group';

  const rows: OewsRow[] = [];
  const seen = new Map<string, number>();
  let skippedAreaRows = 0;
  let skippedIndustryRows = 0;
  for (const { number, cells } of sheet.rows.slice(header.index + 1)) {
    const socCode = text(cells, 'occ_code');
    if (socCode === '') continue; // a note or footnote row after the data
    if (!SOC_CODE_PATTERN.test(socCode)) {
      // Older workbooks put their footnotes under the data in the first column, where OCC_CODE is.
      if (text(cells, 'tot_emp') === '' && text(cells, 'a_mean') === '') continue;
      throw new ImportFileError(
        `"${socCode.slice(0, 40)}" is not a SOC code like 31-9092`,
        number,
        'OCC_CODE',
      );
    }
    const naics = text(cells, 'naics');
    if (naics !== '' && naics !== '000000') {
      skippedIndustryRows++;
      continue;
    }
    const area = areaOf(cells, number, text, column);
    if (area === null) {
      skippedAreaRows++;
      continue;
    }
    const { areaType, areaCode, areaName } = area;
    const values = {} as Record<WageValueField, number | null>;
    const flags: Partial<Record<WageValueField, WageFlag>> = {};
    for (const [name, field] of Object.entries(VALUE_COLUMNS)) {
      const position = column(name);
      const figure =
        position === undefined
          ? { value: null, flag: null }
          : parseFigure(cells[position] ?? '', number, name.toUpperCase());
      values[field] = figure.value;
      if (figure.flag) flags[field] = figure.flag;
    }
    const group = text(cells, groupColumn) || null;
    // BLS lists a broad occupation with a single detailed one twice, once per group.
    const key = `${socCode}/${areaCode}/${group}`;
    if (seen.has(key)) {
      throw new ImportFileError(
        `${socCode} in ${areaName} appears twice (first on row ${seen.get(key)})`,
        number,
        'OCC_CODE',
      );
    }
    seen.set(key, number);
    rows.push({
      row: number,
      socCode,
      socTitle: text(cells, 'occ_title'),
      group,
      areaType,
      areaCode,
      areaName,
      values,
      flags,
    });
  }
  if (rows.length === 0) throw new ImportFileError(`${fileName} has a header but no occupation rows`);
  const kept = new Map<string, OewsRow>();
  for (const row of rows) {
    const key = `${row.socCode}/${row.areaCode}`;
    const earlier = kept.get(key);
    if (!earlier || (earlier.group !== 'detailed' && row.group === 'detailed')) kept.set(key, row);
  }
  return {
    kind: 'oews',
    referencePeriod: `May ${year}`,
    periodYear: year,
    sheetName: sheet.name,
    rows: [...kept.values()],
    skippedAreaRows,
    skippedIndustryRows,
    valueFields: Object.entries(VALUE_COLUMNS)
      .filter(([name]) => column(name) !== undefined)
      .map(([, field]) => field),
  };
}
