import { recordRoutes } from '../records/record-routes';
import { PROGRAMS, SCHOOLS } from './schools.feature';

export const schoolRoutes = recordRoutes(SCHOOLS);
export const programRoutes = recordRoutes(PROGRAMS);
