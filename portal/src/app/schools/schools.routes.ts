import type { Routes } from '@angular/router';
import { isSlug } from '@careerscope/shared';
import { forkJoin, map, of } from 'rxjs';

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
          return forkJoin({ options: api.schoolFilters(), results: api.schools(toApiQuery(filters)) }).pipe(
            map(({ options, results }) => ({ filters, options, results })),
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
          return forkJoin(slugs.map((slug) => api.school(slug)));
        },
        { bySlug: false, invalidIsNotFound: true },
      ),
    },
  },
  {
    path: ':slug',
    loadComponent: () => import('./school-page').then((m) => m.SchoolPage),
    resolve: { page: resolvePage((api, slug) => api.school(slug), { bySlug: true }) },
  },
];
