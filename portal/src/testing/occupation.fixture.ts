import type { FlaggedValue, PublicOccupationResponse } from '@careerscope/shared';

import { medicalCoderSummary } from './comparison.fixture';
import {
  aapc,
  blsProjections,
  blsWages,
  onet,
  oohMedicalRecords,
  publicationFixture,
} from './sources.fixture';

const v = (value: number): FlaggedValue => ({ value, flag: null });

/** The medical coder's profile: measured by the BLS category "Medical Records Specialists". */
export const medicalCoderFixture: PublicOccupationResponse = {
  ...medicalCoderSummary,
  socTitle: 'Medical Records Specialists',
  socNoteHtml:
    '<p>BLS does not count medical coders separately: they are measured by the closely related category “Medical Records Specialists” (SOC 29-2072).</p>',
  dutiesHtml: '<p>Medical coders review clinical documentation and assign codes for billing and records.</p>',
  skills: [
    'Integrity',
    'Analytical skills',
    'Attention to detail',
    'Technical skills',
    'Interpersonal skills',
  ],
  skillsSourceId: oohMedicalRecords.id,
  specializations: ['Dermatology', 'General surgery', 'Pediatrics'],
  specializationsSourceId: aapc.id,
  sections: [
    {
      key: 'certification',
      title: 'Certification',
      html: '<p>Certification is not necessary to work as a medical coder; many choose AAPC or AHIMA credentials.</p>',
      sourceIds: [aapc.id],
    },
  ],
  wages: [
    {
      id: 'wage-29-2072-us-2024',
      socCode: '29-2072',
      socTitle: 'Medical Records Specialists',
      areaType: 'national',
      areaCode: 'US',
      areaName: 'United States',
      referencePeriod: 'May 2024',
      periodYear: 2024,
      employment: v(187910),
      meanAnnual: v(55970),
      annual: { p10: v(35780), p25: v(41600), median: v(50250), p75: v(64070), p90: v(80950) },
      meanHourly: v(26.91),
      hourly: { p10: v(17.2), p25: v(20), median: v(24.16), p75: v(30.8), p90: v(38.92) },
      sourceId: blsWages.id,
    },
  ],
  projections: [
    {
      id: 'proj-29-2072-2024',
      socCode: '29-2072',
      socTitle: 'Medical Records Specialists',
      areaCode: 'US',
      areaName: 'United States',
      averageAnnualOpenings: 14_900,
      baseYear: 2024,
      targetYear: 2034,
      baseEmployment: 194800,
      targetEmployment: 208600,
      numericChange: 13800,
      percentChange: 7.1,
      wholePercentChange: 7,
      allOccupationsPercentChange: 3,
      growthComparison: 'faster than average',
      sourceId: blsProjections.id,
    },
  ],
  workSettings: [
    { id: 'ws-1', name: 'Hospitals; state, local, and private', percent: 28, sourceId: oohMedicalRecords.id },
    { id: 'ws-2', name: 'Offices of physicians', percent: 19, sourceId: oohMedicalRecords.id },
  ],
  educationPaths: [],
  accreditationBodies: [],
  certifications: [],
  schools: [],
  data: {
    description:
      'Compile, process, and maintain medical records of hospital and clinic patients in a manner consistent with medical, administrative, ethical, legal, and regulatory requirements.',
    tasks: [
      'Assign the patient to diagnosis-related groups, using appropriate software.',
      'Review records for completeness, accuracy, and compliance with regulations.',
    ],
    alternateTitles: ['Coding Specialist', 'Health Information Clerk'],
    specialties: [],
    related: [
      {
        socCode: '31-9092',
        title: 'Medical Assistants',
        slug: 'certified-medical-assistant-cma',
        tier: 'Primary-Short',
      },
      {
        socCode: '43-6013',
        title: 'Medical Secretaries and Administrative Assistants',
        slug: null,
        tier: 'Primary-Short',
      },
    ],
    hotTechnologies: ['Epic Systems', 'Microsoft Excel'],
    skills: [
      { name: 'Reading Comprehension', importance: 3.9 },
      { name: 'Active Listening', importance: 3.5 },
    ],
    jobZone: { zone: 3, name: 'Medium Preparation Needed' },
    onetSourceId: onet.id,
    education: {
      typicalEducation: 'Postsecondary nondegree award',
      workExperience: 'None',
      onTheJobTraining: 'None',
      year: 2024,
      sourceId: blsProjections.id,
    },
  },
  summarySource: 'editorial',
  sources: [blsWages, blsProjections, oohMedicalRecords, aapc, onet],
  updatedAt: '2025-09-30T10:00:00.000Z',
  publication: publicationFixture,
};

/**
 * An occupation no editor has written about yet: its profile is built from O*NET and BLS data, with
 * national and Wisconsin projections.
 */
export const dataOnlyOccupationFixture: PublicOccupationResponse = {
  ...medicalCoderFixture,
  id: 'occ-phlebotomist',
  slug: 'phlebotomists',
  title: 'Phlebotomists',
  shortTitle: 'Phlebotomist',
  socCode: '31-9097',
  socTitle: 'Phlebotomists',
  socNoteHtml: '',
  summaryHtml: '<p>Draw blood for tests, transfusions, donations, or research.</p>',
  summarySource: 'data',
  dutiesHtml: '',
  skills: [],
  skillsSourceId: null,
  specializations: [],
  specializationsSourceId: null,
  sections: [],
  wages: [
    { ...medicalCoderFixture.wages[0], id: 'wage-31-9097', socCode: '31-9097', socTitle: 'Phlebotomists' },
  ],
  projections: [
    {
      ...medicalCoderFixture.projections[0],
      id: 'proj-31-9097-us',
      socCode: '31-9097',
      socTitle: 'Phlebotomists',
      averageAnnualOpenings: 19_500,
      percentChange: 6.3,
      wholePercentChange: 6,
    },
    {
      ...medicalCoderFixture.projections[0],
      id: 'proj-31-9097-wi',
      socCode: '31-9097',
      socTitle: 'Phlebotomists',
      areaCode: 'WI',
      areaName: 'Wisconsin',
      averageAnnualOpenings: 420,
      baseYear: 2022,
      targetYear: 2032,
      baseEmployment: 3_400,
      targetEmployment: 3_690,
      numericChange: 290,
      percentChange: 8.5,
      wholePercentChange: 9,
      allOccupationsPercentChange: 3.6,
      growthComparison: 'much faster than average',
    },
  ],
  workSettings: [],
  data: {
    description: 'Draw blood for tests, transfusions, donations, or research.',
    tasks: ['Draw blood from veins by vacuum tube, syringe, or butterfly venipuncture methods.'],
    alternateTitles: ['Phlebotomy Technician'],
    specialties: [
      {
        onetSocCode: '31-9097.01',
        title: 'Donor Phlebotomists',
        description: 'Collect blood from donors for transfusion.',
      },
    ],
    related: [
      {
        socCode: '29-2072',
        title: 'Medical Records Specialists',
        slug: 'medical-coder',
        tier: 'Primary-Short',
      },
      {
        socCode: '29-2012',
        title: 'Medical and Clinical Laboratory Technicians',
        slug: null,
        tier: 'Primary-Long',
      },
    ],
    hotTechnologies: ['Epic Systems'],
    skills: [
      { name: 'Active Listening', importance: 3.6 },
      { name: 'Service Orientation', importance: 3.25 },
    ],
    jobZone: { zone: 2, name: 'Some Preparation Needed' },
    onetSourceId: onet.id,
    education: {
      typicalEducation: 'Postsecondary nondegree award',
      workExperience: 'None',
      onTheJobTraining: 'None',
      year: 2024,
      sourceId: blsProjections.id,
    },
  },
  sources: [onet, blsWages, blsProjections],
};
