import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseEducationFile } from './education.parser';
import { REFERENCE_DATA_DIR } from './reference-data';

const NAME = 'ep_education_table5.4_2024.xlsx';

async function workbookOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Education Requirements');
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const HEADER = [
  '2024 National Employment Matrix title',
  '2024 National Employment Matrix code',
  'Typical education needed for entry',
  'Work experience in a related occupation',
  'Typical on-the-job training needed to attain competency in the occupation',
];

describe('parseEducationFile', () => {
  it('reads Table 5.4 of 2024: every detailed occupation, the year from its title', async () => {
    const release = await parseEducationFile(
      readFileSync(join(REFERENCE_DATA_DIR, 'bls', NAME)),
      'table.xlsx',
    );
    expect(release.kind).toBe('ep-education');
    expect(release.year).toBe(2024);
    expect(release.rows).toHaveLength(832);
    expect(release.rows.find((row) => row.socCode === '31-9092')).toMatchObject({
      socTitle: 'Medical assistants',
      typicalEducation: 'Postsecondary nondegree award',
      workExperience: 'None',
      onTheJobTraining: 'None',
    });
    expect(release.rows.find((row) => row.socCode === '29-1141')).toMatchObject({
      typicalEducation: "Bachelor's degree",
    });
    // The source line under the table is no occupation.
    expect(release.rows.at(-1)?.socCode).toBe('53-7199');
  });

  it('skips summary rows and takes the year from the file name when the title has none', async () => {
    const file = await workbookOf([
      ['Education and training assignments'],
      ['Matrix title', 'Matrix code', ...HEADER.slice(2)],
      ['Total, all occupations', '00-0000', '—', '—', '—'],
      ['Healthcare support occupations', '31-0000', '—', '—', '—'],
      ['Medical assistants', '31-9092', 'Postsecondary nondegree award', 'None', 'None'],
      ['Footnote: see the technical documentation'],
    ]);
    const release = await parseEducationFile(file, 'ep_education_table5.4_2023.xlsx');
    expect(release.year).toBe(2023);
    expect(release.rows.map((row) => row.socCode)).toEqual(['31-9092']);
  });

  it('names the row and column of a missing assignment', async () => {
    const file = await workbookOf([
      HEADER,
      ['Medical assistants', '31-9092', 'Postsecondary nondegree award', '', 'None'],
    ]);
    await expect(parseEducationFile(file, NAME)).rejects.toThrow(
      'Row 2, column Work experience in a related occupation: is empty',
    );
  });

  it('refuses another table', async () => {
    const occupations = readFileSync(join(REFERENCE_DATA_DIR, 'bls', 'ep_occupation_2024-34.xlsx'));
    await expect(parseEducationFile(occupations, 'ep_occupation_2024-34.xlsx')).rejects.toThrow(
      'is not an Employment Projections education table',
    );
  });
});
