import type { PublicHomeView } from '@careerscope/shared';

import { medicalAssistantSummary, medicalCoderSummary } from './comparison.fixture';
import { publicationFixture } from './sources.fixture';

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
};
