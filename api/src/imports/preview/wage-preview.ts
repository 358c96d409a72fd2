import { WAGE_VALUE_FIELDS, WageFlag, WageValueField } from '@careerscope/shared';
import type { OewsRelease, OewsRow } from '../parsing/oews.parser';

/** What is stored today for one SOC code × area × period. */
export interface StoredWage {
  socCode: string;
  areaCode: string;
  periodYear: number;
  referencePeriod: string;
  values: Record<WageValueField, number | null>;
  flags: Partial<Record<WageValueField, WageFlag>>;
}

/** The occupations an import concerns, and the SOC code each is measured by in the release's year. */
export interface TrackedOccupation {
  slug: string;
  title: string;
  socCode: string;
  /** An occupation the import would create (an in-scope code no occupation measures yet). */
  proposed?: boolean;
}

export type RowStatus = 'new' | 'changed' | 'unchanged';

export interface FigureChange {
  field: WageValueField;
  current: { value: number | null; flag: WageFlag | null } | null;
  incoming: { value: number | null; flag: WageFlag | null };
  /** Relative change in percent when both are numbers. */
  changePercent: number | null;
  /** Moved more than the threshold, or turned from a number into a flag (or back). */
  suspicious: boolean;
  /** For a row of a period not held yet: the newest earlier period's figure it is compared with. */
  previous: { value: number | null; flag: WageFlag | null; referencePeriod: string } | null;
}

export interface WageRowPreview {
  occupationSlug: string;
  occupationTitle: string;
  socCode: string;
  areaCode: string;
  areaName: string;
  status: RowStatus;
  /** Every figure for a new row; only the differing ones for a changed row. */
  figures: FigureChange[];
  incoming: OewsRow;
}

export interface WagePreview {
  referencePeriod: string;
  periodYear: number;
  rows: WageRowPreview[];
  /** Occupations the release has no row for (their SOC code is not in the file). */
  unmatched: TrackedOccupation[];
  counts: { new: number; changed: number; unchanged: number; unmatched: number; suspicious: number };
}

export const DEFAULT_SUSPICIOUS_CHANGE_PERCENT = 20;

/**
 * The row with the stored figures kept where the file has no column for them (a spreadsheet saved
 * without the hourly columns): applying it then leaves those figures as they are instead of
 * blanking them.
 */
function keepUncarried(row: OewsRow, stored: StoredWage, carried: Set<WageValueField> | null): OewsRow {
  if (!carried) return row;
  const values = { ...row.values };
  const flags = { ...row.flags };
  for (const field of WAGE_VALUE_FIELDS) {
    if (carried.has(field)) continue;
    values[field] = stored.values[field];
    if (stored.flags[field]) flags[field] = stored.flags[field];
    else delete flags[field];
  }
  return { ...row, values, flags };
}

function same(
  a: { value: number | null; flag: WageFlag | null },
  b: { value: number | null; flag: WageFlag | null },
) {
  return a.flag === b.flag && a.value === b.value;
}

/**
 * Compares a parsed OEWS release with what is stored, per tracked occupation and area: new rows,
 * changed figures (before → after, with the relative change), unchanged rows, and occupations the
 * release does not cover. Pure: the caller loads what is stored and decides what to write.
 */
export function previewWages(
  release: OewsRelease,
  occupations: TrackedOccupation[],
  stored: StoredWage[],
  suspiciousChangePercent = DEFAULT_SUSPICIOUS_CHANGE_PERCENT,
): WagePreview {
  const storedByKey = new Map(
    stored.map((wage) => [`${wage.socCode}/${wage.areaCode}/${wage.periodYear}`, wage]),
  );
  // The newest period before the release's, per SOC code × area.
  const previousByKey = new Map<string, StoredWage>();
  for (const wage of stored) {
    if (wage.periodYear >= release.periodYear) continue;
    const key = `${wage.socCode}/${wage.areaCode}`;
    const held = previousByKey.get(key);
    if (!held || held.periodYear < wage.periodYear) previousByKey.set(key, wage);
  }
  const rowsByCode = new Map<string, OewsRow[]>();
  for (const row of release.rows) {
    rowsByCode.set(row.socCode, [...(rowsByCode.get(row.socCode) ?? []), row]);
  }
  // The figures the file has columns for (all of them when the parser does not say).
  const carried = release.valueFields ? new Set<WageValueField>(release.valueFields) : null;
  const rows: WageRowPreview[] = [];
  const unmatched: TrackedOccupation[] = [];
  for (const occupation of occupations) {
    const incomingRows = rowsByCode.get(occupation.socCode);
    if (!incomingRows) {
      unmatched.push(occupation);
      continue;
    }
    for (const read of incomingRows) {
      const current = storedByKey.get(`${read.socCode}/${read.areaCode}/${release.periodYear}`);
      const incoming = current ? keepUncarried(read, current, carried) : read;
      const earlier = current ? undefined : previousByKey.get(`${incoming.socCode}/${incoming.areaCode}`);
      const figures: FigureChange[] = [];
      for (const field of WAGE_VALUE_FIELDS) {
        // A figure the file has no column for is neither news nor a change.
        if (carried && !carried.has(field) && !current) continue;
        const next = { value: incoming.values[field], flag: incoming.flags[field] ?? null };
        const before = current ? { value: current.values[field], flag: current.flags[field] ?? null } : null;
        if (before && same(before, next)) continue;
        const previous = earlier
          ? {
              value: earlier.values[field],
              flag: earlier.flags[field] ?? null,
              referencePeriod: earlier.referencePeriod,
            }
          : null;
        const basis = before ?? previous;
        const changePercent =
          basis?.value != null && next.value !== null && basis.value !== 0
            ? ((next.value - basis.value) / basis.value) * 100
            : null;
        const flagFlip = basis !== null && (basis.flag === null) !== (next.flag === null);
        figures.push({
          field,
          current: before,
          incoming: next,
          changePercent,
          suspicious:
            flagFlip || (changePercent !== null && Math.abs(changePercent) > suspiciousChangePercent),
          previous,
        });
      }
      rows.push({
        occupationSlug: occupation.slug,
        occupationTitle: occupation.title,
        socCode: incoming.socCode,
        areaCode: incoming.areaCode,
        areaName: incoming.areaName,
        status: !current ? 'new' : figures.length > 0 ? 'changed' : 'unchanged',
        figures,
        incoming,
      });
    }
  }
  const count = (status: RowStatus) => rows.filter((row) => row.status === status).length;
  return {
    referencePeriod: release.referencePeriod,
    periodYear: release.periodYear,
    rows,
    unmatched,
    counts: {
      new: count('new'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      unmatched: unmatched.length,
      suspicious: rows.filter(
        (row) => row.status !== 'unchanged' && row.figures.some((figure) => figure.suspicious),
      ).length,
    },
  };
}
