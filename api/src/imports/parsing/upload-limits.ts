import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportFileError, ImportFileTooLargeError } from './import-file.error';
import { assertSafeWorkbookArchive, isZipArchive } from './workbook-archive';

/** Rows an uploaded file may hold, all sheets together; the real BLS and IPEDS files stay below 50,000. */
export const MAX_UPLOAD_ROWS = 200_000;
/** Cells an uploaded file may hold, all sheets together. */
export const MAX_UPLOAD_CELLS = 10_000_000;

const rowsOver = (fileName: string) =>
  new ImportFileTooLargeError(
    `${fileName} has more than ${MAX_UPLOAD_ROWS.toLocaleString('en-US')} rows, more than any file Careerscope imports; upload the file as BLS or IPEDS publish it`,
  );
const cellsOver = (fileName: string) =>
  new ImportFileTooLargeError(
    `${fileName} has more than ${MAX_UPLOAD_CELLS.toLocaleString('en-US')} cells, more than any file Careerscope imports; upload the file as BLS or IPEDS publish it`,
  );

/**
 * Refuses a file with more rows or cells than the caps before the parsers load it whole: a workbook
 * is streamed row by row (after the archive checks) and the count stops at the first row over a cap,
 * so a million-row file costs the reading of 200,000 rows, not of a million. A text file is counted
 * by its line breaks and separators, an upper bound of its rows and cells.
 */
export async function assertWithinUploadLimits(bytes: Buffer, fileName: string): Promise<void> {
  if (isZipArchive(bytes)) return countWorkbook(bytes, fileName);
  // Old .xls workbooks (OLE files) are read whole by SheetJS; the worker's memory limit bounds them.
  if (bytes.length > 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) return;
  countText(bytes, fileName);
}

async function countWorkbook(bytes: Buffer, fileName: string): Promise<void> {
  await assertSafeWorkbookArchive(bytes, fileName);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let rows = 0;
  let cells = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        rows += 1;
        cells += (row as ExcelJS.Row).cellCount;
        if (rows > MAX_UPLOAD_ROWS) throw rowsOver(fileName);
        if (cells > MAX_UPLOAD_CELLS) throw cellsOver(fileName);
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${fileName} is not a readable Excel workbook`);
  }
}

function countText(bytes: Buffer, fileName: string): void {
  const tab = 0x09;
  const comma = 0x2c;
  const newline = 0x0a;
  let rows = 1;
  let cells = 1;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte === newline) {
      rows += 1;
      cells += 1;
      if (rows > MAX_UPLOAD_ROWS) throw rowsOver(fileName);
    } else if (byte === comma || byte === tab) {
      cells += 1;
    }
  }
  if (cells > MAX_UPLOAD_CELLS) throw cellsOver(fileName);
}
