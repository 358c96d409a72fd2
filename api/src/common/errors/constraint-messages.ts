import type { FieldError } from '@careerscope/shared';

export interface ConstraintProblem {
  message: string;
  fields: FieldError[];
}

/** "wage_statistics" → "wage statistic", "accreditation_bodies" → "accreditation body". */
export function recordLabel(table: string): string {
  return words(table.replace(/ies$/, 'y').replace(/s$/, ''));
}

/** "soc_code" → "SOC code", "occupation_id" → "occupation". */
function words(column: string): string {
  return column
    .replace(/_id$/, '')
    .split('_')
    .map((word) => (['soc', 'url', 'ipeds', 'totp'].includes(word) ? word.toUpperCase() : word))
    .join(' ');
}

/** "occupation_id" → "occupationId": the field as the API's bodies name it. */
function fieldName(column: string): string {
  return column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const KEY =
  /^Key \((.+?)\)=\(.*\) (?:already exists|is not present in table "([^"]+)"|is still referenced from table "([^"]+)")/s;

/**
 * A unique or foreign-key violation in words a person can act on, naming the field instead of the
 * database constraint: "Another occupation already uses this slug". Read from PostgreSQL's
 * `detail` (`Key (slug)=(…) already exists.`), never echoing the values. Null when the detail is
 * not one of those shapes.
 */
export function describeConstraintViolation(
  code: string,
  table: string | undefined,
  detail: string | undefined,
): ConstraintProblem | null {
  const match = KEY.exec(detail ?? '');
  if (!match || !table) return null;
  const columns = match[1].split(',').map((column) => column.trim().replace(/^"|"$/g, ''));
  const [, , missingFrom, referencedFrom] = match;
  const label = recordLabel(table);
  let message: string;
  if (code === '23505') {
    message =
      columns.length === 1
        ? `Another ${label} already uses this ${words(columns[0])}`
        : `Another ${label} already has this ${list(columns.map(words))}`;
  } else if (code === '23503' && missingFrom) {
    message = `The ${recordLabel(missingFrom)} this ${label} refers to does not exist (any more)`;
  } else if (code === '23503' && referencedFrom) {
    const referrer = recordLabel(referencedFrom);
    return {
      message: `This ${label} cannot be deleted while ${referrer} records refer to it`,
      fields: [],
    };
  } else {
    return null;
  }
  return { message, fields: columns.map((column) => ({ field: fieldName(column), message })) };
}
