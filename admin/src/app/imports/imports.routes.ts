import {
  HttpBackend,
  HttpXhrBackend,
  provideHttpClient,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import type { Routes } from '@angular/router';
import { CSRF_COOKIE, CSRF_HEADER } from '@careerscope/shared';

import { AdminApiClient } from '../core/api/admin-api.client';
import { apiErrorInterceptor } from '../core/api/api-error.interceptor';

const title = (page: string): string => `${page} · Careerscope admin`;

export const routes: Routes = [
  {
    path: '',
    providers: [
      // fetch() cannot report upload progress, so this feature's HttpClient (and its own instance of
      // the API client) uses XMLHttpRequest, with the same CSRF header and error handling as the app's.
      provideHttpClient(
        withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
        withInterceptors([apiErrorInterceptor]),
      ),
      { provide: HttpBackend, useExisting: HttpXhrBackend },
      AdminApiClient,
    ],
    children: [
      {
        path: '',
        title: title('Imports'),
        loadComponent: () => import('./import-history.page').then((m) => m.ImportHistoryPage),
      },
      {
        path: 'upload',
        title: title('Upload a data file'),
        loadComponent: () => import('./import-upload.page').then((m) => m.ImportUploadPage),
      },
      {
        path: 'freshness',
        title: title('Data freshness'),
        loadComponent: () => import('./freshness.page').then((m) => m.FreshnessPage),
      },
      {
        path: 'soc-codes',
        title: title('SOC code periods'),
        loadComponent: () => import('./soc-codes.page').then((m) => m.SocCodesPage),
      },
      {
        path: 'scope',
        title: title('Catalogue scope'),
        loadComponent: () => import('./catalogue-scope.page').then((m) => m.CatalogueScopePage),
      },
      {
        path: ':id',
        title: title('Import preview'),
        loadComponent: () => import('./import-preview.page').then((m) => m.ImportPreviewPage),
      },
    ],
  },
];
