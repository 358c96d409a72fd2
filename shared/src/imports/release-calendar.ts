import type { ReleaseExpectation } from './imports.contract.js';
import { MONTH_NAMES } from '../common/months.js';

/** BLS publishes OEWS estimates for May of year Y around April of Y+1 (May 2024 on 2 April 2025). */
const OEWS_MONTH = 3;
/** Employment Projections for Y–(Y+10) around September of Y+1 (2024–34 on 28 August 2025). */
const PROJECTIONS_MONTH = 8;

/** The newest year whose release is out by `today`, published in `month` of the year after. */
function newestPublished(today: Date, month: number): number {
  return today.getUTCMonth() >= month ? today.getUTCFullYear() - 1 : today.getUTCFullYear() - 2;
}

/** The release to watch: the first one not held, whether already out or still ahead. */
function nextYear(newestHeld: number | null, published: number): number {
  if (newestHeld === null) return published;
  return newestHeld < published ? newestHeld + 1 : published + 1;
}

/**
 * The next BLS releases Careerscope needs, from BLS's usual calendar: for each series the first
 * release not imported yet, saying whether it should already be out. The one calendar the API's
 * freshness answer, the dashboard and the freshness page show.
 */
export function releaseCalendar(
  today: Date,
  newestOews: number | null,
  newestProjectionBase: number | null,
): ReleaseExpectation[] {
  const oewsPublished = newestPublished(today, OEWS_MONTH);
  const oews = nextYear(newestOews, oewsPublished);
  const projectionsPublished = newestPublished(today, PROJECTIONS_MONTH);
  const base = nextYear(newestProjectionBase, projectionsPublished);
  return [
    {
      kind: 'oews',
      covers: `May ${oews}`,
      expected: `${MONTH_NAMES[OEWS_MONTH]} ${oews + 1}`,
      published: oews <= oewsPublished,
      imported: newestOews !== null && newestOews >= oews,
    },
    {
      kind: 'projections',
      covers: `${base}–${String(base + 10).slice(-2)}`,
      expected: `${MONTH_NAMES[PROJECTIONS_MONTH]} ${base + 1}`,
      published: base <= projectionsPublished,
      imported: newestProjectionBase !== null && newestProjectionBase >= base,
    },
  ];
}
