import type { OccupationDataView } from '@careerscope/shared';
import type { EducationRequirementEntity } from './education-requirement.entity';
import type { OnetProfileEntity } from './onet-profile.entity';

/** O*NET's job zones (Job Zone Reference), by number. */
export const JOB_ZONE_NAMES: Readonly<Record<number, string>> = {
  1: 'Little or no preparation needed',
  2: 'Some preparation needed',
  3: 'Medium preparation needed',
  4: 'Considerable preparation needed',
  5: 'Extensive preparation needed',
};

/** How many of each list a profile shows: enough to describe the work, not the whole database. */
const LIMITS = { tasks: 12, alternateTitles: 40, related: 10, hotTechnologies: 12, skills: 10 } as const;

export const NO_OCCUPATION_DATA: OccupationDataView = {
  description: null,
  tasks: [],
  alternateTitles: [],
  specialties: [],
  related: [],
  hotTechnologies: [],
  skills: [],
  jobZone: null,
  onetSourceId: null,
  education: null,
};

/**
 * The data facts of one occupation as the public sees them: O*NET's profile of its SOC code and the
 * newest BLS education table row. `slugBySocCode` links related occupations that are in the catalogue.
 */
export function toOccupationData(
  profile: OnetProfileEntity | undefined,
  education: EducationRequirementEntity | undefined,
  slugBySocCode: ReadonlyMap<string, string>,
  ownSocCode: string,
): OccupationDataView {
  const onet = profile
    ? {
        description: profile.description,
        tasks: profile.tasks
          .filter((task) => task.core)
          .slice(0, LIMITS.tasks)
          .map((task) => task.task),
        alternateTitles: profile.alternateTitles.slice(0, LIMITS.alternateTitles),
        specialties: profile.specialties,
        related: profile.related
          .filter((related) => related.socCode !== ownSocCode)
          .slice(0, LIMITS.related)
          .map((related) => ({ ...related, slug: slugBySocCode.get(related.socCode) ?? null })),
        hotTechnologies: profile.hotTechnologies.slice(0, LIMITS.hotTechnologies),
        skills: [...profile.skills]
          .sort((a, b) => b.importance - a.importance || a.name.localeCompare(b.name))
          .slice(0, LIMITS.skills),
        jobZone:
          profile.jobZone === null
            ? null
            : {
                zone: profile.jobZone,
                name: JOB_ZONE_NAMES[profile.jobZone] ?? `Job Zone ${profile.jobZone}`,
              },
        onetSourceId: profile.sourceId,
      }
    : NO_OCCUPATION_DATA;
  return {
    ...onet,
    education: education
      ? {
          typicalEducation: education.typicalEducation,
          workExperience: education.workExperience,
          onTheJobTraining: education.onTheJobTraining,
          year: education.year,
          sourceId: education.sourceId,
        }
      : null,
  };
}

/** The O*NET description as the page's summary, when no editor wrote one. */
export function descriptionHtml(description: string | null): string {
  if (!description) return '';
  const escaped = description
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return `<p>${escaped}</p>`;
}
