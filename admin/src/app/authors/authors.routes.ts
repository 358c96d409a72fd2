import { recordRoutes } from '../records/record-routes';
import { AUTHORS } from './authors.feature';

export const routes = recordRoutes(AUTHORS);
