import type { Routes } from '@angular/router';

import { resolvePage } from '../core/page/resolve-page';

export const homeRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./home-page').then((m) => m.HomePage),
    resolve: { page: resolvePage((api) => api.home(), { bySlug: false }) },
  },
];
