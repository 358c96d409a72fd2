import type { Routes } from '@angular/router';

import { resolvePage } from '../core/page/resolve-page';

export const comparisonRoutes: Routes = [
  {
    path: ':slug',
    loadComponent: () => import('./comparison-page').then((m) => m.ComparisonPage),
    resolve: { page: resolvePage((api, slug) => api.comparison(slug), { bySlug: true }) },
  },
];
