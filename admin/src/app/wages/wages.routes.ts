import { recordRoutes } from '../records/record-routes';
import { WAGE_STATISTICS } from './wages.feature';

export const routes = recordRoutes(WAGE_STATISTICS, () =>
  import('./wage-statistic.page').then((m) => m.WageStatisticPage),
);
