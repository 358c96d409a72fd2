import { recordRoutes } from '../records/record-routes';
import { PROJECTIONS } from './projections.feature';

export const routes = recordRoutes(PROJECTIONS);
