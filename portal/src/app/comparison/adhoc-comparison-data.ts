import type {
  CatalogueEntryView,
  OccupationSummaryView,
  PublicOccupationResponse,
  PublicationInfo,
} from '@careerscope/shared';
import { type Observable, catchError, forkJoin, map, of, switchMap, throwError } from 'rxjs';

import { ApiError } from '../core/api/api-error';
import type { PublicApiClient } from '../core/api/public-api.client';
import type { ComparisonPageData } from './comparison-data';
import { type SelectionProblem, parseSelection, selectionProblem } from './compare-selection';

/** How many matches the builder's search offers at once. */
export const BUILDER_SEARCH_SIZE = 10;

/** The builder's search of the catalogue: its words, the first matches and how many there are. */
export interface BuilderSearch {
  q: string;
  matches: CatalogueEntryView[];
  total: number;
}

/** What `/compare?o=…[&q=…]` needs: the selection, a search of the catalogue, and the comparison. */
export interface AdhocComparisonData {
  slugs: string[];
  /** In selection order. */
  selected: OccupationSummaryView[];
  /** Null without `?q=`. */
  search: BuilderSearch | null;
  publication: PublicationInfo;
  problem: SelectionProblem;
  /** Null unless 2–5 occupations are selected. */
  comparison: ComparisonPageData | null;
}

/** The search words of `?q=`: trimmed, at most 100 characters. */
export function parseBuilderQuery(value: string | null | undefined): string {
  return (value ?? '').trim().slice(0, 100);
}

/** An occupation, or null when the API does not know it. */
function occupationOrNull(api: PublicApiClient, slug: string): Observable<PublicOccupationResponse | null> {
  return api
    .occupation(slug)
    .pipe(
      catchError((error: unknown) =>
        error instanceof ApiError && error.status === 404 ? of(null) : throwError(() => error),
      ),
    );
}

/**
 * Null (404) when a value is not a slug or names no published occupation. Only the selected
 * occupations and the matches of a search are loaded, never the whole catalogue.
 */
export function loadAdhocComparison(
  api: PublicApiClient,
  values: readonly string[],
  q: string,
): Observable<AdhocComparisonData | null> {
  const slugs = parseSelection(values);
  if (slugs === null) return of(null);
  const problem = selectionProblem(slugs);
  // Too many names: the page explains the bound first, so none of them is looked up.
  const occupations$ =
    slugs.length && problem !== 'too-many'
      ? forkJoin(slugs.map((slug) => occupationOrNull(api, slug)))
      : of([] as (PublicOccupationResponse | null)[]);
  const search$ = q ? api.occupations({ q, pageSize: BUILDER_SEARCH_SIZE }) : of(null);
  return forkJoin({ occupations: occupations$, search: search$ }).pipe(
    switchMap(({ occupations, search }) => {
      const found = occupations.filter((occupation): occupation is PublicOccupationResponse => !!occupation);
      if (problem !== 'too-many' && found.length < slugs.length) return of(null);
      const known = found[0]?.publication ?? search?.publication;
      const publication$ = known ? of(known) : api.publication();
      const comparison$: Observable<ComparisonPageData | null> =
        problem === null
          ? api.compare(slugs).pipe(map((comparison) => ({ comparison, occupations: found })))
          : of(null);
      return forkJoin({ publication: publication$, comparison: comparison$ }).pipe(
        map(({ publication, comparison }) => ({
          slugs,
          selected: found.map(({ id, slug, title, shortTitle, socCode, summaryHtml }) => ({
            id,
            slug,
            title,
            shortTitle,
            socCode,
            summaryHtml,
          })),
          search: search ? { q, matches: search.items, total: search.total } : null,
          publication,
          problem,
          comparison,
        })),
      );
    }),
  );
}
