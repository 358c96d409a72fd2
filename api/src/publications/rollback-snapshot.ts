import {
  DELIVERY_MODES,
  DeliveryMode,
  OccupationView,
  SchoolSummaryView,
  SourceView,
} from '@careerscope/shared';
import { stableJson } from '../common/stable-json';
import { schoolSourceIds } from '../public/school-locations';
import { schoolItems } from './comparison-cells';
import type { PublicSnapshot } from './public-snapshot';
import {
  comparisonSourceIds,
  occupationSourceIds,
  schoolsByOccupation,
  schoolsOfOccupation,
} from './snapshot-builder.service';

/** Comparison slug → row key → the delivery mode the working copy gives that `schools` row. */
export type WorkingRowDeliveries = Map<string, Map<string, DeliveryMode | null>>;

/**
 * What a rollback by someone who may not manage schools publishes: the earlier publication's content
 * with the schools and programs of the current one. Schools are the admins' to add and take down; an
 * editor's rollback must not bring back a school an admin removed (or drop one an admin added).
 * Everything that shows schools follows: the school directory, each occupation's schools and the
 * sources they cite, and the `schools` rows of comparisons.
 */
export function withCurrentSchools(
  earlier: PublicSnapshot,
  current: PublicSnapshot,
  workingDeliveries: WorkingRowDeliveries,
): PublicSnapshot {
  const occupationBySlug = new Map(earlier.occupations.map((occupation) => [occupation.slug, occupation]));
  // As publishing does: programs only of occupations the publication has, named as it names them.
  const schools: SchoolSummaryView[] = current.schools.map((school) => ({
    ...school,
    programs: school.programs
      .filter((program) => occupationBySlug.has(program.occupationSlug))
      .map((program) => ({
        ...program,
        occupationTitle: (occupationBySlug.get(program.occupationSlug) as OccupationView).title,
      })),
  }));
  if (stableJson(schools) === stableJson(earlier.schools)) return earlier;

  // A source as the earlier publication showed it; one only the current schools cite, as now.
  const sourcePool = new Map<string, SourceView>();
  for (const snapshot of [current, earlier]) {
    for (const source of [...snapshot.sources, ...snapshot.occupations.flatMap((item) => item.sources)]) {
      sourcePool.set(source.id, source);
    }
  }
  const sourcesOf = (ids: string[]) =>
    ids.map((id) => sourcePool.get(id)).filter((source): source is SourceView => source !== undefined);

  const offeringBySlug = schoolsByOccupation(schools);
  const occupations: OccupationView[] = earlier.occupations.map((occupation) => {
    const own = schoolsOfOccupation(offeringBySlug.get(occupation.slug));
    const view = { ...occupation, schools: own.featured, schoolCount: own.count };
    return { ...view, sources: sourcesOf(occupationSourceIds(view)) };
  });
  const restoredBySlug = new Map(occupations.map((occupation) => [occupation.slug, occupation]));

  const comparisons = earlier.comparisons.map((comparison) => {
    const rows = comparison.rows.map((row) => {
      if (row.kind !== 'schools') return row;
      const delivery = rowDelivery(
        row.cells.map((cell) => ({ cell, occupation: occupationBySlug.get(cell.occupationSlug) })),
        workingDeliveries.get(comparison.slug)?.get(row.key),
      );
      return {
        ...row,
        cells: row.cells.map((cell) => {
          const occupation = restoredBySlug.get(cell.occupationSlug);
          return occupation ? { ...cell, items: schoolItems(occupation, delivery) } : cell;
        }),
      };
    });
    return { ...comparison, rows, sources: sourcesOf(comparisonSourceIds(rows)) };
  });

  const cited = new Set([
    ...occupations.flatMap((occupation) => occupation.sources.map((source) => source.id)),
    ...comparisons.flatMap((comparison) => comparison.sources.map((source) => source.id)),
    ...schools.flatMap(schoolSourceIds),
  ]);
  return {
    sources: [...sourcePool.values()]
      .filter((source) => cited.has(source.id))
      .sort((a, b) => a.key.localeCompare(b.key)),
    occupations,
    comparisons,
    schools,
  };
}

/**
 * The delivery mode a `schools` row filtered by when it was published (the view does not store it):
 * the one that lists exactly the schools its cells listed. When several would, the working copy's
 * mode for the row settles it if it is one of them; else a mode is taken before "any".
 */
function rowDelivery(
  cells: { cell: { items: unknown[] }; occupation: OccupationView | undefined }[],
  working: DeliveryMode | null | undefined,
): DeliveryMode | null {
  // A mode before "any": rows are mostly per mode (campus, online), and a row for every school that
  // fits one mode only too is the rarer case.
  const candidates = [...DELIVERY_MODES, null].filter((delivery) =>
    cells.every(
      ({ cell, occupation }) =>
        occupation !== undefined && stableJson(schoolItems(occupation, delivery)) === stableJson(cell.items),
    ),
  );
  if (working !== undefined && candidates.includes(working)) return working;
  return candidates[0] ?? working ?? null;
}
