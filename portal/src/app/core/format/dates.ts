import { MONTH_NAMES } from '@careerscope/shared';

/**
 * Dates as the portal prints them, in UTC so the server and the browser print the same day (a
 * mismatch would break hydration). Written out rather than with Intl.DateTimeFormat, whose first use
 * on a page loads ICU's locale data on the main thread while the page hydrates.
 */

/** "2025-04-30T12:00:00Z" or "2025-04-30" → "April 30, 2025". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
