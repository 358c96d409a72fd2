import type { Routes } from '@angular/router';

import { resolvePage } from '../core/page/resolve-page';

export const careersRoutes: Routes = [
  {
    path: ':slug',
    loadComponent: () => import('./occupation-page').then((m) => m.OccupationPage),
    resolve: { page: resolvePage((api, slug) => api.occupation(slug), { bySlug: true }) },
  },
];
