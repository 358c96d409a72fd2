import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as SheetJS from '@e965/xlsx';
import iconv from 'iconv-lite';
import { REFERENCE_DATA_DIR } from './reference-data';
import { ImportFileError } from './import-file.error';
import { parseOewsFile, periodYearFromFileName } from './oews.parser';

const real = (name: string) => readFileSync(join(REFERENCE_DATA_DIR, 'bls', name));

const HEADER =
  'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90';
const MA_ROW =
  '99,U.S.,1,US,000000,31-9092,Medical Assistants,detailed,"793,460",21.50,"44,720",16.84,18.08,21.25,23.15,27.80,"35,020","37,610","44,200","48,160","57,830"';

describe('parseOewsFile on the real BLS files', () => {
  it('reads the May 2024 national workbook with the seed figures', async () => {
    const release = await parseOewsFile(real('national_M2024_dl.xlsx'), 'national_M2024_dl.xlsx');
    expect(release.referencePeriod).toBe('May 2024');
    expect(release.rows.length).toBeGreaterThan(800);
    const assistants = release.rows.find((row) => row.socCode === '31-9092');
    expect(assistants).toMatchObject({
      socTitle: 'Medical Assistants',
      group: 'detailed',
      areaCode: 'US',
      values: {
        employment: 793460,
        meanAnnual: 44720,
        p10Annual: 35020,
        p25Annual: 37610,
        medianAnnual: 44200,
        p75Annual: 48160,
        p90Annual: 57830,
        meanHourly: 21.5,
      },
      flags: {},
    });
    const records = release.rows.find((row) => row.socCode === '29-2072');
    expect(records?.values).toMatchObject({ employment: 187910, meanAnnual: 55970, p90Annual: 80950 });
  });

  it('keeps top-coded wages as flags, never as numbers', async () => {
    const release = await parseOewsFile(real('national_M2024_dl.xlsx'), 'national_M2024_dl.xlsx');
    const executives = release.rows.find((row) => row.socCode === '11-1011');
    expect(executives?.flags).toMatchObject({ p90Annual: '#', p75Annual: '#', p90Hourly: '#' });
    expect(executives?.values.p90Annual).toBeNull();
  });

  it('reads the May 2023 CSV a spreadsheet program saved, with BOM and quoted thousands', async () => {
    const release = await parseOewsFile(
      real('national_M2023_dl.excel-saved.csv'),
      'national_M2023_dl.excel-saved.csv',
    );
    expect(release.referencePeriod).toBe('May 2023');
    expect(release.rows.find((row) => row.socCode === '31-9092')?.values).toMatchObject({
      employment: 763040,
      meanAnnual: 43350,
      medianAnnual: 42000,
      meanHourly: 20.84,
    });
  });
});

describe('parseOewsFile on the state file a spreadsheet user saved with fewer columns', () => {
  const name = 'state_M2024_dl.columns-subset.csv';

  it('reads every state from PRIM_STATE, without AREA or AREA_TYPE', async () => {
    const release = await parseOewsFile(real(name), name);
    const areas = new Set(release.rows.map((row) => row.areaCode));
    expect(areas.size).toBe(54);
    expect(areas.has('US')).toBe(false);
    expect(release.rows.every((row) => row.areaType === 'state')).toBe(true);
    expect(release.rows.find((row) => row.socCode === '31-9092' && row.areaCode === 'WI')).toMatchObject({
      areaName: 'Wisconsin',
      socTitle: 'Medical Assistants',
    });
    const alabama = release.rows.find((row) => row.socCode === '31-9092' && row.areaCode === 'AL');
    expect(alabama?.values).toMatchObject({ employment: 12760, meanAnnual: 34860, medianAnnual: 34980 });
  });

  it('leaves the hourly figures the file does not carry empty, not flagged, and says which it carries', async () => {
    const release = await parseOewsFile(real(name), name);
    const alabama = release.rows.find((row) => row.socCode === '31-9092' && row.areaCode === 'AL');
    expect(alabama?.values).toMatchObject({ meanHourly: null, medianHourly: null, p90Hourly: null });
    expect(alabama?.flags).toEqual({});
    expect(release.valueFields).toEqual([
      'employment',
      'meanAnnual',
      'p10Annual',
      'p25Annual',
      'medianAnnual',
      'p75Annual',
      'p90Annual',
    ]);
    const surgeons = release.rows.find((row) => row.socCode === '29-1022' && row.areaCode === 'AL');
    expect(surgeons?.flags).toEqual({ p25Annual: '#', medianAnnual: '#', p75Annual: '#', p90Annual: '#' });
  });

  it('names the required columns a file lacks', async () => {
    const header = 'PRIM_STATE,OCC_CODE,OCC_TITLE,TOT_EMP,A_PCT10';
    const file = Buffer.from(`${header}\nAL,31-9092,Medical Assistants,"12,760","28,280"\n`);
    await expect(parseOewsFile(file, name)).rejects.toThrow(
      'Row 1: the header lacks the required columns A_MEAN, A_MEDIAN',
    );
    const withoutEmployment = Buffer.from(
      'OCC_CODE,OCC_TITLE,A_MEAN,A_MEDIAN\n31-9092,Medical Assistants,1,2\n',
    );
    await expect(parseOewsFile(withoutEmployment, name)).rejects.toThrow(
      'the header lacks the required column TOT_EMP',
    );
  });
});

describe('parseOewsFile on workbooks users re-saved', () => {
  it('reads a workbook with an extra leading index column, fewer columns and rows, numbers as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['', 'OCC_CODE', 'OCC_TITLE', 'TOT_EMP', 'A_MEAN', 'A_MEDIAN', 'H_MEAN']);
    sheet.addRow([0, '31-9092', 'Medical Assistants', '793,460', '44,720', '44,200', '21.50']);
    sheet.addRow([1, '29-2072', 'Medical Records Specialists', 187910, 55970, '50,250', 26.91]);
    const release = await parseOewsFile(
      Buffer.from(await workbook.xlsx.writeBuffer()),
      'national_M2024_dl.xlsx',
    );
    expect(release.rows.map((row) => [row.socCode, row.values.employment, row.values.meanAnnual])).toEqual([
      ['31-9092', 793460, 44720],
      ['29-2072', 187910, 55970],
    ]);
    expect(release.rows[0].values).toMatchObject({ medianAnnual: 44200, meanHourly: 21.5, p10Annual: null });
    expect(release.valueFields).toEqual(['employment', 'meanAnnual', 'medianAnnual', 'meanHourly']);
  });

  it('reads an old binary .xls workbook (BLS published those until 2016)', async () => {
    const sheet = SheetJS.utils.aoa_to_sheet([
      ['OCC_CODE', 'OCC_TITLE', 'OCC_GROUP', 'TOT_EMP', 'A_MEAN', 'A_MEDIAN', 'A_PCT90', 'H_MEAN'],
      ['00-0000', 'All Occupations', 'total', 137896660, 47230, 35540, 90060, 22.71],
      ['31-9092', 'Medical Assistants', 'detailed', 584970, 31220, 30590, '#', 15.01],
      ['Footnotes:'],
      ['(1) Estimates for detailed occupations do not sum to the totals'],
    ]);
    const workbook = SheetJS.utils.book_new();
    SheetJS.utils.book_append_sheet(workbook, sheet, 'national_dl');
    const bytes = SheetJS.write(workbook, { type: 'buffer', bookType: 'xls' }) as Buffer;
    expect(bytes.subarray(0, 4).toString('hex')).toBe('d0cf11e0');

    const release = await parseOewsFile(bytes, 'national_M2014_dl.xls');
    expect(release).toMatchObject({ referencePeriod: 'May 2014', sheetName: 'national_dl' });
    expect(release.rows).toHaveLength(2);
    expect(release.rows[1]).toMatchObject({
      socCode: '31-9092',
      socTitle: 'Medical Assistants',
      group: 'detailed',
      values: {
        employment: 584970,
        meanAnnual: 31220,
        medianAnnual: 30590,
        p90Annual: null,
        meanHourly: 15.01,
      },
      flags: { p90Annual: '#' },
    });
  });

  it('refuses a file named .xls that is no workbook at all', async () => {
    const notOle = Buffer.from('<html><table><tr><td>OCC_CODE</td></tr></table></html>');
    await expect(parseOewsFile(notOle, 'national_M2014_dl.xls')).rejects.toThrow('not one');
    const damaged = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600, 7)]);
    await expect(parseOewsFile(damaged, 'national_M2014_dl.xls')).rejects.toThrow(ImportFileError);
  });
});

describe('parseOewsFile on crafted files', () => {
  const csv = (text: string) => Buffer.from(text, 'utf8');

  it('accepts lower-case headers and the older OCC_GROUP without area columns', async () => {
    const header = 'occ_code,occ_title,occ_group,tot_emp,a_mean,a_median,a_pct10';
    const release = await parseOewsFile(
      csv(
        `${header}\n29-2071,Medical Records and Health Information Technicians,detailed,"184,740","40,350","38,040","25,780"\n`,
      ),
      'national_M2017_dl.csv',
    );
    expect(release.rows[0]).toMatchObject({
      socCode: '29-2071',
      group: 'detailed',
      areaType: 'national',
      areaCode: 'US',
      values: {
        employment: 184740,
        meanAnnual: 40350,
        medianAnnual: 38040,
        p10Annual: 25780,
        p90Annual: null,
      },
    });
  });

  it('keeps * and ** as flags', async () => {
    const row = MA_ROW.replace('"44,720"', '*').replace('"57,830"', '**');
    const release = await parseOewsFile(csv(`${HEADER}\n${row}\n`), 'national_M2024_dl.csv');
    expect(release.rows[0].flags).toEqual({ meanAnnual: '*', p90Annual: '**' });
    expect(release.rows[0].values.meanAnnual).toBeNull();
  });

  it('reads state rows and counts the metropolitan rows it does not keep', async () => {
    const state = MA_ROW.replace('99,U.S.,1,US', '55,Wisconsin,2,WI');
    const metro = MA_ROW.replace('99,U.S.,1,US', '33340,"Milwaukee-Waukesha, WI",4,WI');
    const release = await parseOewsFile(csv(`${HEADER}\n${state}\n${metro}\n`), 'state_M2024_dl.csv');
    expect(release.rows).toHaveLength(1);
    expect(release.rows[0]).toMatchObject({ areaType: 'state', areaCode: 'WI', areaName: 'Wisconsin' });
    expect(release.skippedAreaRows).toBe(1);
  });

  it('skips note rows after the data', async () => {
    const release = await parseOewsFile(
      csv(
        `${HEADER}\n${MA_ROW}\n\nFootnotes:,,\n"(1) Estimates for detailed occupations do not sum to the totals",,\n`,
      ),
      'national_M2024_dl.csv',
    );
    expect(release.rows).toHaveLength(1);
  });

  it('decodes Windows-1252 text', async () => {
    const row = MA_ROW.replace('Medical Assistants', 'Médical Assistants');
    const release = await parseOewsFile(
      iconv.encode(`${HEADER}\n${row}\n`, 'win1252'),
      'national_M2024_dl.csv',
    );
    expect(release.rows[0].socTitle).toBe('Médical Assistants');
  });

  it('names the row and column of a value that is not a number', async () => {
    const bad = MA_ROW.replace('"37,610"', 'n/a');
    await expect(
      parseOewsFile(
        csv(`${HEADER}\n${MA_ROW.replace('31-9092', '31-9091')}\n${bad}\n`),
        'national_M2024_dl.csv',
      ),
    ).rejects.toThrow('Row 3, column A_PCT25: "n/a" is not a number or a BLS flag');
  });

  it('refuses a file without the OEWS columns', async () => {
    await expect(
      parseOewsFile(csv('name,city\nSanta Fe College,Gainesville\n'), 'schools_2024.csv'),
    ).rejects.toThrow(ImportFileError);
  });

  it('refuses a malformed SOC code and a duplicated occupation', async () => {
    await expect(
      parseOewsFile(csv(`${HEADER}\n${MA_ROW.replace('31-9092', '319092')}\n`), 'national_M2024_dl.csv'),
    ).rejects.toThrow('column OCC_CODE');
    await expect(
      parseOewsFile(csv(`${HEADER}\n${MA_ROW}\n${MA_ROW}\n`), 'national_M2024_dl.csv'),
    ).rejects.toThrow('appears twice');
  });

  it('needs the reference year from the name or the editor', async () => {
    await expect(parseOewsFile(csv(`${HEADER}\n${MA_ROW}\n`), 'wages.csv')).rejects.toThrow('reference year');
    await expect(parseOewsFile(csv(`${HEADER}\n${MA_ROW}\n`), 'wages.csv', 2022)).resolves.toMatchObject({
      referencePeriod: 'May 2022',
    });
  });

  it('refuses a file named .xlsx that is not a workbook', async () => {
    await expect(parseOewsFile(csv('hello'), 'national_M2024_dl.xlsx')).rejects.toThrow('not one');
  });

  it('takes the year from BLS file names', () => {
    expect(periodYearFromFileName('national_M2024_dl.xlsx')).toBe(2024);
    expect(periodYearFromFileName('state_M2019_dl.csv')).toBe(2019);
    expect(periodYearFromFileName('wages.csv')).toBeNull();
  });
});
