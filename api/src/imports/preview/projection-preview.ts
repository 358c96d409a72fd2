import type { ImportFigureChange, ImportRowPreview, ProjectionValueField } from '@careerscope/shared';
import type { ProjectionRow, ProjectionsRelease } from '../parsing/projections.parser';
import { DEFAULT_SUSPICIOUS_CHANGE_PERCENT, TrackedOccupation } from './wage-preview';

export interface StoredProjection {
  socCode: string;
  baseYear: number;
  targetYear: number;
  baseEmployment: number;
  targetEmployment: number;
  numericChange: number;
  percentChange: number;
  allOccupationsPercentChange: number;
}

export interface ProjectionRowPreview extends ImportRowPreview {
  incoming: ProjectionRow;
}

const FIELDS: Array<Exclude<ProjectionValueField, 'averageAnnualOpenings'>> = [
  'baseEmployment',
  'targetEmployment',
  'numericChange',
  'percentChange',
  'allOccupationsPercentChange',
];

/** Compares a projections release with what is stored, per tracked occupation. */
export function previewProjections(
  release: ProjectionsRelease,
  occupations: TrackedOccupation[],
  stored: StoredProjection[],
  suspiciousChangePercent = DEFAULT_SUSPICIOUS_CHANGE_PERCENT,
) {
  const byCode = new Map(release.rows.map((row) => [row.socCode, row]));
  const storedByCode = new Map(
    stored
      .filter(
        (projection) =>
          projection.baseYear === release.baseYear && projection.targetYear === release.targetYear,
      )
      .map((projection) => [projection.socCode, projection]),
  );
  const rows: ProjectionRowPreview[] = [];
  const unmatched: TrackedOccupation[] = [];
  for (const occupation of occupations) {
    const incoming = byCode.get(occupation.socCode);
    if (!incoming) {
      unmatched.push(occupation);
      continue;
    }
    const next: Record<(typeof FIELDS)[number], number> = {
      ...incoming,
      allOccupationsPercentChange: release.allOccupationsPercentChange,
    };
    const current = storedByCode.get(occupation.socCode);
    const figures: ImportFigureChange[] = [];
    for (const field of FIELDS) {
      const before = current ? current[field] : null;
      if (before === next[field]) continue;
      const changePercent =
        before !== null && before !== 0 ? ((next[field] - before) / Math.abs(before)) * 100 : null;
      figures.push({
        field,
        current: before === null ? null : { value: before, flag: null },
        incoming: { value: next[field], flag: null },
        changePercent,
        suspicious: changePercent !== null && Math.abs(changePercent) > suspiciousChangePercent,
      });
    }
    rows.push({
      occupationSlug: occupation.slug,
      occupationTitle: occupation.title,
      socCode: occupation.socCode,
      areaCode: null,
      areaName: null,
      status: !current ? 'new' : figures.length > 0 ? 'changed' : 'unchanged',
      figures,
      incoming,
    });
  }
  const count = (status: ImportRowPreview['status']) => rows.filter((row) => row.status === status).length;
  return {
    rows,
    unmatched,
    counts: {
      new: count('new'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      unmatched: unmatched.length,
      suspicious: rows.filter(
        (row) => row.status === 'changed' && row.figures.some((figure) => figure.suspicious),
      ).length,
    },
  };
}
