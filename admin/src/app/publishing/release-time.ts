import { DEFAULT_RELEASE_TIME, RELEASE_TIME_ZONE, zonedTimeToUtc } from '@careerscope/shared';

/** The browser's time zone, e.g. `Europe/Berlin`. */
export function editorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function format(instant: Date, timeZone: string): string {
  return instant.toLocaleString('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

/** A release time in the editor's zone and in Eastern time (once when they are the same zone). */
export function inBothZones(
  iso: string,
  zone = editorTimeZone(),
): { editor: string; eastern: string | null } {
  const instant = new Date(iso);
  const editor = format(instant, zone);
  const eastern = format(instant, RELEASE_TIME_ZONE);
  return { editor, eastern: eastern === editor ? null : eastern };
}

/** Today's date in New York as YYYY-MM-DD (the default day of a release). */
export function easternToday(now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: RELEASE_TIME_ZONE });
}

/** The instant for a date and a wall-clock time in Eastern time (10:00 unless given). */
export function easternRelease(date: string, time = DEFAULT_RELEASE_TIME): Date | null {
  return zonedTimeToUtc(date, time, RELEASE_TIME_ZONE);
}
