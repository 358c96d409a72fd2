import type { ComparisonView, PublicOccupationResponse } from '@careerscope/shared';
import { type Observable, forkJoin, map, of, switchMap } from 'rxjs';

import type { PublicApiClient } from '../core/api/public-api.client';

/** A comparison and the full views of its occupations (for charts and state wages). */
export interface ComparisonPageData {
  comparison: ComparisonView;
  occupations: PublicOccupationResponse[];
}

export function withOccupations(
  api: PublicApiClient,
  comparison$: Observable<ComparisonView>,
): Observable<ComparisonPageData> {
  return comparison$.pipe(
    switchMap((comparison) =>
      (comparison.occupationSlugs.length
        ? forkJoin(comparison.occupationSlugs.map((slug) => api.occupation(slug)))
        : of([] as PublicOccupationResponse[])
      ).pipe(map((occupations) => ({ comparison, occupations }))),
    ),
  );
}

/** `?state=wi` → "WI"; anything else → null. */
export function parseState(value: string | undefined | null): string | null {
  const state = (value ?? '').trim().toUpperCase();
  return /^[A-Z]{2}$/.test(state) ? state : null;
}
