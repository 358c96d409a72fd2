import { WAGE_FLAGS, WageFlag } from '@careerscope/shared';
import { ImportFileError } from './import-file.error';

export interface ParsedFigure {
  value: number | null;
  flag: WageFlag | null;
}

/**
 * A published figure: a number (with or without thousands separators), a BLS flag instead of a
 * number (`*`, `**` no estimate; `#` at or above the cap), or empty. Anything else is an error that
 * names the row and column.
 */
export function parseFigure(text: string, row: number, column: string): ParsedFigure {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '—' || trimmed === '-' || trimmed === '–')
    return { value: null, flag: null };
  if ((WAGE_FLAGS as readonly string[]).includes(trimmed)) return { value: null, flag: trimmed as WageFlag };
  const normalized = trimmed.replace(/,/g, '').replace(/^\$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) {
    throw new ImportFileError(
      `"${trimmed.slice(0, 40)}" is not a number or a BLS flag (*, **, #)`,
      row,
      column,
    );
  }
  return { value: Number(normalized), flag: null };
}
