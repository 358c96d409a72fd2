import type { Routes } from '@angular/router';

export const routes: Routes = [
  {
    path: '',
    title: 'Reviews · Careerscope admin',
    loadComponent: () => import('./review-queue.page').then((m) => m.ReviewQueuePage),
  },
  {
    path: ':id',
    title: 'Review · Careerscope admin',
    loadComponent: () => import('./review.page').then((m) => m.ReviewPage),
  },
];
