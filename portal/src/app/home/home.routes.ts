import { inject } from '@angular/core';
import { type ActivatedRouteSnapshot, Router, type Routes } from '@angular/router';

import { resolvePage } from '../core/page/resolve-page';

export const homeRoutes: Routes = [
  {
    path: '',
    // The home page once searched careers in place (`/?q=coder`); the finder does that now.
    canActivate: [
      (route: ActivatedRouteSnapshot) => {
        const q = route.queryParamMap.get('q');
        return q ? inject(Router).createUrlTree(['/careers'], { queryParams: { q } }) : true;
      },
    ],
    loadComponent: () => import('./home-page').then((m) => m.HomePage),
    resolve: { page: resolvePage((api) => api.home(), { bySlug: false }) },
  },
];
