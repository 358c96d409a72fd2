import { Routes } from '@angular/router';

import { authGuard, roleGuard } from './core/auth/auth.guards';

const title = (page: string): string => `${page} · Careerscope admin`;

/**
 * `/sign-in` is the only public page; everything else sits behind `authGuard` inside the layout.
 * Each record type lives at its API path (`/wage-statistics`, `/schools/…`) with list, new, edit and
 * history routes from `recordRoutes`; admin-only areas add `roleGuard('admin')`.
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
        path: 'occupations',
        loadChildren: () => import('./occupations/occupations.routes').then((m) => m.occupationRoutes),
      },
      {
        path: 'occupation-sections',
        loadChildren: () => import('./occupations/occupations.routes').then((m) => m.sectionRoutes),
      },
      {
        path: 'occupation-certifications',
        loadChildren: () => import('./occupations/occupations.routes').then((m) => m.certificationRoutes),
      },
      {
        path: 'education-paths',
        loadChildren: () => import('./occupations/occupations.routes').then((m) => m.educationPathRoutes),
      },
      {
        path: 'work-settings',
        loadChildren: () => import('./occupations/occupations.routes').then((m) => m.workSettingRoutes),
      },
      {
        path: 'occupation-soc-codes',
        loadChildren: () => import('./occupations/occupations.routes').then((m) => m.socCodeRoutes),
      },
      { path: 'wage-statistics', loadChildren: () => import('./wages/wages.routes').then((m) => m.routes) },
      {
        path: 'employment-projections',
        loadChildren: () => import('./projections/projections.routes').then((m) => m.routes),
      },
      {
        path: 'accreditation-bodies',
        loadChildren: () => import('./accreditation/accreditation.routes').then((m) => m.routes),
      },
      {
        path: 'certifying-bodies',
        loadChildren: () =>
          import('./certification/certification.routes').then((m) => m.certifyingBodyRoutes),
      },
      {
        path: 'credentials',
        loadChildren: () => import('./certification/certification.routes').then((m) => m.credentialRoutes),
      },
      { path: 'schools', loadChildren: () => import('./schools/schools.routes').then((m) => m.schoolRoutes) },
      {
        path: 'programs',
        loadChildren: () => import('./schools/schools.routes').then((m) => m.programRoutes),
      },
      {
        path: 'ipeds-institutions',
        canActivate: [roleGuard('admin')],
        title: title('IPEDS institutions'),
        loadComponent: () => import('./schools/ipeds-institutions.page').then((m) => m.IpedsInstitutionsPage),
      },
      { path: 'sources', loadChildren: () => import('./sources/sources.routes').then((m) => m.routes) },
      {
        path: 'comparisons',
        loadChildren: () => import('./comparisons/comparisons.routes').then((m) => m.routes),
      },
      {
        path: 'comparison-rows',
        loadChildren: () => import('./comparisons/comparisons.routes').then((m) => m.rowRoutes),
      },
      { path: 'authors', loadChildren: () => import('./authors/authors.routes').then((m) => m.routes) },
      {
        path: 'publishing',
        loadChildren: () => import('./publishing/publishing.routes').then((m) => m.routes),
      },
      { path: 'reviews', loadChildren: () => import('./reviews/reviews.routes').then((m) => m.routes) },
      { path: 'imports', loadChildren: () => import('./imports/imports.routes').then((m) => m.routes) },
      {
        path: 'users',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('./users/users.routes').then((m) => m.routes),
      },
      {
        path: 'audit',
        canActivate: [roleGuard('admin')],
        title: title('Audit log'),
        loadComponent: () => import('./audit/audit-log.page').then((m) => m.AuditLogPage),
      },
      {
        path: 'webhooks',
        canActivate: [roleGuard('admin')],
        title: title('Webhooks'),
        loadComponent: () => import('./webhooks/webhooks.page').then((m) => m.WebhooksPage),
      },
      {
        path: 'account',
        title: title('Your account'),
        loadComponent: () => import('./account/account.page').then((m) => m.AccountPage),
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
