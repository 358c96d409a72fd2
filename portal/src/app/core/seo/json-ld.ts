import {
  CREDENTIAL_LEVEL_LABELS,
  type CredentialLevel,
  type DeliveryMode,
  type FlaggedValue,
  type OccupationView,
  type ProgramView,
  type PublicationInfo,
  type SchoolSummaryView,
} from '@careerscope/shared';

import { htmlToText } from './page-meta';

const CONTEXT = 'https://schema.org';

/** schema.org's words for how a program is delivered. */
const PROGRAM_MODE: Record<DeliveryMode, string> = { campus: 'onsite', online: 'online', hybrid: 'blended' };

/** schema.org credential categories. */
const CREDENTIAL_CATEGORY: Record<CredentialLevel, string> = {
  certificate: 'certificate',
  associate: 'associate degree',
  bachelor: 'bachelor degree',
  postbaccalaureate: 'certificate',
  master: 'postgraduate degree',
  doctorate: 'postgraduate degree',
};

const numberOf = (value: FlaggedValue): number | undefined =>
  value.flag === null && value.value !== null ? value.value : undefined;

/** Drops undefined members, so the JSON holds only what is known. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * schema.org `Occupation` for a career: the SOC code as occupationalCategory, the latest national
 * wage percentiles as a yearly `MonetaryAmountDistribution` in USD (a top-coded or unpublished
 * percentile is left out, never guessed), education requirements and skills.
 */
export function occupationJsonLd(occupation: OccupationView, url: string): object {
  const wage = occupation.wages.find((row) => row.areaType === 'national');
  return compact({
    '@context': CONTEXT,
    '@type': 'Occupation',
    name: occupation.title,
    alternateName: occupation.socTitle,
    url,
    description: htmlToText(occupation.summaryHtml),
    occupationalCategory: occupation.socCode,
    occupationLocation: [{ '@type': 'Country', name: 'United States' }],
    estimatedSalary: wage
      ? [
          compact({
            '@type': 'MonetaryAmountDistribution',
            name: `Annual wage, ${wage.referencePeriod} (${wage.areaName})`,
            currency: 'USD',
            duration: 'P1Y',
            percentile10: numberOf(wage.annual.p10),
            percentile25: numberOf(wage.annual.p25),
            median: numberOf(wage.annual.median),
            percentile75: numberOf(wage.annual.p75),
            percentile90: numberOf(wage.annual.p90),
          }),
        ]
      : undefined,
    sampleSize: wage ? numberOf(wage.employment) : undefined,
    educationRequirements: occupation.educationPaths.length
      ? occupation.educationPaths.map((path) => ({
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: CREDENTIAL_CATEGORY[path.credentialLevel],
          name: CREDENTIAL_LEVEL_LABELS[path.credentialLevel],
        }))
      : (occupation.data.education?.typicalEducation ?? undefined),
    qualifications: occupation.certifications.flatMap((certification) =>
      certification.credential
        ? [
            {
              '@type': 'EducationalOccupationalCredential',
              credentialCategory: 'certification',
              name: certification.credential.name,
              recognizedBy: certification.certifyingBody
                ? { '@type': 'Organization', name: certification.certifyingBody.name }
                : undefined,
            },
          ]
        : [],
    ),
    // Where no editor wrote them, O*NET's skills and core tasks stand in, as on the page.
    skills: occupation.skills.length
      ? occupation.skills
      : occupation.data.skills.length
        ? occupation.data.skills.map((skill) => skill.name)
        : undefined,
    responsibilities: htmlToText(occupation.dutiesHtml)
      ? htmlToText(occupation.dutiesHtml)
      : occupation.data.tasks.length
        ? occupation.data.tasks
        : undefined,
  });
}

/** The months a program takes as an ISO 8601 duration (the shortest when it is a range). */
function timeToComplete(program: ProgramView): string | undefined {
  return program.minMonths === null ? undefined : `P${program.minMonths}M`;
}

/** schema.org `EducationalOccupationalProgram` for each program a school offers. */
export function programsJsonLd(
  school: SchoolSummaryView,
  schoolUrl: string,
  socCodes: Readonly<Record<string, string>>,
): object[] {
  return school.programs.map((program) =>
    compact({
      '@context': CONTEXT,
      '@type': 'EducationalOccupationalProgram',
      name: program.name,
      url: program.url ?? undefined,
      provider: compact({
        '@type': 'EducationalOrganization',
        name: school.name,
        url: school.website ?? schoolUrl,
        address: {
          '@type': 'PostalAddress',
          addressLocality: school.city,
          addressRegion: school.state,
          addressCountry: 'US',
        },
      }),
      educationalProgramMode: PROGRAM_MODE[program.delivery],
      educationalCredentialAwarded: program.credentialLevel
        ? CREDENTIAL_LEVEL_LABELS[program.credentialLevel]
        : undefined,
      timeToComplete: timeToComplete(program),
      occupationalCategory: socCodes[program.occupationSlug],
      relevantOccupation: { '@type': 'Occupation', name: program.occupationTitle },
    }),
  );
}

/** schema.org `Article` for an editorial page (a comparison). */
export function articleJsonLd(input: {
  title: string;
  description: string;
  url: string;
  authorName: string | null;
  publication: PublicationInfo;
}): object {
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: input.publication.publishedAt,
    dateModified: input.publication.publishedAt,
    author: input.authorName ? { '@type': 'Person', name: input.authorName } : undefined,
    publisher: { '@type': 'Organization', name: 'Careerscope' },
  });
}
