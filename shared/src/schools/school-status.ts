import type { ProgramView, SchoolSummaryView } from '../public/public.contract.js';
import { MONTH_NAMES } from '../common/months.js';

/** "Closed in June 2023" for a school IPEDS reports closed (`closedOn` 2023-06-30); null while it is open. */
export function schoolClosedMark(school: Pick<SchoolSummaryView, 'closedOn'>): string | null {
  const closedOn = school.closedOn ?? null;
  if (closedOn === null) return null;
  const match = /^(\d{4})-(\d{2})/.exec(closedOn);
  if (!match) return 'Closed';
  const month = MONTH_NAMES[Number(match[2]) - 1];
  return month ? `Closed in ${month} ${match[1]}` : `Closed in ${match[1]}`;
}

/**
 * "No awards reported in 2022–23" for a program the newest IPEDS completions file (c2023_a: awards
 * from July 2022 to June 2023) no longer lists; null while it is reported.
 */
export function programVanishedMark(program: Pick<ProgramView, 'vanishedIn'>): string | null {
  const year = program.vanishedIn ?? null;
  if (year === null) return null;
  return `No awards reported in ${year - 1}–${String(year).slice(-2)}`;
}
