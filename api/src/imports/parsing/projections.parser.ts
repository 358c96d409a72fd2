import { SOC_CODE_PATTERN } from '@careerscope/shared';
import { parseFigure } from './figures';
import { ImportFileError } from './import-file.error';
import { sheetsOf, type TabularInput, type TabularSheet } from './tabular-file';

export interface ProjectionRow {
  row: number;
  socCode: string;
  socTitle: string;
  /** Persons (the workbook counts thousands). */
  baseEmployment: number;
  targetEmployment: number;
  numericChange: number;
  percentChange: number;
}

export interface ProjectionsRelease {
  kind: 'projections';
  baseYear: number;
  targetYear: number;
  sheetName: string;
  /** Change for all occupations, the baseline the portal compares against. */
  allOccupationsPercentChange: number;
  rows: ProjectionRow[];
}

const thousands = (value: number) => Math.round(value * 1000);

function headerOf(sheet: TabularSheet) {
  for (const [index, row] of sheet.rows.slice(0, 15).entries()) {
    const names = row.cells.map((cell) => cell.replace(/\s+/g, ' ').trim().toLowerCase());
    const code = names.findIndex((name) => name.includes('matrix code'));
    const title = names.findIndex((name) => name.includes('matrix title'));
    const years = names
      .map((name, position) => ({ position, match: /^employment, (\d{4})$/.exec(name) }))
      .filter((item) => item.match);
    const numeric = names.findIndex((name) => name.startsWith('employment change, numeric'));
    const percent = names.findIndex((name) => name.startsWith('employment change, percent'));
    if (code >= 0 && title >= 0 && years.length >= 2 && numeric >= 0 && percent >= 0) {
      return {
        index,
        code,
        title,
        base: years[0].position,
        target: years[1].position,
        baseYear: Number(years[0].match?.[1]),
        targetYear: Number(years[1].match?.[1]),
        numeric,
        percent,
      };
    }
  }
  return null;
}

/**
 * Reads the Employment Projections occupation workbook: finds the sheet whose header has the matrix
 * code, both employment years and the numeric and percent change (Table 1.2), below its title rows;
 * titles are indented, `—` means missing, employment is in thousands.
 */
export async function parseProjectionsFile(
  input: TabularInput,
  fileName: string,
): Promise<ProjectionsRelease> {
  const sheets = await sheetsOf(input, fileName);
  const candidates = sheets
    .map((sheet) => ({ sheet, header: headerOf(sheet) }))
    .filter((item) => item.header);
  // Table 1.2 is the one with occupation rows and both employment years; prefer the largest.
  const found = candidates.sort((a, b) => b.sheet.rows.length - a.sheet.rows.length)[0];
  if (!found?.header) {
    throw new ImportFileError(
      `${fileName} is not an Employment Projections occupation workbook: no sheet has the matrix code, both employment years and the change columns`,
    );
  }
  const { sheet, header } = found;
  const rows: ProjectionRow[] = [];
  const seen = new Set<string>();
  let allOccupations: number | null = null;
  for (const { number, cells } of sheet.rows.slice(header.index + 1)) {
    const socCode = (cells[header.code] ?? '').trim();
    if (socCode === '') continue;
    if (!SOC_CODE_PATTERN.test(socCode)) continue; // footnotes and source lines under the table
    const figure = (position: number, name: string) => parseFigure(cells[position] ?? '', number, name);
    const base = figure(header.base, `Employment, ${header.baseYear}`);
    const target = figure(header.target, `Employment, ${header.targetYear}`);
    const numeric = figure(header.numeric, 'Employment change, numeric');
    const percent = figure(header.percent, 'Employment change, percent');
    if (socCode === '00-0000') allOccupations = percent.value;
    if (base.value === null || target.value === null || numeric.value === null || percent.value === null) {
      continue; // BLS prints — where it publishes no projection
    }
    if (seen.has(socCode)) continue; // the all-occupations total is repeated in summary rows
    seen.add(socCode);
    rows.push({
      row: number,
      socCode,
      socTitle: (cells[header.title] ?? '').trim(),
      baseEmployment: thousands(base.value),
      targetEmployment: thousands(target.value),
      numericChange: thousands(target.value) - thousands(base.value),
      percentChange: percent.value,
    });
  }
  if (allOccupations === null) {
    throw new ImportFileError(
      'the workbook has no "Total, all occupations" row (00-0000) to compare growth against',
    );
  }
  return {
    kind: 'projections',
    baseYear: header.baseYear,
    targetYear: header.targetYear,
    sheetName: sheet.name,
    allOccupationsPercentChange: allOccupations,
    rows,
  };
}
