import { formatDate } from '../core/format/dates';
import { htmlToText } from '../core/seo/page-meta';
import type { ComparisonModel } from './comparison-model';

/** What a spreadsheet takes for the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number, possibly signed, with thousands separators or a percent sign: -3.5, +12 %, -1,200. */
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s?%?$/;

/**
 * A cell a spreadsheet will show as text: one that starts like a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) gets a leading single quote, unless it is a real number such as -3.5.
 */
export function neutralised(value: string): string {
  return FORMULA_START.test(value) && !(NUMBER.test(value) && /\d/.test(value)) ? `'${value}` : value;
}

/** One CSV field, neutralised, then quoted when it holds a comma, quote or line break (RFC 4180). */
function field(raw: string): string {
  const value = neutralised(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsvLine(values: readonly string[]): string {
  return values.map(field).join(',');
}

/**
 * The comparison as CSV: one column per occupation, one line per row, each cell's prose, figures and
 * list items as text with their footnote numbers, then the numbered sources.
 */
export function comparisonToCsv(model: ComparisonModel): string {
  const ref = (note: number | null) => (note ? ` [${note}]` : '');
  const lines = [toCsvLine(['', ...model.columns.map((column) => column.title)])];
  for (const row of model.rows) {
    lines.push(
      toCsvLine([
        row.groupHeading ? `${row.groupHeading}: ${row.label}` : row.label,
        ...row.cells.map((cell) =>
          [
            cell.html ? htmlToText(cell.html) + cell.proseNotes.map((n) => ` [${n}]`).join('') : '',
            ...cell.figures.map(
              (figure) =>
                `${figure.label}: ${figure.display}${figure.flagMeaning ? ` (${figure.flagMeaning})` : ''}${ref(figure.note)}`,
            ),
            ...cell.items.map(
              (item) => `${item.text}${item.detail ? ` — ${item.detail}` : ''}${ref(item.note)}`,
            ),
          ]
            .filter(Boolean)
            .join('\n'),
        ),
      ]),
    );
  }
  lines.push('', toCsvLine(['Source', 'Publisher', 'Title', 'Reference period', 'Retrieved', 'URL']));
  for (const { number, source } of model.sources) {
    lines.push(
      toCsvLine([
        `[${number}]`,
        source.publisher,
        source.title,
        source.referencePeriod ?? '',
        source.retrievedOn ? formatDate(source.retrievedOn) : '',
        source.url ?? '',
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
