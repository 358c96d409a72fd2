import { formatDate } from '../core/format/dates';
import { htmlToText } from '../core/seo/page-meta';
import type { ComparisonModel } from './comparison-model';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string): string {
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
