import type { Routes } from '@angular/router';

/** Every page is its own lazy chunk; a feature's routes live in its folder. */
export const routes: Routes = [
  { path: '', pathMatch: 'full', loadChildren: () => import('./home/home.routes').then((m) => m.homeRoutes) },
  {
    path: 'compare',
    loadChildren: () => import('./comparison/comparison.routes').then((m) => m.comparisonRoutes),
  },
  { path: 'careers', loadChildren: () => import('./careers/careers.routes').then((m) => m.careersRoutes) },
  { path: '**', loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage) },
];
