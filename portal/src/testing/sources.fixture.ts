import type { PublicationInfo, SourceView } from '@careerscope/shared';

export const publicationFixture: PublicationInfo = {
  number: 3,
  publishedAt: '2025-10-01T14:30:00.000Z',
  note: 'May 2024 wages and 2024–34 projections',
  preview: false,
};

export const blsProjections: SourceView = {
  id: 'src-bls-ep',
  key: 'bls-ep-2024',
  publisher: 'U.S. Bureau of Labor Statistics',
  title: 'Employment Projections: Occupational projections and worker characteristics, 2024–34',
  url: 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm',
  referencePeriod: '2024–34',
  retrievedOn: '2025-09-15',
  citation: 'BLS 2025',
};

export const blsWages: SourceView = {
  id: 'src-bls-oews',
  key: 'bls-oews-2024',
  publisher: 'U.S. Bureau of Labor Statistics',
  title: 'Occupational Employment and Wage Statistics: National estimates, May 2024',
  url: 'https://www.bls.gov/oes/current/oes_nat.htm',
  referencePeriod: 'May 2024',
  retrievedOn: '2025-09-15',
  citation: 'BLS May 2024',
};

export const oohMedicalAssistants: SourceView = {
  id: 'src-ooh-ma',
  key: 'bls-ooh-medical-assistants',
  publisher: 'U.S. Bureau of Labor Statistics',
  title: 'Occupational Outlook Handbook: Medical Assistants',
  url: 'https://www.bls.gov/ooh/healthcare/medical-assistants.htm',
  referencePeriod: '2024–34',
  retrievedOn: '2025-09-15',
  citation: 'BLS 2025',
};

export const oohMedicalRecords: SourceView = {
  id: 'src-ooh-mrs',
  key: 'bls-ooh-medical-records-specialists',
  publisher: 'U.S. Bureau of Labor Statistics',
  title: 'Occupational Outlook Handbook: Medical Records Specialists',
  url: 'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm',
  referencePeriod: '2024–34',
  retrievedOn: '2025-09-15',
  citation: 'BLS 2025',
};

export const aama: SourceView = {
  id: 'src-aama',
  key: 'aama-cma-eligibility',
  publisher: 'American Association of Medical Assistants',
  title: 'CMA (AAMA) Certification Exam: Eligibility',
  url: 'https://www.aama-ntl.org/cma-aama-exam/application-steps-eligibility',
  referencePeriod: null,
  retrievedOn: '2025-09-10',
  citation: 'AAMA',
};

export const aapc: SourceView = {
  id: 'src-aapc',
  key: 'aapc-what-is-medical-coding',
  publisher: 'American Academy of Professional Coders',
  title: 'What Is Medical Coding?',
  url: 'https://www.aapc.com/resources/what-is-medical-coding',
  referencePeriod: null,
  retrievedOn: '2025-09-10',
  citation: 'AAPC',
};

export const onet: SourceView = {
  id: 'src-onet',
  key: 'onet-29-3',
  publisher: 'U.S. Department of Labor, Employment and Training Administration',
  title: 'O*NET 29.3 Database',
  url: 'https://www.onetcenter.org/database.html',
  referencePeriod: 'May 2025',
  retrievedOn: '2025-09-15',
  citation: 'O*NET 29.3',
};
