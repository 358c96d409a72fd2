import { recordRoutes } from '../records/record-routes';
import { CERTIFYING_BODIES, CREDENTIALS } from './certification.feature';

export const certifyingBodyRoutes = recordRoutes(CERTIFYING_BODIES);
export const credentialRoutes = recordRoutes(CREDENTIALS);
