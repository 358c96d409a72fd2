import { ImportFileTooLargeError } from './import-file.error';
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
 * Refuses a file with more rows or cells than the caps before the parsers load it whole. A workbook
 * is counted while its archive is checked (see assertSafeWorkbookArchive), one pass over its unpacked
 * worksheets that stops at the first row or cell over a cap, so a million-row file costs the unpacking
 * of 200,000 rows, not the reading of a million; a workbook that passes needs no second archive check
 * before it is read. A text file is counted by its line breaks and separators, an upper bound of its
 * rows and cells.
 */
export async function assertWithinUploadLimits(bytes: Buffer, fileName: string): Promise<void> {
  if (isZipArchive(bytes)) return countWorkbook(bytes, fileName);
  // Old .xls workbooks (OLE files) are read whole by SheetJS; the worker's memory limit bounds them.
  if (bytes.length > 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) return;
  countText(bytes, fileName);
}

/** A worksheet part of an .xlsx archive (`xl/worksheets/sheet1.xml`). */
const WORKSHEET_PART = /(^|\/)worksheets\/[^/]+\.xml$/i;
/** The start of a row or cell element, with or without a namespace prefix (`<row r="2">`, `<x:c r="A2">`). */
const ROW_OR_CELL = /<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s>/]/g;
/** An element name cut off at the end of a chunk: `<ro` or `<x:` waiting for the rest. */
const OPEN_NAME = /^<[\w.:-]{0,64}$/;

async function countWorkbook(bytes: Buffer, fileName: string): Promise<void> {
  let rows = 0;
  let cells = 0;
  await assertSafeWorkbookArchive(bytes, fileName, (entry) => {
    if (!WORKSHEET_PART.test(entry.name)) return null;
    let carry = '';
    return (chunk) => {
      // Element names are ASCII, so reading the UTF-8 bytes as Latin-1 finds them at no decoding cost.
      const text = carry + chunk.toString('latin1');
      for (const match of text.matchAll(ROW_OR_CELL)) {
        if (match[1] === 'row') {
          rows += 1;
          if (rows > MAX_UPLOAD_ROWS) throw rowsOver(fileName);
        } else {
          cells += 1;
          if (cells > MAX_UPLOAD_CELLS) throw cellsOver(fileName);
        }
      }
      const tail = text.slice(text.lastIndexOf('<'));
      carry = OPEN_NAME.test(tail) ? tail : '';
    };
  });
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
