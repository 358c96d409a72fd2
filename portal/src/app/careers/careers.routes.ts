import type { Routes } from '@angular/router';
import { forkJoin, map } from 'rxjs';

import { resolvePage } from '../core/page/resolve-page';
import { careerFiltersFromParams, toCareerApiQuery } from './career-query';

export const careersRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./careers-page').then((m) => m.CareersPage),
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
    resolve: {
      page: resolvePage(
        (api, _slug, route) => {
          const filters = careerFiltersFromParams(route.queryParamMap);
          return forkJoin({
            results: api.occupations(toCareerApiQuery(filters)),
            sources: api.sources(),
          }).pipe(map(({ results, sources }) => ({ filters, results, sources: sources.items })));
        },
        { bySlug: false },
      ),
    },
  },
  {
    path: ':slug',
    loadComponent: () => import('./occupation-page').then((m) => m.OccupationPage),
    resolve: { page: resolvePage((api, slug) => api.occupation(slug), { bySlug: true }) },
  },
];
