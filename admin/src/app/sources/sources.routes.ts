import { recordRoutes } from '../records/record-routes';
import { SOURCES } from './sources.feature';

export const routes = recordRoutes(SOURCES);
