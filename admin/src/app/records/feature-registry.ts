import type { EditableRecord, RecordType } from '@careerscope/shared';

import { ACCREDITATION_BODIES } from '../accreditation/accreditation.feature';
import { AUTHORS } from '../authors/authors.feature';
import { CERTIFYING_BODIES, CREDENTIALS } from '../certification/certification.feature';
import { COMPARISONS, COMPARISON_ROWS } from '../comparisons/comparisons.feature';
import {
  EDUCATION_PATHS,
  OCCUPATIONS,
  OCCUPATION_CERTIFICATIONS,
  OCCUPATION_SECTIONS,
  OCCUPATION_SOC_CODES,
  WORK_SETTINGS,
} from '../occupations/occupations.feature';
import { PROJECTIONS } from '../projections/projections.feature';
import { PROGRAMS, SCHOOLS } from '../schools/schools.feature';
import { SOURCES } from '../sources/sources.feature';
import { WAGE_STATISTICS } from '../wages/wages.feature';
import type { RecordFeature } from './record-feature';

/** Every editable record type's feature, for screens that span types (review, dashboard). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FEATURES: Record<RecordType, RecordFeature<any, any>> = {
  source: SOURCES,
  author: AUTHORS,
  occupation: OCCUPATIONS,
  occupationSection: OCCUPATION_SECTIONS,
  occupationCertification: OCCUPATION_CERTIFICATIONS,
  educationPath: EDUCATION_PATHS,
  workSetting: WORK_SETTINGS,
  wageStatistic: WAGE_STATISTICS,
  employmentProjection: PROJECTIONS,
  accreditationBody: ACCREDITATION_BODIES,
  certifyingBody: CERTIFYING_BODIES,
  credential: CREDENTIALS,
  school: SCHOOLS,
  program: PROGRAMS,
  comparison: COMPARISONS,
  comparisonRow: COMPARISON_ROWS,
  occupationSocCode: OCCUPATION_SOC_CODES,
};

export function recordTitle(type: RecordType, record: EditableRecord): string {
  return FEATURES[type].title(record);
}

export function fieldLabel(type: RecordType, field: string): string {
  const def = FEATURES[type].fields.find((f) => f.key === field);
  return def?.label ?? field.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}
