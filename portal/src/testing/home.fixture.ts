import type { HomeCareerView, PublicHomeView } from '@careerscope/shared';

import { medicalAssistantSummary, medicalCoderSummary } from './comparison.fixture';
import { blsProjections, blsWages, publicationFixture } from './sources.fixture';

const career = (
  slug: string,
  title: string,
  medianPay: number,
  growthPercent: number,
  typicalEducation: string,
): HomeCareerView => ({
  slug,
  title,
  medianPay,
  payPeriod: 'May 2024',
  paySourceId: blsWages.id,
  growthPercent,
  projectionPeriod: '2024–34',
  projectionSourceId: blsProjections.id,
  typicalEducation,
  educationSourceId: blsProjections.id,
});

const nursePractitioners = career(
  'nurse-practitioners',
  'Nurse Practitioners',
  129210,
  40,
  "Master's degree",
);
const sonographers = career(
  'diagnostic-medical-sonographers',
  'Diagnostic Medical Sonographers',
  89340,
  13,
  "Associate's degree",
);
const phlebotomists = career('phlebotomists', 'Phlebotomists', 43660, 6, 'Postsecondary nondegree award');

export const homeFixture: PublicHomeView = {
  publication: publicationFixture,
  comparisons: [
    {
      slug: 'cma-vs-medical-coder',
      title: 'Certified Medical Assistant (CMA) vs. Medical Coder',
      occupationSlugs: [medicalAssistantSummary.slug, medicalCoderSummary.slug],
    },
  ],
  occupations: [medicalAssistantSummary, medicalCoderSummary],
  highlights: {
    careerCount: 98,
    withoutBachelorsCount: 51,
    projectedNewJobs: 1_912_300,
    projectionPeriod: '2024–34',
    fastestGrowing: [nursePractitioners],
    bestPaidWithoutBachelors: [sonographers],
    shortestTraining: [phlebotomists],
    sources: [blsProjections, blsWages],
  },
};
