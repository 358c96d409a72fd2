import type { CellFigure, ComparisonView, OccupationSummaryView } from '@careerscope/shared';

import {
  aama,
  aapc,
  blsProjections,
  blsWages,
  oohMedicalAssistants,
  oohMedicalRecords,
  publicationFixture,
} from './sources.fixture';

/** The seed article's comparison as the public API serves it: CMA vs. medical coder. */

export const medicalAssistantSummary: OccupationSummaryView = {
  id: 'occ-cma',
  slug: 'certified-medical-assistant-cma',
  title: 'Certified Medical Assistant (CMA)',
  shortTitle: 'CMA',
  socCode: '31-9092',
  summaryHtml:
    '<p>Medical assistants take medical histories, draw blood, run basic lab tests and handle front-office work in physicians’ offices and clinics.</p>',
};

export const medicalCoderSummary: OccupationSummaryView = {
  id: 'occ-coder',
  slug: 'medical-coder',
  title: 'Medical Coder',
  shortTitle: 'Medical coder',
  socCode: '29-2072',
  summaryHtml:
    '<p>Medical coders translate diagnoses, treatments and equipment into universal alphanumeric codes such as CPT®, ICD-10-CM and HCPCS Level II.</p>',
};

const projections = (label: string, display: string, value: number): CellFigure => ({
  label,
  display,
  value,
  flag: null,
  sourceId: blsProjections.id,
  referencePeriod: '2024–34',
});

const wage = (label: string, display: string, value: number): CellFigure => ({
  label,
  display,
  value,
  flag: null,
  sourceId: blsWages.id,
  referencePeriod: 'May 2024',
});

export const comparisonFixture: ComparisonView = {
  slug: 'cma-vs-medical-coder',
  title: 'Certified Medical Assistant (CMA) vs. Medical Coder',
  occupationSlugs: [medicalAssistantSummary.slug, medicalCoderSummary.slug],
  introHtml:
    '<p>One of the fastest-growing industries in the United States is the healthcare sector. Becoming a certified medical assistant (CMA) or medical coder is a high-growth career for those interested in the administrative side of healthcare delivery.</p>' +
    '<p>Here is a side-by-side comparison of the two professions, paying attention to salaries, career growth, certification, and education.</p>',
  author: {
    slug: 'farheen-gani',
    name: 'Farheen Gani',
    jobTitle: 'Writer',
    bioHtml:
      '<p>Farheen Gani has researched medical technology schools, medical billing and coding, health information management and nursing informatics since 2018.</p>',
  },
  occupations: [medicalAssistantSummary, medicalCoderSummary],
  rows: [
    {
      key: 'employment',
      group: null,
      label: 'Number practicing in the United States',
      kind: 'employment',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '',
          figures: [projections('Employed (2024)', '811,000', 811000)],
          items: [],
          sourceIds: [blsProjections.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '<p>Counted as medical records specialists, the BLS category closest to coding.</p>',
          figures: [projections('Employed (2024)', '194,800', 194800)],
          items: [],
          sourceIds: [blsProjections.id],
        },
      ],
    },
    {
      key: 'growth',
      group: null,
      label: 'Expected job growth (2024–2034)',
      kind: 'growth',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '',
          figures: [projections('Projected growth', '12%', 12), projections('All occupations', '3%', 3)],
          items: [],
          sourceIds: [blsProjections.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '',
          figures: [projections('Projected growth', '7%', 7), projections('All occupations', '3%', 3)],
          items: [],
          sourceIds: [blsProjections.id],
        },
      ],
    },
    {
      key: 'new-positions',
      group: null,
      label: 'Projected number of new positions available by 2034',
      kind: 'newPositions',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '',
          figures: [
            projections('New positions', '101,200', 101200),
            projections('Total jobs in 2034', '912,200', 912200),
          ],
          items: [],
          sourceIds: [blsProjections.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '',
          figures: [
            projections('New positions', '13,800', 13800),
            projections('Total jobs in 2034', '208,600', 208600),
          ],
          items: [],
          sourceIds: [blsProjections.id],
        },
      ],
    },
    {
      key: 'pay',
      group: null,
      label: 'Pay',
      kind: 'wages',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '',
          figures: [
            wage('Number employed', '793,460', 793460),
            wage('Average annual salary', '$44,720', 44720),
            wage('10th percentile', '$35,020', 35020),
            wage('25th percentile', '$37,610', 37610),
            wage('50th percentile (median)', '$44,200', 44200),
            wage('75th percentile', '$48,160', 48160),
            wage('90th percentile', '$57,830', 57830),
          ],
          items: [],
          sourceIds: [blsWages.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '',
          figures: [
            wage('Number employed', '187,910', 187910),
            wage('Average annual salary', '$55,970', 55970),
            wage('10th percentile', '$35,780', 35780),
            wage('25th percentile', '$41,600', 41600),
            wage('50th percentile (median)', '$50,250', 50250),
            wage('75th percentile', '$64,070', 64070),
            wage('90th percentile', '$80,950', 80950),
          ],
          items: [],
          sourceIds: [blsWages.id],
        },
      ],
    },
    {
      key: 'degree-requirements',
      group: 'Meeting the Requirements',
      label: 'Degree requirements',
      kind: 'section',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '<p>To be eligible for certification, an aspiring CMA must graduate from a program accredited by CAAHEP or ABHES.</p>',
          figures: [],
          items: [],
          sourceIds: [aama.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '<p>Some employers only require a high school diploma and on-the-job training; many prefer a postsecondary certificate or an associate degree.</p>',
          figures: [],
          items: [],
          sourceIds: [oohMedicalRecords.id],
        },
      ],
    },
    {
      key: 'certification',
      group: 'Certification and Licensing',
      label: 'Certification',
      kind: 'certifications',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '<p>To work as a CMA, an individual must obtain certification through the American Association of Medical Assistants (AAMA).</p>',
          figures: [],
          items: [],
          sourceIds: [aama.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '<p>Certification is not necessary to work as a medical coder; many choose AAPC or AHIMA credentials.</p>',
          figures: [],
          items: [],
          sourceIds: [aapc.id],
        },
      ],
    },
    {
      key: 'renewal',
      group: 'Certification and Licensing',
      label: 'Certification renewals',
      kind: 'renewal',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '<p>A CMA must recertify every 60 months with 60 points of continuing education.</p>',
          figures: [],
          items: [],
          sourceIds: [aama.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '<p>Recertification depends on the body that issued the credential (AAPC, AHIMA, etc.).</p>',
          figures: [],
          items: [],
          sourceIds: [aapc.id],
        },
      ],
    },
    {
      key: 'skills',
      group: 'Details About the Job',
      label: 'Skills necessary for success',
      kind: 'skills',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '',
          figures: [],
          items: ['Patience', 'Attention to detail', 'Interpersonal skills'].map((text) => ({
            text,
            detail: null,
            href: null,
            sourceId: oohMedicalAssistants.id,
          })),
          sourceIds: [oohMedicalAssistants.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '',
          figures: [],
          items: ['Integrity', 'Analytical skills', 'Attention to detail'].map((text) => ({
            text,
            detail: null,
            href: null,
            sourceId: oohMedicalRecords.id,
          })),
          sourceIds: [oohMedicalRecords.id],
        },
      ],
    },
    {
      key: 'work-settings',
      group: 'Details About the Job',
      label: 'Common practice settings',
      kind: 'workSettings',
      cells: [
        {
          occupationSlug: medicalAssistantSummary.slug,
          html: '',
          figures: [],
          items: [
            ['Offices of physicians', '57%'],
            ['Hospitals; state, local, and private', '17%'],
            ['Outpatient care centers', '10%'],
            ['Offices of chiropractors', '7%'],
          ].map(([text, detail]) => ({ text, detail, href: null, sourceId: oohMedicalAssistants.id })),
          sourceIds: [oohMedicalAssistants.id],
        },
        {
          occupationSlug: medicalCoderSummary.slug,
          html: '',
          figures: [],
          items: [
            ['Hospitals; state, local, and private', '28%'],
            ['Offices of physicians', '19%'],
            ['Management of companies and enterprises', '8%'],
            ['Administrative and support services', '8%'],
            ['Professional, scientific, and technical services', '7%'],
          ].map(([text, detail]) => ({ text, detail, href: null, sourceId: oohMedicalRecords.id })),
          sourceIds: [oohMedicalRecords.id],
        },
      ],
    },
  ],
  // The API lists every cited source; the page numbers them by first use, not by this order.
  sources: [aapc, aama, blsWages, blsProjections, oohMedicalAssistants, oohMedicalRecords],
  publication: publicationFixture,
};
