import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ImportFileError } from './import-file.error';

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
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * CSV files come from BLS as UTF-8, from spreadsheet programs often as Windows-1252, sometimes with
 * a byte-order mark: decode by the BOM, else as UTF-8 when it is valid, else as Windows-1252.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString('utf8');
  }
  const utf8 = bytes.toString('utf8');
  if (!utf8.includes('\uFFFD')) return utf8;
  return iconv.decode(bytes, 'win1252');
}

function isXlsx(bytes: Buffer): boolean {
  // An .xlsx file is a ZIP archive.
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readTabularFile(bytes: Buffer, fileName: string): Promise<TabularSheet[]> {
  if (bytes.length === 0) throw new ImportFileError(`${fileName} is empty`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`${fileName} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  if (isXlsx(bytes)) {
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
        rows.push({ number, cells: values.slice(1).map(cellText) });
      });
      return { name: sheet.name, rows };
    });
  }
  if (/\.xlsx?$/i.test(fileName)) {
    throw new ImportFileError(`${fileName} is named like an Excel workbook but is not one`);
  }
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new ImportFileError(`${fileName} is not a text (CSV) file`);
  let records: string[][];
  try {
    // Real files carry stray quotes inside quoted fields (IPEDS URLs); read them as text.
    records = parse(text, {
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
