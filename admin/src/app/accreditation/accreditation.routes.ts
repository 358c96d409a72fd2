import { recordRoutes } from '../records/record-routes';
import { ACCREDITATION_BODIES } from './accreditation.feature';

export const routes = recordRoutes(ACCREDITATION_BODIES);
