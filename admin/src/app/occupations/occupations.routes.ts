import { recordRoutes } from '../records/record-routes';
import {
  EDUCATION_PATHS,
  OCCUPATIONS,
  OCCUPATION_CERTIFICATIONS,
  OCCUPATION_SECTIONS,
  OCCUPATION_SOC_CODES,
  WORK_SETTINGS,
} from './occupations.feature';

export const occupationRoutes = recordRoutes(OCCUPATIONS);
export const sectionRoutes = recordRoutes(OCCUPATION_SECTIONS);
export const certificationRoutes = recordRoutes(OCCUPATION_CERTIFICATIONS);
export const educationPathRoutes = recordRoutes(EDUCATION_PATHS);
export const workSettingRoutes = recordRoutes(WORK_SETTINGS);
export const socCodeRoutes = recordRoutes(OCCUPATION_SOC_CODES);
