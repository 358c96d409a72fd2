/**
 * Dates as the portal prints them. Fixed to UTC so the server and the browser print the same day
 * (a mismatch would break hydration).
 */
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** "2025-04-30T12:00:00Z" or "2025-04-30" → "April 30, 2025". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}
