import ExcelJS from 'exceljs';
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

/** Text of an Excel cell, whatever exceljs made of it (rich text, hyperlinks, formulas, dates). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    // A formula without a cached result (never calculated) reads as empty, like a blank cell.
    if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
      return cellText((value as { result?: ExcelJS.CellValue }).result);
    }
    if ('error' in value) return '';
  }
  return String(value);
}

/** A date cell as 2024-05-31; a date cell whose number is no real date is empty. */
function dateText(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/** Text of a cell of an old binary workbook, read the same way as an .xlsx cell. */
function sheetJsCellText(cell: SheetJS.CellObject | undefined): string {
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

async function readXlsx(bytes: Buffer, fileName: string): Promise<TabularSheet[]> {
  await assertSafeWorkbookArchive(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(`${fileName} is not a readable Excel workbook`);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: TabularSheet['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      // Array.from, not map: exceljs leaves holes for empty cells, and map keeps them.
      rows.push({ number, cells: Array.from(values.slice(1), cellText) });
    });
    return { name: sheet.name, rows };
  });
}

/**
 * BLS published .xls workbooks until 2016; exceljs reads only .xlsx, SheetJS reads these. Loaded on
 * first use: it takes about a second to load, and few uploads are .xls.
 */
async function readXls(bytes: Buffer, fileName: string): Promise<TabularSheet[]> {
  const { read } = await import('@e965/xlsx');
  let workbook: SheetJS.WorkBook;
  try {
    workbook = read(bytes, {
      type: 'buffer',
      dense: true,
      cellDates: true,
      cellFormula: false,
      cellHTML: false,
    });
  } catch (error) {
    const reason = /password/i.test((error as Error).message) ? ' (it is protected by a password)' : '';
    throw new ImportFileError(`${fileName} is not a readable Excel workbook${reason}`);
  }
  return workbook.SheetNames.map((name) => {
    const rows: TabularSheet['rows'] = [];
    // Dense sheets hold only the rows that have cells, so a huge declared range costs nothing.
    (workbook.Sheets[name]?.['!data'] ?? []).forEach((row, index) => {
      const cells = Array.from(row ?? [], sheetJsCellText);
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ number: index + 1, cells });
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
export async function readTabularFile(bytes: Buffer, fileName: string): Promise<TabularSheet[]> {
  if (bytes.length === 0) throw new ImportFileError(`${fileName} is empty`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportFileTooLargeError(`${fileName} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  if (isZipArchive(bytes)) return readXlsx(bytes, fileName);
  if (isOleCompoundFile(bytes)) return readXls(bytes, fileName);
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
