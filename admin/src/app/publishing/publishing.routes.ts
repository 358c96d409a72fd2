import type { Routes } from '@angular/router';

export const routes: Routes = [
  {
    path: '',
    title: 'Publishing · Careerscope admin',
    loadComponent: () => import('./publishing.page').then((m) => m.PublishingPage),
  },
];
