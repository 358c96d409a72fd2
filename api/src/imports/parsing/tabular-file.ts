import type * as SheetJS from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ImportFileError, ImportFileTooLargeError } from './import-file.error';
import { assertSafeWorkbookArchive, isZipArchive } from './workbook-archive';

/** One sheet of a spreadsheet or a CSV file as text cells, with the file's own row numbers (1-based). */
export interface TabularSheet {
  name: string;
  rows: Array<{ number: number; cells: string[] }>;
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A date cell as 2024-05-31; a date cell whose number is no real date is empty. */
function dateText(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/**
 * Text of a workbook cell: numbers as JavaScript prints them, dates as 2024-05-31, rich text and
 * hyperlinks as their text, a formula as its cached result (empty when never calculated), errors empty.
 */
function cellText(cell: SheetJS.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 'e':
    case 'z':
      return '';
    case 'd':
      return cell.v instanceof Date ? dateText(cell.v) : String(cell.v);
    default:
      return String(cell.v);
  }
}

/**
 * CSV files come from BLS as UTF-8, from spreadsheet programs often as Windows-1252, sometimes with
 * a byte-order mark, and as UTF-16 when Excel saves "Unicode Text" (tab-separated): decode by the
 * BOM, else as UTF-8 when it is valid, else as Windows-1252.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString('utf8');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return iconv.decode(bytes.subarray(2), 'utf16-be');
  const utf8 = bytes.toString('utf8');
  if (!utf8.includes('\uFFFD')) return utf8;
  return iconv.decode(bytes, 'win1252');
}

/** Old binary Excel files (.xls, BIFF8) are OLE compound files. */
function isOleCompoundFile(bytes: Buffer): boolean {
  return bytes.length > 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1;
}

export interface ReadOptions {
  /** The caller already ran the archive checks on these bytes (see assertWithinUploadLimits). */
  archiveChecked?: boolean;
}

/**
 * Workbooks, .xlsx and the old binary .xls (BLS published those until 2016), are read by SheetJS,
 * loaded on first use so that reading a text file never pays for it. Dense sheets hold only the rows
 * that have cells, so a huge declared range costs nothing.
 */
async function readWorkbook(
  bytes: Buffer,
  fileName: string,
  format: 'xlsx' | 'xls',
  options: ReadOptions,
): Promise<TabularSheet[]> {
  if (format === 'xlsx' && !options.archiveChecked) await assertSafeWorkbookArchive(bytes, fileName);
  const { read } = await import('@e965/xlsx');
  let workbook: SheetJS.WorkBook;
  try {
    workbook = read(bytes, {
      type: 'buffer',
      dense: true,
      cellDates: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellText: false,
    });
  } catch (error) {
    const reason = /password/i.test((error as Error).message) ? ' (it is protected by a password)' : '';
    throw new ImportFileError(`${fileName} is not a readable Excel workbook${reason}`);
  }
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    const data = sheet?.['!data'] ?? [];
    const texts = data.map((row) => Array.from(row ?? [], cellText));
    // Every cell of a merged range reads as the range's first cell, as spreadsheet users see it.
    for (const { s: start, e: end } of sheet?.['!merges'] ?? []) {
      const value = texts[start.r]?.[start.c] ?? '';
      if (value === '') continue;
      for (let r = start.r; r <= end.r && r < texts.length; r++) {
        const cells = texts[r] ?? (texts[r] = []);
        for (let c = start.c; c <= end.c; c++) cells[c] = value;
      }
    }
    const rows: TabularSheet['rows'] = [];
    texts.forEach((cells, index) => {
      if (!cells) return;
      const filled = Array.from(cells, (cell) => cell ?? '');
      if (filled.some((cell) => cell.trim() !== '')) rows.push({ number: index + 1, cells: filled });
    });
    return { name, rows };
  });
}

/** The separator of a text file: tab when its first line has more tabs than commas (O*NET), else comma. */
function separatorOf(text: string): ',' | '\t' {
  const firstLine = /^[^\r\n]*\S[^\r\n]*/m.exec(text.slice(0, 64 * 1024))?.[0] ?? '';
  const count = (character: string) => firstLine.split(character).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/**
 * The sheets of an uploaded file, told apart by their bytes, not their name: a ZIP archive is an .xlsx
 * workbook (checked against archive bombs first), an OLE compound file an old .xls workbook, anything
 * else text with comma- or tab-separated values.
 */
export async function readTabularFile(
  bytes: Buffer,
  fileName: string,
  options: ReadOptions = {},
): Promise<TabularSheet[]> {
  if (bytes.length === 0) throw new ImportFileError(`${fileName} is empty`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportFileTooLargeError(`${fileName} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  if (isZipArchive(bytes)) return readWorkbook(bytes, fileName, 'xlsx', options);
  if (isOleCompoundFile(bytes)) return readWorkbook(bytes, fileName, 'xls', options);
  if (/\.xlsx?$/i.test(fileName)) {
    throw new ImportFileError(`${fileName} is named like an Excel workbook but is not one`);
  }
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new ImportFileError(`${fileName} is not a text (CSV) file`);
  const delimiter = separatorOf(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      // Real CSV files carry stray quotes inside quoted fields (IPEDS URLs): read them as text. Tab-
      // separated files (O*NET) quote nothing, so a quote there is part of the text.
      quote: delimiter === ',' ? '"' : false,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw new ImportFileError(`the CSV cannot be read (${(error as Error).message.split('\n')[0]})`, line);
  }
  return [
    {
      name: fileName,
      rows: records
        .map((cells, index) => ({ number: index + 1, cells }))
        .filter((row) => row.cells.some((cell) => cell.trim() !== '')),
    },
  ];
}

/** What a parser reads: the file's bytes, or its sheets when the caller has read them already. */
export type TabularInput = Buffer | readonly TabularSheet[];

/** The sheets of a parser's input, reading the bytes only when it was given bytes. */
export async function sheetsOf(input: TabularInput, fileName: string): Promise<readonly TabularSheet[]> {
  return Buffer.isBuffer(input) ? readTabularFile(input, fileName) : input;
}
