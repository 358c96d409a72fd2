import { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth.guards';

const title = (page: string): string => `${page} · Careerscope admin`;

/**
 * `/sign-in` is the only public page; everything else sits behind `authGuard` inside the layout.
 * A feature adds its own `<feature>/<feature>.routes.ts` and one `loadChildren` entry here
 * (with `canActivate: [roleGuard('admin')]` when only admins may use it).
 */
export const routes: Routes = [
  {
    path: 'sign-in',
    title: title('Sign in'),
    loadComponent: () => import('./sign-in/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: '',
    loadComponent: () => import('./core/layout/admin-layout.component').then((m) => m.AdminLayoutComponent),
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: title('Dashboard'),
        loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
      },
      {
        path: 'forbidden',
        title: title('Not allowed'),
        loadComponent: () => import('./forbidden/forbidden.page').then((m) => m.ForbiddenPage),
      },
      {
        path: '**',
        title: title('Page not found'),
        loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
