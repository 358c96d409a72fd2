import type { Routes } from '@angular/router';

import { resolvePage } from '../core/page/resolve-page';
import { loadAdhocComparison, parseBuilderQuery } from './adhoc-comparison-data';
import { withOccupations } from './comparison-data';

export const comparisonRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./adhoc-comparison-page').then((m) => m.AdhocComparisonPage),
    // A change of state only changes what the page shows, not what it loads.
    runGuardsAndResolvers: (from, to) =>
      from.queryParamMap.getAll('o').join() !== to.queryParamMap.getAll('o').join() ||
      from.queryParamMap.get('q') !== to.queryParamMap.get('q'),
    resolve: {
      page: resolvePage(
        (api, _slug, route) =>
          loadAdhocComparison(
            api,
            route.queryParamMap.getAll('o'),
            parseBuilderQuery(route.queryParamMap.get('q')),
          ),
        { bySlug: false, invalidIsNotFound: true },
      ),
    },
  },
  {
    path: ':slug',
    loadComponent: () => import('./comparison-page').then((m) => m.ComparisonPage),
    resolve: {
      page: resolvePage((api, slug) => withOccupations(api, api.comparison(slug)), { bySlug: true }),
    },
  },
];
