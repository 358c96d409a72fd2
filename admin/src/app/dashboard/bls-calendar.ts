/**
 * When BLS publishes what Careerscope needs, as a rule of thumb from its past schedule:
 * OEWS estimates for May of year Y come out in late March or April of Y+1 (May 2024 on 2 April 2025);
 * Employment Projections for Y–(Y+10) come out in late August or early September of Y+1
 * (2024–2034 on 28 August 2025). A few weeks of grace before a figure counts as overdue.
 */
export interface ExpectedRelease {
  series: 'OEWS wages' | 'Employment Projections';
  covers: string;
  expected: string;
  /** ISO date around which it is expected. */
  on: string;
}

const OEWS_MONTH = 3; // April (0-based)
const EP_MONTH = 8; // September

/** The newest OEWS reference year that should be out by `today` (with a month of grace). */
export function expectedOewsYear(today: Date): number {
  const year = today.getUTCFullYear();
  return today.getUTCMonth() > OEWS_MONTH ? year - 1 : year - 2;
}

/** The newest Employment Projections base year that should be out by `today`. */
export function expectedProjectionBaseYear(today: Date): number {
  const year = today.getUTCFullYear();
  return today.getUTCMonth() > EP_MONTH ? year - 1 : year - 2;
}

export function nextReleases(today: Date): ExpectedRelease[] {
  const year = today.getUTCFullYear();
  const oewsYear = today.getUTCMonth() < OEWS_MONTH ? year : year + 1;
  const epYear = today.getUTCMonth() < EP_MONTH ? year : year + 1;
  const releases: ExpectedRelease[] = [
    {
      series: 'OEWS wages',
      covers: `May ${oewsYear - 1} wage estimates`,
      expected: `late March to April ${oewsYear}`,
      on: `${oewsYear}-04-01`,
    },
    {
      series: 'Employment Projections',
      covers: `${epYear - 1}–${epYear + 9} projections`,
      expected: `late August to early September ${epYear}`,
      on: `${epYear}-09-01`,
    },
  ];
  return releases.sort((a, b) => a.on.localeCompare(b.on));
}
