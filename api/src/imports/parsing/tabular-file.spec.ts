import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { readTabularFile } from './tabular-file';

const cellsOf = async (bytes: Buffer, name: string) =>
  (await readTabularFile(bytes, name))[0].rows.map((row) => row.cells);

describe('readTabularFile on text', () => {
  it('reads tab-separated text, where quotes and commas are part of the text', async () => {
    const text = 'O*NET-SOC Code\tTitle\tTask\n29-1141.00\tRegistered Nurses\t"Record" signs, symptoms\n';
    expect(await cellsOf(Buffer.from(text), 'Task Statements.txt')).toEqual([
      ['O*NET-SOC Code', 'Title', 'Task'],
      ['29-1141.00', 'Registered Nurses', '"Record" signs, symptoms'],
    ]);
  });

  it('reads comma-separated text even when a value holds a tab', async () => {
    expect(await cellsOf(Buffer.from('a,b,c\n1,"x\ty",3\n'), 'file.csv')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x\ty', '3'],
    ]);
  });

  it('decodes the UTF-16 text Excel saves as "Unicode Text"', async () => {
    const text = 'OCC_CODE\tOCC_TITLE\n31-9092\tMédical Assistants\n';
    for (const encoded of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]),
    ]) {
      expect(await cellsOf(encoded, 'wages.txt')).toEqual([
        ['OCC_CODE', 'OCC_TITLE'],
        ['31-9092', 'Médical Assistants'],
      ]);
    }
  });
});

describe('readTabularFile on workbooks', () => {
  /** An .xlsx as Excel writes one: a merged title, a date, rich text, a formula and its cached result. */
  async function workbook(): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Table 1.2');
    sheet.addRow(['Table 1.2 Employment by occupation, 2024 and projected 2034']);
    sheet.mergeCells(1, 1, 1, 3);
    sheet.addRow(['Matrix code', 'Title', 'Updated']);
    sheet.addRow([
      '29-1141',
      { richText: [{ text: 'Registered ' }, { text: 'Nurses', font: { bold: true } }] },
      new Date(Date.UTC(2024, 4, 31)),
    ]);
    sheet.addRow(['31-9092', 'Medical assistants', { formula: '1+1', result: 2 }]);
    sheet.addRow([]);
    sheet.addRow(['29-2099', 'Health technologists, all other', { formula: 'A1' }]);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reads each cell as its text, a merged range as its first cell in every cell', async () => {
    expect(await cellsOf(await workbook(), 'ep_occupation_2024-34.xlsx')).toEqual([
      Array(3).fill('Table 1.2 Employment by occupation, 2024 and projected 2034'),
      ['Matrix code', 'Title', 'Updated'],
      ['29-1141', 'Registered Nurses', '2024-05-31'],
      ['31-9092', 'Medical assistants', '2'],
      // A formula never calculated reads as empty, like a blank cell at the end of a row.
      ['29-2099', 'Health technologists, all other'],
    ]);
  });

  it('keeps the file’s row numbers, skipping empty rows', async () => {
    const [sheet] = await readTabularFile(await workbook(), 'ep_occupation_2024-34.xlsx');
    expect(sheet.name).toBe('Table 1.2');
    expect(sheet.rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 6]);
  });
});
