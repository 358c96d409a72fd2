import { recordRoutes } from '../records/record-routes';
import { COMPARISONS, COMPARISON_ROWS } from './comparisons.feature';

export const routes = recordRoutes(COMPARISONS, () =>
  import('./comparison.page').then((m) => m.ComparisonPage),
);
export const rowRoutes = recordRoutes(COMPARISON_ROWS);
