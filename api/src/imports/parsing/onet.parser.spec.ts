import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ImportFileError } from './import-file.error';
import {
  ONET_EDUCATION_LEVELS,
  ONET_FILE_TITLES,
  OnetFile,
  OnetFileKind,
  parseOnetFile,
} from './onet.parser';
import { REFERENCE_DATA_DIR } from './reference-data';

const real = (name: string) => readFileSync(join(REFERENCE_DATA_DIR, 'onet', name));
const parseReal = (name: string) => parseOnetFile(real(name), name);

/** A parsed file of the expected kind (fails the test when the kind is another). */
async function fileOf<K extends OnetFileKind>(
  name: string,
  kind: K,
): Promise<Extract<OnetFile, { kind: K }>> {
  const file = await parseReal(name);
  expect(file.kind).toBe(kind);
  return file as Extract<OnetFile, { kind: K }>;
}

const tsv = (lines: string[][]) => Buffer.from(lines.map((cells) => cells.join('\t')).join('\r\n') + '\r\n');

describe('parseOnetFile on the O*NET 29.3 files', () => {
  it('reads Occupation Data: base occupations and their specialties', async () => {
    const { rows } = await fileOf('Occupation Data.txt', 'onet-occupations');
    expect(rows).toHaveLength(1016);
    const nurses = rows.find((row) => row.onetSocCode === '29-1141.00');
    expect(nurses).toMatchObject({ socCode: '29-1141', title: 'Registered Nurses' });
    expect(nurses?.description).toMatch(/^Assess patient health problems/);
    expect(rows.find((row) => row.onetSocCode === '29-1141.01')).toMatchObject({
      socCode: '29-1141',
      title: 'Acute Care Nurses',
    });
  });

  it('reads Task Statements with Core and Supplemental tasks', async () => {
    const { rows } = await fileOf('Task Statements.txt', 'onet-tasks');
    expect(rows).toHaveLength(2307);
    expect(rows[0]).toMatchObject({
      onetSocCode: '11-9111.00',
      socCode: '11-9111',
      taskId: 46,
      core: true,
    });
    expect(rows[0].task).toMatch(/^Direct, supervise and evaluate work activities/);
    expect(rows.filter((row) => row.core)).toHaveLength(1822);
    // 327 Supplemental and 158 without a type (not yet rated) are not core.
    expect(rows.filter((row) => !row.core)).toHaveLength(485);
  });

  it('reads Related Occupations with the related BLS code, tier and index', async () => {
    const { rows } = await fileOf('Related Occupations.txt', 'onet-related');
    expect(rows).toHaveLength(2420);
    expect(rows[1]).toEqual({
      onetSocCode: '11-9111.00',
      socCode: '11-9111',
      row: 3,
      relatedOnetSocCode: '29-1141.04',
      relatedSocCode: '29-1141',
      relatedTitle: 'Clinical Nurse Specialists',
      tier: 'Primary-Short',
      index: 2,
    });
  });

  it('reads Job Zones', async () => {
    const { rows } = await fileOf('Job Zones.txt', 'onet-job-zones');
    expect(rows).toHaveLength(923);
    expect(rows.find((row) => row.onetSocCode === '29-1141.00')?.jobZone).toBe(4);
    expect(rows.find((row) => row.onetSocCode === '31-9092.00')?.jobZone).toBe(3);
  });

  it('reads Alternate Titles from the workbook, with short titles where O*NET has one', async () => {
    const { rows } = await fileOf('Alternate Titles.xlsx', 'onet-alternate-titles');
    expect(rows).toHaveLength(3469);
    expect(rows.find((row) => row.onetSocCode === '29-1141.00' && row.shortTitle === 'RN')).toMatchObject({
      socCode: '29-1141',
      title: 'Registered Nurse (RN)',
    });
    expect(rows[0]).toMatchObject({ title: 'Assisted Living Administrator', shortTitle: null });
  });

  it('reads Technology Skills with the hot and in-demand marks', async () => {
    const { rows } = await fileOf('Technology Skills.txt', 'onet-technology');
    expect(rows).toHaveLength(2996);
    expect(rows[0]).toMatchObject({
      example: '3DGrid HIPAA Checkup',
      commodityCode: '43232606',
      commodityTitle: 'Compliance software',
      hot: false,
      inDemand: false,
    });
    expect(rows.filter((row) => row.hot)).toHaveLength(811);
    expect(rows.filter((row) => row.inDemand)).toHaveLength(81);
  });

  it('reads the importance of Skills (scale IM only, 1–5) from the workbook', async () => {
    const { rows } = await fileOf('Skills.xlsx', 'onet-skills');
    expect(rows).toHaveLength(3920); // half of the 7,840 rows: the other half is the LV scale
    expect(rows[0]).toMatchObject({
      onetSocCode: '11-9111.00',
      elementId: '2.A.1.a',
      name: 'Reading Comprehension',
      importance: 4,
    });
    expect(rows.every((row) => row.importance >= 1 && row.importance <= 5)).toBe(true);
  });

  it('reads the Required Level of Education of Education, Training, and Experience', async () => {
    const { rows } = await fileOf('Education, Training, and Experience.xlsx', 'onet-education');
    expect(rows).toHaveLength(1344); // 112 occupations × 12 categories; RW, PT, OJ and IM rows left out
    const nurses = rows.filter((row) => row.onetSocCode === '29-1141.00');
    expect(nurses.map((row) => row.category)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(nurses[5]).toMatchObject({
      label: "Bachelor's Degree",
      percent: 55.92,
      suppressRecommended: true,
    });
    expect(nurses[2]).toMatchObject({ label: 'Post-Secondary Certificate', percent: 22.5 });
    expect(nurses.reduce((sum, row) => sum + row.percent, 0)).toBeCloseTo(100, 0);
  });

  it('embeds the 12 education categories exactly as the Categories file describes them', () => {
    const published = real('Education, Training, and Experience Categories.txt')
      .toString('utf8')
      .split(/\r?\n/)
      .map((line) => line.split('\t'))
      .filter((cells) => cells[2] === 'RL')
      .map((cells) => ({ category: Number(cells[4]), description: cells[5] }));
    expect(ONET_EDUCATION_LEVELS.map(({ category, description }) => ({ category, description }))).toEqual(
      published,
    );
    expect(ONET_EDUCATION_LEVELS[1].label).toBe('High School Diploma');
  });

  it('refuses the O*NET files the catalogue does not read, and other files', async () => {
    for (const name of [
      'Job Zone Reference.txt',
      'Education, Training, and Experience Categories.txt',
      'Read Me.txt',
    ]) {
      await expect(parseReal(name)).rejects.toThrow('is not an O*NET database file');
    }
    const hd = readFileSync(join(REFERENCE_DATA_DIR, 'ipeds', 'cip2020.csv'));
    await expect(parseOnetFile(hd, 'cip2020.csv')).rejects.toThrow('is not an O*NET database file');
  });

  it('names every kind it reads', () => {
    expect(Object.keys(ONET_FILE_TITLES)).toHaveLength(8);
    expect(ONET_FILE_TITLES['onet-occupations']).toBe('O*NET Occupation Data');
    expect(ONET_FILE_TITLES['onet-tasks']).toBe('O*NET Task Statements');
  });
});

describe('parseOnetFile on crafted files', () => {
  const SKILLS_HEADER = [
    'O*NET-SOC Code',
    'Title',
    'Element ID',
    'Element Name',
    'Scale ID',
    'Scale Name',
    'Data Value',
    'N',
    'Standard Error',
    'Lower CI Bound',
    'Upper CI Bound',
    'Recommend Suppress',
    'Not Relevant',
    'Date',
    'Domain Source',
  ];
  const skill = (code: string, id: string, name: string, scale: string, value: string, suppress = 'N') => [
    code,
    'Registered Nurses',
    id,
    name,
    scale,
    scale === 'IM' ? 'Importance' : 'Level',
    value,
    '8',
    '0.1',
    '3',
    '4',
    suppress,
    'n/a',
    '08/2023',
    'Analyst',
  ];

  it('tells the file by its header, whatever its name', async () => {
    const file = tsv([
      ['O*NET-SOC Code', 'Title', 'Job Zone', 'Date', 'Domain Source'],
      ['29-1141.00', 'Registered Nurses', '3', '08/2023', 'Analyst'],
    ]);
    await expect(parseOnetFile(file, 'Occupation Data.txt')).resolves.toMatchObject({
      kind: 'onet-job-zones',
      rows: [{ onetSocCode: '29-1141.00', socCode: '29-1141', jobZone: 3 }],
    });
  });

  it('keeps only importance ratings O*NET does not recommend suppressing', async () => {
    const file = tsv([
      SKILLS_HEADER,
      skill('29-1141.00', '2.A.1.a', 'Reading Comprehension', 'IM', '4.12'),
      skill('29-1141.00', '2.A.1.a', 'Reading Comprehension', 'LV', '4.50'),
      skill('29-1141.00', '2.A.1.b', 'Active Listening', 'IM', '4.00', 'Y'),
    ]);
    const parsed = await parseOnetFile(file, 'Skills.txt');
    expect(parsed).toMatchObject({
      kind: 'onet-skills',
      rows: [{ name: 'Reading Comprehension', importance: 4.12 }],
    });
    expect(parsed.rows).toHaveLength(1);
  });

  it('refuses Knowledge, which has the layout of Skills but other elements', async () => {
    const file = tsv([
      SKILLS_HEADER,
      skill('29-1141.00', '2.C.1.a', 'Administration and Management', 'IM', '3'),
    ]);
    await expect(parseOnetFile(file, 'Skills.txt')).rejects.toThrow('is not an O*NET database file');
  });

  it('names the row and column of a malformed code or value', async () => {
    const header = ['O*NET-SOC Code', 'Title', 'Job Zone'];
    await expect(
      parseOnetFile(tsv([header, ['29-1141', 'Registered Nurses', '3']]), 'Job Zones.txt'),
    ).rejects.toThrow('Row 2, column O*NET-SOC Code: "29-1141" is not an O*NET-SOC code like 29-1141.00');
    await expect(
      parseOnetFile(tsv([header, ['29-1141.00', 'Registered Nurses', '6']]), 'Job Zones.txt'),
    ).rejects.toThrow('Row 2, column Job Zone: "6" is not a whole number from 1 to 5');
    await expect(
      parseOnetFile(
        tsv([header, ['29-1141.00', 'Registered Nurses', '3'], ['29-1141.00', 'Registered Nurses', '4']]),
        'Job Zones.txt',
      ),
    ).rejects.toThrow('Row 3, column O*NET-SOC Code: 29-1141.00 appears twice (first on row 2)');
  });

  it('reads a task without a type as not core, and the same file saved as a workbook', async () => {
    const lines = [
      [
        'O*NET-SOC Code',
        'Title',
        'Task ID',
        'Task',
        'Task Type',
        'Incumbents Responding',
        'Date',
        'Domain Source',
      ],
      ['29-1141.00', 'Registered Nurses', '1', 'Monitor patients.', '', '', '08/2023', 'Analyst'],
      [
        '29-1141.00',
        'Registered Nurses',
        '2',
        'Record "vital" signs.',
        'Supplemental',
        '',
        '08/2023',
        'Analyst',
      ],
    ];
    const fromText = await parseOnetFile(tsv(lines), 'tasks.txt');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Task Statements').addRows(lines);
    const fromWorkbook = await parseOnetFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'tasks.xlsx');
    for (const parsed of [fromText, fromWorkbook]) {
      expect(parsed).toMatchObject({
        kind: 'onet-tasks',
        rows: [
          { taskId: 1, task: 'Monitor patients.', core: false },
          { taskId: 2, task: 'Record "vital" signs.', core: false },
        ],
      });
    }
  });

  it('refuses a header without rows', async () => {
    const refusal = parseOnetFile(tsv([['O*NET-SOC Code', 'Title', 'Description']]), 'Occupation Data.txt');
    await expect(refusal).rejects.toThrow(ImportFileError);
    await expect(refusal).rejects.toThrow('has a header but no rows');
  });
});
