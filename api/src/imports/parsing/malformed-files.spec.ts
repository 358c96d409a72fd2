import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import * as SheetJS from '@e965/xlsx';
import { parseEducationFile } from './education.parser';
import { ImportFileError } from './import-file.error';
import { parseIpedsDirectory } from './ipeds.parser';
import { parseOewsFile } from './oews.parser';
import { parseOnetFile } from './onet.parser';
import { parseProjectionsFile } from './projections.parser';
import { parseStateProjectionsFile } from './state-projections.parser';

/** Every parser, with a file name that satisfies whatever it takes from names (year, period). */
const PARSERS: Record<
  string,
  { parse: (bytes: Buffer, name: string) => Promise<unknown>; header: string[] }
> = {
  oews: {
    parse: (bytes, extension) => parseOewsFile(bytes, `national_M2024_dl.${extension}`),
    header: ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP', 'A_MEAN', 'A_MEDIAN'],
  },
  projections: {
    parse: (bytes, extension) => parseProjectionsFile(bytes, `ep_occupation_2024-34.${extension}`),
    header: [
      '2024 National Employment Matrix title',
      '2024 National Employment Matrix code',
      'Employment, 2024',
      'Employment, 2034',
      'Employment change, numeric, 2024–34',
      'Employment change, percent, 2024–34',
    ],
  },
  education: {
    parse: (bytes, extension) => parseEducationFile(bytes, `ep_education_table5.4_2024.${extension}`),
    header: [
      '2024 National Employment Matrix title',
      '2024 National Employment Matrix code',
      'Typical education needed for entry',
      'Work experience in a related occupation',
      'Typical on-the-job training needed to attain competency in the occupation',
    ],
  },
  onet: {
    parse: (bytes, extension) => parseOnetFile(bytes, `Occupation Data.${extension}`),
    header: ['O*NET-SOC Code', 'Title', 'Description'],
  },
  'onet skills': {
    parse: (bytes, extension) => parseOnetFile(bytes, `Skills.${extension}`),
    header: ['O*NET-SOC Code', 'Title', 'Element ID', 'Element Name', 'Scale ID', 'Data Value'],
  },
  'state projections': {
    parse: (bytes, extension) =>
      parseStateProjectionsFile(bytes, `projections-central_long-term_2022-32.${extension}`),
    header: ['Title', 'Base', 'Projected', 'PercentChange', 'AvgAnnualOpenings', 'STFIPS', 'OccCode'],
  },
  ipeds: {
    parse: (bytes, extension) => parseIpedsDirectory(bytes, `hd2023.${extension}`),
    header: ['UNITID', 'INSTNM', 'CITY', 'STABBR', 'WEBADDR'],
  },
};

async function workbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Cells of every kind a spreadsheet can hold, none of them what any parser expects. */
function garbageRow(sheet: ExcelJS.Worksheet, width: number): void {
  const values: ExcelJS.CellValue[] = [
    true,
    new Date('2024-05-01T00:00:00Z'),
    { formula: '1/0', result: { error: '#DIV/0!' } },
    { richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] },
    { text: 'a link', hyperlink: 'https://example.org/' },
    -1e308,
    'x'.repeat(5000),
    { formula: 'A1' } as ExcelJS.CellFormulaValue,
  ];
  const row = sheet.addRow(
    Array.from({ length: Math.max(width, values.length) }, (_, i) => values[i % values.length]),
  );
  // A number formatted as a date that is no date: exceljs reads it as an Invalid Date.
  row.getCell(width + 1).value = 1e20;
  row.getCell(width + 1).numFmt = 'yyyy-mm-dd';
}

/** Hand-made malformed files, for one parser's header. */
function malformedFiles(
  header: string[],
): Array<[string, () => Promise<{ bytes: Buffer; extension: string }>]> {
  const xlsx = (build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void) => async () => ({
    bytes: await workbook((book) => build(book.addWorksheet('Sheet1'), book)),
    extension: 'xlsx',
  });
  const raw =
    (bytes: Buffer, extension = 'csv') =>
    () =>
      Promise.resolve({ bytes, extension });
  return [
    [
      'a workbook without sheets',
      async () => ({ bytes: await workbook(() => undefined), extension: 'xlsx' }),
    ],
    ['an empty sheet', xlsx(() => undefined)],
    ['a header only', xlsx((sheet) => sheet.addRow(header))],
    [
      'a merged title row above the header only',
      xlsx((sheet) => {
        sheet.addRow(['Table 9.9 Something, 2024']);
        sheet.mergeCells(1, 1, 1, header.length);
        sheet.addRow(header);
        sheet.mergeCells(3, 1, 4, header.length);
      }),
    ],
    ['garbage cells without a header', xlsx((sheet) => garbageRow(sheet, header.length))],
    [
      'the header over cells of the wrong types',
      xlsx((sheet) => {
        sheet.addRow(header);
        garbageRow(sheet, header.length);
        garbageRow(sheet, header.length);
      }),
    ],
    [
      'the header over numbers where codes belong',
      xlsx((sheet) => {
        sheet.addRow(header);
        sheet.addRow(header.map((_, index) => index * 1000.5));
      }),
    ],
    [
      'the header twice in merged cells',
      xlsx((sheet) => {
        sheet.addRow(header);
        sheet.addRow(header);
        sheet.mergeCells(2, 1, 2, header.length);
      }),
    ],
    ['an empty text file', raw(Buffer.alloc(0))],
    ['a byte-order mark only', raw(Buffer.from([0xef, 0xbb, 0xbf]))],
    ['blank lines', raw(Buffer.from('\r\n\r\n ,, \r\n'))],
    ['the header as text, no rows', raw(Buffer.from(`${header.join(',')}\n`))],
    ['the header as tab-separated text, no rows', raw(Buffer.from(`${header.join('\t')}\n`), 'txt')],
    ['an unterminated quote', raw(Buffer.from(`${header.join(',')}\n"31-9092,1,2\n`))],
    ['binary noise', raw(Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)))],
    ['a ZIP archive that is no workbook', raw(zipOf('notes.txt', 'hello'), 'xlsx')],
    ['a truncated ZIP archive', raw(zipOf('xl/workbook.xml', '<workbook/>').subarray(0, 40), 'xlsx')],
    [
      'the magic of an old .xls and nothing else',
      raw(Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(512), 'hex'), 'xls'),
    ],
    [
      'an old .xls with a header only',
      () =>
        Promise.resolve({
          bytes: SheetJS.write(
            { SheetNames: ['Sheet1'], Sheets: { Sheet1: SheetJS.utils.aoa_to_sheet([header]) } },
            { type: 'buffer', bookType: 'xls' },
          ) as Buffer,
          extension: 'xls',
        }),
    ],
  ];
}

function zipOf(name: string, text: string): Buffer {
  const content = Buffer.from(text);
  const packed = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + packed.length, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

describe.each(Object.entries(PARSERS))('the %s parser on malformed files', (_, { parse, header }) => {
  it.each(malformedFiles(header))(
    'refuses %s with an ImportFileError, never a TypeError',
    async (_, make) => {
      const { bytes, extension } = await make();
      const outcome = await parse(bytes, extension).then(
        () => 'parsed',
        (error: unknown) => error,
      );
      expect(outcome).toBeInstanceOf(ImportFileError);
    },
  );
});
