import type { CatalogueEntryView, PublicOccupationListResponse } from '@careerscope/shared';

import { medicalAssistantSummary, medicalCoderSummary } from './comparison.fixture';
import { blsProjections, blsWages, publicationFixture } from './sources.fixture';

const entry = (overrides: Partial<CatalogueEntryView> & Pick<CatalogueEntryView, 'slug' | 'title'>) =>
  ({
    id: `occ-${overrides.slug}`,
    shortTitle: overrides.title,
    socCode: '29-0000',
    summaryHtml: '',
    alternateTitles: [],
    matchedTitle: null,
    medianPay: null,
    payPeriod: null,
    areaCode: 'US',
    paySourceId: null,
    growthPercent: null,
    newJobs: null,
    openings: null,
    projectionPeriod: null,
    projectionSourceId: null,
    typicalEducation: null,
    educationSourceId: null,
    brightOutlook: false,
    ...overrides,
  }) satisfies CatalogueEntryView;

export const medicalAssistantEntry = entry({
  ...medicalAssistantSummary,
  alternateTitles: ['Clinical Assistant', 'Certified Medical Assistant'],
  medianPay: 44_200,
  payPeriod: 'May 2024',
  paySourceId: blsWages.id,
  growthPercent: 12.5,
  newJobs: 101_200,
  openings: 119_800,
  projectionPeriod: '2024–34',
  projectionSourceId: blsProjections.id,
  typicalEducation: 'Postsecondary nondegree award',
  educationSourceId: blsProjections.id,
  brightOutlook: true,
});

export const medicalCoderEntry = entry({
  ...medicalCoderSummary,
  alternateTitles: ['Coding Specialist', 'Health Information Clerk'],
  matchedTitle: 'Coding Specialist',
  medianPay: 50_250,
  payPeriod: 'May 2024',
  paySourceId: blsWages.id,
  growthPercent: 7.1,
  newJobs: 13_800,
  openings: 14_900,
  projectionPeriod: '2024–34',
  projectionSourceId: blsProjections.id,
  typicalEducation: 'Postsecondary nondegree award',
  educationSourceId: blsProjections.id,
});

/** A page of the finder: 42 matches, page 2 of 3 shown with two of them. */
export const catalogueFixture: PublicOccupationListResponse = {
  publication: publicationFixture,
  items: [medicalAssistantEntry, medicalCoderEntry],
  total: 42,
  page: 2,
  pageSize: 20,
  baseline: { percentChange: 3.1, period: '2024–34', sourceId: blsProjections.id },
  educationLevels: [
    { slug: 'high-school-diploma-or-equivalent', label: 'High school diploma or equivalent', count: 12 },
    { slug: 'postsecondary-nondegree-award', label: 'Postsecondary nondegree award', count: 9 },
    { slug: 'bachelors-degree', label: "Bachelor's degree", count: 21 },
  ],
};
