import { SOC_CODE_PATTERN } from '@careerscope/shared';
import { ImportFileError } from './import-file.error';
import { sheetsOf, type TabularInput, type TabularSheet } from './tabular-file';

/** BLS's education and training assignments of one detailed occupation. */
export interface EducationRequirementRow {
  socCode: string;
  socTitle: string;
  /** "Postsecondary nondegree award", "Bachelor's degree" … */
  typicalEducation: string;
  /** "None", "Less than 5 years", "5 years or more". */
  workExperience: string;
  /** "None", "Short-term on-the-job training" … "Internship/residency". */
  onTheJobTraining: string;
  /** Row number in the file, for messages (always set by the parser). */
  row?: number;
}

export interface EducationRelease {
  kind: 'ep-education';
  /** The projections base year the assignments belong to. */
  year: number;
  rows: EducationRequirementRow[];
}

export const NOT_EDUCATION_TABLE = 'is not an Employment Projections education table';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The first year in "Table 5.4 … by detailed occupation, 2024", "2024 National Employment Matrix
 * code" or a name like "education_2024-34": the base year comes before the target year.
 */
function yearIn(text: string): number | null {
  const match = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text);
  return match ? Number(match[1]) : null;
}

function headerOf(sheet: TabularSheet) {
  for (const [index, row] of sheet.rows.slice(0, 15).entries()) {
    const names = row.cells.map((cell) => normalize(cell).toLowerCase());
    const find = (test: (name: string) => boolean) => names.findIndex(test);
    const header = {
      index,
      code: find((name) => name.includes('matrix code') || name === 'soc code' || name === 'occupation code'),
      title: find(
        (name) => name.includes('matrix title') || name === 'occupation title' || name === 'occupation',
      ),
      education: find((name) => name.startsWith('typical education needed for entry')),
      experience: find((name) => name.startsWith('work experience in a related occupation')),
      training: find((name) => name.startsWith('typical on-the-job training')),
      /** Some BLS tables mark summary rows in an "Occupation type" column. */
      type: find((name) => name === 'occupation type'),
    };
    // Table 1.2 of the occupation workbook repeats these columns beside its projections: that file is
    // imported as projections, and only Table 5.4 as education.
    const projections = names.some((name) => /^employment, \d{4}$/.test(name));
    if (
      header.code >= 0 &&
      header.education >= 0 &&
      header.experience >= 0 &&
      header.training >= 0 &&
      !projections
    ) {
      return { ...header, cells: row.cells };
    }
  }
  return null;
}

/**
 * Reads Employment Projections Table 5.4 (education and training assignments by detailed
 * occupation): the title rows above the header name the year, a source line follows the data, and
 * only detailed occupations are kept (summary rows such as 00-0000 or 29-0000 are not).
 */
export async function parseEducationFile(input: TabularInput, fileName: string): Promise<EducationRelease> {
  const sheets = await sheetsOf(input, fileName);
  const found = sheets
    .map((sheet) => ({ sheet, header: headerOf(sheet) }))
    .find((item) => item.header !== null);
  if (!found?.header) {
    throw new ImportFileError(
      `${fileName} ${NOT_EDUCATION_TABLE} (Table 5.4): no sheet has the matrix code and the typical education, work experience and on-the-job training columns`,
    );
  }
  const { sheet, header } = found;
  const titleRows = sheet.rows.slice(0, header.index).map((row) => row.cells.join(' '));
  const year =
    titleRows.map(yearIn).find((value) => value !== null) ??
    yearIn(header.cells[header.code] ?? '') ??
    yearIn(fileName.replace(/table\s*\d+\.\d+/gi, ''));
  if (year === null || year === undefined) {
    throw new ImportFileError(
      `the year of the table is neither in its title nor in the file name (${fileName}); name the file like ep_education_table5.4_2024.xlsx`,
    );
  }
  const columnName = (position: number) => normalize(header.cells[position] ?? '');
  const rows: EducationRequirementRow[] = [];
  const seen = new Map<string, number>();
  for (const { number, cells } of sheet.rows.slice(header.index + 1)) {
    const text = (position: number) => (position < 0 ? '' : normalize(cells[position] ?? ''));
    const socCode = text(header.code);
    // Footnotes and the source line under the table have no code.
    if (!SOC_CODE_PATTERN.test(socCode)) continue;
    if (socCode.endsWith('0000')) continue;
    if (header.type >= 0 && text(header.type).toLowerCase() === 'summary') continue;
    const required = (position: number) => {
      const value = text(position);
      if (value === '' || value === '—') throw new ImportFileError('is empty', number, columnName(position));
      return value;
    };
    if (seen.has(socCode)) {
      throw new ImportFileError(
        `${socCode} appears twice (first on row ${seen.get(socCode)})`,
        number,
        columnName(header.code),
      );
    }
    seen.set(socCode, number);
    rows.push({
      socCode,
      socTitle: text(header.title),
      typicalEducation: required(header.education),
      workExperience: required(header.experience),
      onTheJobTraining: required(header.training),
      row: number,
    });
  }
  if (rows.length === 0) throw new ImportFileError(`${fileName} has a header but no detailed occupations`);
  return { kind: 'ep-education', year, rows };
}
