import { recordRoutes } from '../records/record-routes';
import { USERS } from './users.feature';

export const routes = recordRoutes(USERS, () => import('./user.page').then((m) => m.UserPage)).filter(
  (route) => route.path !== ':id/history',
);
