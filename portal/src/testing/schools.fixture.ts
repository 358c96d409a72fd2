import type {
  ProgramView,
  PublicSchoolFiltersView,
  PublicSchoolResponse,
  SchoolListItemView,
  SchoolSummaryView,
  SourceView,
} from '@careerscope/shared';

import { blsWages, publicationFixture } from './sources.fixture';

export const ipedsPrices: SourceView = {
  id: 'src-ipeds-ic',
  key: 'ipeds-ic-2022',
  publisher: 'U.S. Department of Education, National Center for Education Statistics',
  title: 'IPEDS Institutional Characteristics: student charges, 2022–23',
  url: 'https://nces.ed.gov/ipeds/',
  referencePeriod: '2022–23',
  retrievedOn: '2025-09-15',
  citation: 'IPEDS 2022–23',
};

export const ipedsCompletions: SourceView = {
  ...ipedsPrices,
  id: 'src-ipeds-c',
  key: 'ipeds-c-2023',
  title: 'IPEDS Completions, 2022–23',
  citation: 'IPEDS Completions 2023',
};

export function programFixture(overrides: Partial<ProgramView> = {}): ProgramView {
  return {
    id: 'p1',
    name: 'Medical Assisting',
    occupationSlug: 'certified-medical-assistant',
    occupationTitle: 'Certified Medical Assistant (CMA)',
    credentialLevel: 'certificate',
    delivery: 'campus',
    minMonths: 9,
    maxMonths: 12,
    accreditationBodySlug: 'caahep',
    url: null,
    cipCode: '51.0801',
    awardLevel: 21,
    completions: 42,
    completionsYear: 2023,
    completionsSourceId: ipedsCompletions.id,
    vanishedIn: null,
    ...overrides,
  };
}

export function schoolFixture(overrides: Partial<SchoolSummaryView> = {}): SchoolSummaryView {
  return {
    id: 's1',
    slug: 'dallas-health-college',
    name: 'Dallas Health College',
    city: 'Dallas',
    state: 'TX',
    website: null,
    ipedsUnitId: 100001,
    sourceId: null,
    zip: '75204',
    latitude: 32.8,
    longitude: -96.79,
    sector: 4,
    tuitionInDistrict: null,
    tuitionInState: 9000,
    tuitionOutOfState: 18000,
    booksAndSupplies: 1200,
    pricesYear: 2022,
    pricesSourceId: ipedsPrices.id,
    closedOn: null,
    programs: [programFixture()],
    ...overrides,
  };
}

export function listItemFixture(overrides: Partial<SchoolListItemView> = {}): SchoolListItemView {
  const school = schoolFixture(overrides);
  return {
    ...school,
    distanceMiles: 1.4,
    cost: {
      tuition: 9000,
      residency: 'in-state',
      booksAndSupplies: 1200,
      total: 10_200,
      year: 2022,
      sourceId: ipedsPrices.id,
    },
    awards: 42,
    awardsYear: 2023,
    onlineElsewhere: false,
    ...overrides,
  };
}

export const schoolFiltersFixture: PublicSchoolFiltersView = {
  publication: publicationFixture,
  occupations: [{ value: 'certified-medical-assistant', label: 'Certified Medical Assistant (CMA)' }],
  states: [{ value: 'TX', label: 'Texas' }],
  deliveryModes: [
    { value: 'campus', label: 'On campus' },
    { value: 'online', label: 'Online' },
  ],
  credentialLevels: [{ value: 'certificate', label: 'Certificate' }],
  accreditationBodies: [{ value: 'caahep', label: 'CAAHEP' }],
};

export function schoolResponseFixture(overrides: Partial<PublicSchoolResponse> = {}): PublicSchoolResponse {
  return {
    ...schoolFixture(),
    publication: publicationFixture,
    distanceMiles: 1.4,
    paybacks: [
      {
        programId: 'p1',
        months: 12,
        monthsBasis: 'program',
        yearly: {
          tuition: 9000,
          residency: 'in-state',
          booksAndSupplies: 1200,
          total: 10_200,
          year: 2022,
          sourceId: ipedsPrices.id,
        },
        totalCost: 10_200,
        pay: {
          median: 40_000,
          area: 'national',
          areaName: 'United States',
          referencePeriod: 'May 2024',
          sourceId: blsWages.id,
        },
        paybackYears: 2.6,
      },
    ],
    accreditationBodies: [],
    sources: [ipedsPrices, ipedsCompletions, blsWages],
    ...overrides,
  };
}
