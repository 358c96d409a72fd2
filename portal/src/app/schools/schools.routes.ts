import type { Routes } from '@angular/router';
import { isSlug } from '@careerscope/shared';
import { catchError, forkJoin, map, of, throwError } from 'rxjs';

import { ApiError } from '../core/api/api-error';
import { resolvePage } from '../core/page/resolve-page';
import { MAX_COMPARED_SCHOOLS, filtersFromParams, toApiQuery } from './school-query';

export const schoolsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./schools-page').then((m) => m.SchoolsPage),
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
    resolve: {
      page: resolvePage(
        (api, _slug, route) => {
          const filters = filtersFromParams(route.queryParamMap);
          // A ZIP code the API cannot place is the visitor's to correct: the page says so beside the field.
          const results = api.schools(toApiQuery(filters)).pipe(
            map((found) => ({ found, zipError: null as string | null })),
            catchError((error: unknown) => {
              const field =
                error instanceof ApiError && error.status === 400 ? error.body.fields?.[0] : undefined;
              return field?.field === 'zip'
                ? of({ found: null, zipError: field.message })
                : throwError(() => error);
            }),
          );
          return forkJoin({ options: api.schoolFilters(filters.closed === '1'), results }).pipe(
            map(({ options, results }) => ({
              filters,
              options,
              results: results.found,
              zipError: results.zipError,
            })),
          );
        },
        { bySlug: false },
      ),
    },
  },
  {
    path: 'compare',
    loadComponent: () => import('./school-compare-page').then((m) => m.SchoolComparePage),
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
    resolve: {
      page: resolvePage(
        (api, _slug, route) => {
          const slugs = [
            ...new Set(
              route.queryParamMap
                .getAll('s')
                .flatMap((value) => value.split(','))
                .map((s) => s.trim()),
            ),
          ].filter(Boolean);
          if (slugs.length === 0 || slugs.length > MAX_COMPARED_SCHOOLS || !slugs.every(isSlug))
            return of(null);
          const zip = route.queryParamMap.get('zip') ?? '';
          return forkJoin(slugs.map((slug) => api.school(slug, /^[0-9]{5}$/.test(zip) ? zip : undefined)));
        },
        { bySlug: false, invalidIsNotFound: true },
      ),
    },
  },
  {
    path: ':slug',
    loadComponent: () => import('./school-page').then((m) => m.SchoolPage),
    resolve: {
      page: resolvePage(
        (api, slug, route) => {
          const zip = route.queryParamMap.get('zip') ?? '';
          return api.school(slug, /^[0-9]{5}$/.test(zip) ? zip : undefined);
        },
        { bySlug: true },
      ),
    },
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
  },
];
