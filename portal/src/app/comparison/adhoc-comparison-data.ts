import type { OccupationSummaryView, PublicationInfo } from '@careerscope/shared';
import { type Observable, map, of, switchMap } from 'rxjs';

import type { PublicApiClient } from '../core/api/public-api.client';
import { type ComparisonPageData, withOccupations } from './comparison-data';
import { type SelectionProblem, parseSelection, selectionProblem } from './compare-selection';

/** What `/compare?o=…` needs: the selection, every published occupation, and the comparison itself. */
export interface AdhocComparisonData {
  slugs: string[];
  /** In selection order. */
  selected: OccupationSummaryView[];
  available: OccupationSummaryView[];
  publication: PublicationInfo;
  problem: SelectionProblem;
  /** Null unless 2–5 occupations are selected. */
  comparison: ComparisonPageData | null;
}

/** Null (404) when a value is not a slug or names no published occupation. */
export function loadAdhocComparison(
  api: PublicApiClient,
  values: readonly string[],
): Observable<AdhocComparisonData | null> {
  const slugs = parseSelection(values);
  if (slugs === null) return of(null);
  return api.occupations().pipe(
    switchMap(({ publication, items }) => {
      const bySlug = new Map(items.map((item) => [item.slug, item]));
      const problem = selectionProblem(slugs);
      // Too many names: explain the bound first, whatever the names are.
      if (problem !== 'too-many' && !slugs.every((slug) => bySlug.has(slug))) return of(null);
      const base = {
        slugs,
        selected: slugs.flatMap((slug) => bySlug.get(slug) ?? []),
        available: items,
        publication,
        problem,
      };
      if (base.problem !== null) return of({ ...base, comparison: null });
      return withOccupations(api, api.compare(slugs)).pipe(map((comparison) => ({ ...base, comparison })));
    }),
  );
}
