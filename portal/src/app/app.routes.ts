import type { Routes } from '@angular/router';

import { changesPageNumber } from './changes/changes-query';
import { resolvePage } from './core/page/resolve-page';

/** Every page is its own lazy chunk; a feature's routes live in its folder. */
export const routes: Routes = [
  { path: '', pathMatch: 'full', loadChildren: () => import('./home/home.routes').then((m) => m.homeRoutes) },
  {
    path: 'compare',
    loadChildren: () => import('./comparison/comparison.routes').then((m) => m.comparisonRoutes),
  },
  { path: 'careers', loadChildren: () => import('./careers/careers.routes').then((m) => m.careersRoutes) },
  { path: 'schools', loadChildren: () => import('./schools/schools.routes').then((m) => m.schoolsRoutes) },
  {
    path: 'sources',
    loadComponent: () => import('./sources/sources-page').then((m) => m.SourcesPage),
    resolve: { page: resolvePage((api) => api.sources(), { bySlug: false }) },
  },
  {
    path: 'about-data',
    loadComponent: () => import('./about/about-data-page').then((m) => m.AboutDataPage),
    resolve: { page: resolvePage((api) => api.publication(), { bySlug: false }) },
  },
  {
    path: 'changes',
    loadComponent: () => import('./changes/changes-page').then((m) => m.ChangesPage),
    runGuardsAndResolvers: 'paramsOrQueryParamsChange',
    resolve: {
      page: resolvePage(
        (api, _slug, route) => api.changes(changesPageNumber(route.queryParamMap.get('page'))),
        {
          bySlug: false,
        },
      ),
    },
  },
  { path: '**', loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage) },
];
