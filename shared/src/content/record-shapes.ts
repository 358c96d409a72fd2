import { ACCREDITATION_BODY_SHAPE } from '../accreditation/accreditation.contract.js';
import { AUTHOR_SHAPE } from '../authors/authors.contract.js';
import { CERTIFYING_BODY_SHAPE, CREDENTIAL_SHAPE } from '../certification/certification.contract.js';
import { COMPARISON_ROW_SHAPE, COMPARISON_SHAPE } from '../comparisons/comparisons.contract.js';
import type { RecordType } from '../editorial/editorial.contract.js';
import type { RecordShape } from '../editorial/record-shape.js';
import {
  EDUCATION_PATH_SHAPE,
  OCCUPATION_CERTIFICATION_SHAPE,
  OCCUPATION_SECTION_SHAPE,
  OCCUPATION_SHAPE,
  OCCUPATION_SOC_CODE_SHAPE,
  WORK_SETTING_SHAPE,
} from '../occupations/occupations.contract.js';
import { EMPLOYMENT_PROJECTION_SHAPE } from '../projections/projections.contract.js';
import { PROGRAM_SHAPE, SCHOOL_SHAPE } from '../schools/schools.contract.js';
import { SOURCE_SHAPE } from '../sources/sources.contract.js';
import { WAGE_STATISTIC_SHAPE } from '../wages/wages.contract.js';

/** Every record type's shape: what the API checks, answers and exports, and the admin edits. */
export const RECORD_SHAPES: Readonly<Record<RecordType, RecordShape>> = {
  source: SOURCE_SHAPE,
  author: AUTHOR_SHAPE,
  occupation: OCCUPATION_SHAPE,
  occupationSection: OCCUPATION_SECTION_SHAPE,
  occupationCertification: OCCUPATION_CERTIFICATION_SHAPE,
  educationPath: EDUCATION_PATH_SHAPE,
  workSetting: WORK_SETTING_SHAPE,
  wageStatistic: WAGE_STATISTIC_SHAPE,
  employmentProjection: EMPLOYMENT_PROJECTION_SHAPE,
  accreditationBody: ACCREDITATION_BODY_SHAPE,
  certifyingBody: CERTIFYING_BODY_SHAPE,
  credential: CREDENTIAL_SHAPE,
  school: SCHOOL_SHAPE,
  program: PROGRAM_SHAPE,
  comparison: COMPARISON_SHAPE,
  comparisonRow: COMPARISON_ROW_SHAPE,
  occupationSocCode: OCCUPATION_SOC_CODE_SHAPE,
};
