import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportFileTooLargeError } from './import-file.error';
import { assertWithinUploadLimits, MAX_UPLOAD_CELLS, MAX_UPLOAD_ROWS } from './upload-limits';

/** A workbook of `rows` rows of `columns` varied numbers, written as a stream like a real large export. */
async function workbook(rows: number, columns: number): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
  const sheet = writer.addWorksheet('All May 2024 data');
  for (let row = 0; row < rows; row++) {
    sheet
      .addRow(Array.from({ length: columns }, (_, column) => (row * 7919 + column * 104729) % 99991))
      .commit();
  }
  sheet.commit();
  await writer.commit();
  return Buffer.concat(chunks);
}

const csv = (rows: number, cells: string) => Buffer.from(`${cells}\n`.repeat(rows));

describe('upload caps', () => {
  it('accepts a text file at the row cap', async () => {
    await expect(
      assertWithinUploadLimits(csv(MAX_UPLOAD_ROWS - 1, 'a,b'), 'big.csv'),
    ).resolves.toBeUndefined();
  });

  it('refuses a text file with more rows than the cap, as too large, saying the cap', async () => {
    const refused = assertWithinUploadLimits(csv(MAX_UPLOAD_ROWS + 1, 'a,b'), 'big.csv');
    await expect(refused).rejects.toThrow(ImportFileTooLargeError);
    await expect(refused).rejects.toThrow('big.csv has more than 200,000 rows');
  });

  it('refuses a text file with more cells than the cap', async () => {
    const wide = `${'1,'.repeat(99)}1`; // 100 cells a row, 100,001 rows
    const refused = assertWithinUploadLimits(csv(MAX_UPLOAD_CELLS / 100 + 1, wide), 'wide.csv');
    await expect(refused).rejects.toThrow('wide.csv has more than 10,000,000 cells');
  });

  it('refuses a workbook with more rows than the cap while streaming it', async () => {
    const bytes = await workbook(MAX_UPLOAD_ROWS + 1, 2);
    const refused = assertWithinUploadLimits(bytes, 'state_M2024_dl.xlsx');
    await expect(refused).rejects.toThrow(ImportFileTooLargeError);
    await expect(refused).rejects.toThrow('state_M2024_dl.xlsx has more than 200,000 rows');
  });

  it('accepts a workbook under the caps', async () => {
    await expect(assertWithinUploadLimits(await workbook(1000, 30), 'ok.xlsx')).resolves.toBeUndefined();
  });
});
