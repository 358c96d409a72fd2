import {
  CREDENTIAL_LEVEL_LABELS,
  type EmploymentProjectionView,
  type OccupationSectionView,
  type PublicOccupationResponse,
  type SchoolSummaryView,
  type WageStatisticView,
  formatAnnualWage,
  formatCount,
  formatHourlyWage,
  formatMonths,
  formatPercent,
} from '@careerscope/shared';

import {
  type FigureData,
  baselinePercent,
  growthFigure,
  printFlagged,
  wageHistoryFigure,
  wagePercentilesFigure,
  workSettingsFigure,
} from '../charts/figures';
import { Footnotes, type NumberedSource } from '../citations/footnotes';
import { selectionQuery } from '../comparison/compare-selection';
import { htmlToText } from '../core/seo/page-meta';
import { type StateOption, statesWithFigures } from '../wages/state-picker';

export interface QuickFact {
  /** Every label names the data's year or period: "Median pay, May 2024". */
  label: string;
  value: string;
  note: number | null;
  /** Our editors' reading of the same fact, shown beside the published figure, never instead of it. */
  context: { text: string; note: number | null } | null;
}

export interface FigureModel extends FigureData {
  notes: number[];
}

export interface SectionModel {
  section: OccupationSectionView;
  notes: number[];
}

export interface ListEntryModel {
  text: string;
  detail: string | null;
  href: string | null;
  html: string;
  note: number | null;
}

/** Who wrote a part of the page: our editors, or it comes from public data. */
export type Provenance = 'editorial' | 'onet' | 'bls';

export interface OccupationModel {
  summary:
    { provenance: 'editorial'; html: string } | { provenance: 'onet'; text: string; note: number | null };
  quickFacts: QuickFact[];
  duties: SectionModel | null;
  /** The editors' duties prose when no `duties` section holds it. */
  dutiesHtml: string | null;
  /** O*NET's core tasks, when no editor wrote what they do. */
  tasks: { items: string[]; note: number | null } | null;
  /** BLS typical entry education, work experience and on-the-job training. */
  entryEducation: { facts: { label: string; value: string }[]; note: number | null } | null;
  jobZone: { text: string; note: number | null } | null;
  workSettings: FigureModel | null;
  education: ListEntryModel[];
  howToBecome: SectionModel[];
  accreditation: ListEntryModel[];
  /** The editors' prose on program accreditation, shown under the accreditors' heading. */
  accreditationSection: SectionModel | null;
  certifications: ListEntryModel[];
  /** The editors' prose on certification, shown under the same heading as the credentials. */
  certificationSection: SectionModel | null;
  /** Licensing, the licensing agency and certification renewals, each under its own heading. */
  licensing: SectionModel[];
  /** National wages, or the nation and the chosen state side by side. */
  wages: FigureModel | null;
  /** The chosen state had no figures: say so instead of showing none. */
  stateMissing: string | null;
  wageHistory: FigureModel | null;
  states: StateOption[];
  outlook: (FigureModel & { text: string; note: number | null }) | null;
  /** The chosen state's projection, where one is imported. */
  stateOutlook: { text: string; note: number | null } | null;
  /** The chosen state has no projection: say so. */
  stateOutlookMissing: string | null;
  skills: { provenance: Provenance; items: string[]; notes: number[] };
  specializations: {
    provenance: Provenance;
    section: SectionModel | null;
    items: { title: string; description: string | null }[];
    notes: number[];
  };
  technologies: { items: string[]; notes: number[] };
  related: { items: RelatedModel[]; notes: number[] };
  /** The page shows O*NET content, so it carries O*NET's attribution. */
  showsOnet: boolean;
  moreSections: SectionModel[];
  schools: { school: SchoolSummaryView; note: number | null }[];
  sources: NumberedSource[];
}

export interface RelatedModel {
  title: string;
  socCode: string;
  /** The related occupation's profile, when it is in the catalogue. */
  href: string | null;
  /** The comparison of this occupation and the related one (`/compare?o=this,that`). */
  compareWith: string | null;
}

const HOW_TO_BECOME = ['degreeRequirements', 'degreesAvailable', 'programDetails'];
const LICENSING = ['licensing', 'licensingAgency', 'certificationRenewal'];
/** Prose that joins a list under one heading: one heading per topic. */
const MERGED = ['programAccreditation', 'certification'];
/** Prose that the page already shows as structured lists, or under its own topic's heading. */
const SHOWN_AS_LISTS = ['skills', 'practiceSettings', 'specialization'];

/** The national projection: `projections` may hold states' too. */
export function nationalProjection(
  projections: readonly EmploymentProjectionView[],
): EmploymentProjectionView | null {
  return projections.find((projection) => projection.areaCode === 'US') ?? null;
}

/** "2024–34". */
function projectionPeriod(projection: EmploymentProjectionView): string {
  return `${projection.baseYear}–${String(projection.targetYear).slice(-2)}`;
}

/** The newest national wage row: `wages` holds national rows first, newest period first. */
export function latestNational(wages: readonly WageStatisticView[]): WageStatisticView | null {
  return wages.find((wage) => wage.areaType === 'national') ?? null;
}

/** The newest row for a state, or null. */
export function latestForState(
  wages: readonly WageStatisticView[],
  state: string | null,
): WageStatisticView | null {
  if (!state) return null;
  const rows = wages.filter((wage) => wage.areaType === 'state' && wage.areaCode === state);
  return rows.sort((a, b) => b.periodYear - a.periodYear)[0] ?? null;
}

/**
 * Lays out an occupation profile. Footnotes are numbered by first use in the order the page shows
 * them: quick facts, what they do, work settings, how to become one, pay, outlook, skills, the rest,
 * schools.
 */
export function buildOccupationModel(
  occupation: PublicOccupationResponse,
  state: string | null = null,
): OccupationModel {
  const footnotes = new Footnotes(occupation.sources);
  const data = occupation.data;
  const summary: OccupationModel['summary'] =
    occupation.summarySource === 'data'
      ? {
          provenance: 'onet',
          text: data.description ?? htmlToText(occupation.summaryHtml),
          note: footnotes.cite(data.onetSourceId),
        }
      : { provenance: 'editorial', html: occupation.summaryHtml };
  const sections = new Map(occupation.sections.map((section) => [section.key, section]));
  const used = new Set<string>(['duties', ...HOW_TO_BECOME, ...LICENSING, ...MERGED, ...SHOWN_AS_LISTS]);
  const sectionModel = (key: string): SectionModel[] => {
    const section = sections.get(key);
    return section ? [{ section, notes: footnotes.citeAll(section.sourceIds) }] : [];
  };

  const national = latestNational(occupation.wages);
  const projection = nationalProjection(occupation.projections);
  const firstPath = occupation.educationPaths[0] ?? null;
  const required = occupation.certifications.find((c) => c.requirement === 'required') ?? null;

  // Quick facts, as the Occupational Outlook Handbook's summary box has them.
  const quickFacts: QuickFact[] = [];
  if (national) {
    const note = footnotes.cite(national.sourceId);
    quickFacts.push({
      label: `Median pay, ${national.referencePeriod}`,
      value: `${printFlagged(national.annual.median, formatAnnualWage)} per year; ${printFlagged(national.hourly.median, formatHourlyWage)} per hour`,
      note,
      context: null,
    });
    quickFacts.push({
      label: `Number employed, ${national.referencePeriod} (wage survey)`,
      value: printFlagged(national.employment, formatCount),
      note,
      context: null,
    });
  }
  if (projection) {
    const note = footnotes.cite(projection.sourceId);
    const period = projectionPeriod(projection);
    quickFacts.push({
      label: `Number of jobs, ${projection.baseYear}`,
      value: formatCount(projection.baseEmployment),
      note,
      context: null,
    });
    quickFacts.push({
      label: `Job outlook, ${period}`,
      value: `${formatPercent(projection.wholePercentChange)} (${projection.growthComparison}; all occupations ${formatPercent(baselinePercent(projection))})`,
      note,
      context: null,
    });
    quickFacts.push({
      label: `Employment change, ${period}`,
      value: formatCount(projection.numericChange),
      note,
      context: null,
    });
  }
  // Entry education: BLS's category is the fact; the editors' reading of the path is context beside it.
  const blsEducation = data.education;
  const editorialPath = firstPath
    ? `${CREDENTIAL_LEVEL_LABELS[firstPath.credentialLevel]} (${formatMonths(firstPath.minMonths, firstPath.maxMonths)})`
    : null;
  if (blsEducation) {
    quickFacts.push({
      label: 'Typical entry-level education',
      value: blsEducation.typicalEducation,
      note: footnotes.cite(blsEducation.sourceId),
      context: editorialPath
        ? { text: `Our editors: ${editorialPath}`, note: footnotes.cite(firstPath?.sourceId ?? null) }
        : null,
    });
  } else if (firstPath && editorialPath) {
    quickFacts.push({
      label: 'Typical entry-level education',
      value: editorialPath,
      note: footnotes.cite(firstPath.sourceId),
      context: null,
    });
  }
  const entryEducationFacts = blsEducation
    ? [
        { label: 'Typical entry-level education', value: blsEducation.typicalEducation },
        { label: 'Work experience in a related occupation', value: blsEducation.workExperience },
        { label: 'Typical on-the-job training', value: blsEducation.onTheJobTraining },
      ]
    : [];
  if (blsEducation) {
    const note = footnotes.cite(blsEducation.sourceId);
    for (const fact of entryEducationFacts.slice(1)) {
      quickFacts.push({ ...fact, note, context: null });
    }
  }
  // Without editors' certification entries, "not required" would be a guess about a data-only profile.
  const certificationKnown = occupation.certifications.length > 0 || occupation.summarySource === 'editorial';
  if (certificationKnown) {
    quickFacts.push({
      label: 'Certification',
      value: required?.credential
        ? `Required: ${required.credential.abbreviation}`
        : occupation.certifications.length
          ? 'Optional, recommended'
          : 'Not required',
      note: required
        ? footnotes.cite(required.sourceId)
        : occupation.certifications[0]
          ? footnotes.cite(occupation.certifications[0].sourceId)
          : null,
      context: null,
    });
  }

  const duties = sectionModel('duties')[0] ?? null;
  const dutiesHtml = !duties && htmlToText(occupation.dutiesHtml) ? occupation.dutiesHtml : null;
  const tasks =
    !duties && !dutiesHtml && data.tasks.length
      ? { items: data.tasks, note: footnotes.cite(data.onetSourceId) }
      : null;
  const workSettings = occupation.workSettings.length
    ? {
        ...workSettingsFigure(occupation.shortTitle || occupation.title, occupation.workSettings),
        notes: footnotes.citeAll(occupation.workSettings.map((setting) => setting.sourceId)),
      }
    : null;

  const education = occupation.educationPaths.map((path) => ({
    text: CREDENTIAL_LEVEL_LABELS[path.credentialLevel],
    detail: [formatMonths(path.minMonths, path.maxMonths), path.note].filter(Boolean).join(', '),
    href: null,
    html: '',
    note: footnotes.cite(path.sourceId),
  }));
  const entryEducation = blsEducation
    ? { facts: entryEducationFacts, note: footnotes.cite(blsEducation.sourceId) }
    : null;
  const jobZone = data.jobZone
    ? {
        text: `Job zone ${data.jobZone.zone} of 5: ${data.jobZone.name.toLowerCase()}`,
        note: footnotes.cite(data.onetSourceId),
      }
    : null;
  const howToBecome = HOW_TO_BECOME.flatMap(sectionModel);
  const accreditationSection = sectionModel('programAccreditation')[0] ?? null;
  const accreditation = occupation.accreditationBodies.map((body) => ({
    text: `${body.name} (${body.abbreviation})`,
    detail: body.recognizedBy ? `recognized by ${body.recognizedBy}` : null,
    href: body.url,
    html: body.descriptionHtml,
    note: footnotes.citeAll(body.sourceIds)[0] ?? null,
  }));
  const certificationSection = sectionModel('certification')[0] ?? null;
  const certifications = occupation.certifications.map((certification) => {
    const credential = certification.credential;
    const renewal =
      credential?.renewalPeriodMonths && credential.renewalUnits
        ? `renew every ${credential.renewalPeriodMonths} months with ${credential.renewalUnits} ${credential.renewalUnitName ?? 'units'}`
        : null;
    return {
      text: credential
        ? `${credential.name} (${credential.abbreviation})`
        : (certification.certifyingBody?.name ?? 'Certification'),
      detail: [certification.requirement, certification.certifyingBody?.abbreviation, renewal]
        .filter(Boolean)
        .join('; '),
      href: certification.certifyingBody?.url ?? null,
      html: certification.noteHtml || credential?.renewalNoteHtml || '',
      note: footnotes.cite(certification.sourceId),
    };
  });
  const licensing = LICENSING.flatMap(sectionModel);

  const stateRow = latestForState(occupation.wages, state);
  const wages = national
    ? {
        ...wagePercentilesFigure([
          { label: 'United States', wage: national },
          ...(stateRow ? [{ label: stateRow.areaName, wage: stateRow }] : []),
        ]),
        notes: footnotes.citeAll([national.sourceId, ...(stateRow ? [stateRow.sourceId] : [])]),
      }
    : null;
  const nationalRows = occupation.wages.filter((wage) => wage.areaType === 'national');
  const wageHistory =
    nationalRows.length > 1
      ? {
          ...wageHistoryFigure(nationalRows),
          notes: footnotes.citeAll(nationalRows.map((wage) => wage.sourceId)),
        }
      : null;

  const outlook = projection
    ? {
        ...growthFigure([{ label: occupation.shortTitle || occupation.title, projection }]),
        notes: footnotes.citeAll([projection.sourceId]),
        note: footnotes.cite(projection.sourceId),
        text:
          `Employment is projected to grow ${formatPercent(projection.wholePercentChange)} from ${projection.baseYear} ` +
          `to ${projection.targetYear} (${projection.growthComparison}; all occupations: ${formatPercent(baselinePercent(projection))}), ` +
          `from ${formatCount(projection.baseEmployment)} to ${formatCount(projection.targetEmployment)} jobs, ` +
          `an addition of ${formatCount(projection.numericChange)}.` +
          openingsText(projection),
      }
    : null;
  const stateProjection = state
    ? (occupation.projections.find((row) => row.areaCode === state && row.areaCode !== 'US') ?? null)
    : null;
  const stateOutlook = stateProjection
    ? {
        text:
          `In ${stateProjection.areaName}, employment is projected to ${stateProjection.numericChange < 0 ? 'change' : 'grow'} ` +
          `${formatPercent(stateProjection.wholePercentChange)} from ${stateProjection.baseYear} to ${stateProjection.targetYear} ` +
          `(all occupations in ${stateProjection.areaName}: ${formatPercent(baselinePercent(stateProjection))}), ` +
          `from ${formatCount(stateProjection.baseEmployment)} to ${formatCount(stateProjection.targetEmployment)} jobs.` +
          openingsText(stateProjection),
        note: footnotes.cite(stateProjection.sourceId),
      }
    : null;

  const onetNotes = () => footnotes.citeAll(data.onetSourceId ? [data.onetSourceId] : []);
  const skills: OccupationModel['skills'] = occupation.skills.length
    ? {
        provenance: 'editorial',
        items: occupation.skills,
        notes: occupation.skillsSourceId ? footnotes.citeAll([occupation.skillsSourceId]) : [],
      }
    : {
        provenance: 'onet',
        items: data.skills.map((skill) => `${skill.name} (importance ${skill.importance.toFixed(1)} of 5)`),
        notes: data.skills.length ? onetNotes() : [],
      };
  const specializationSection = sectionModel('specialization')[0] ?? null;
  const specializations: OccupationModel['specializations'] =
    occupation.specializations.length || specializationSection
      ? {
          provenance: 'editorial',
          section: specializationSection,
          items: occupation.specializations.map((title) => ({ title, description: null })),
          notes:
            occupation.specializations.length && occupation.specializationsSourceId
              ? footnotes.citeAll([occupation.specializationsSourceId])
              : [],
        }
      : {
          provenance: 'onet',
          section: null,
          items: data.specialties.map(({ title, description }) => ({ title, description })),
          notes: data.specialties.length ? onetNotes() : [],
        };
  const technologies = {
    items: data.hotTechnologies,
    notes: data.hotTechnologies.length ? onetNotes() : [],
  };
  const related = {
    items: data.related.map((entry) => ({
      title: entry.title,
      socCode: entry.socCode,
      href: entry.slug ? `/careers/${entry.slug}` : null,
      compareWith:
        entry.slug && entry.slug !== occupation.slug ? selectionQuery([occupation.slug, entry.slug]).o : null,
    })),
    notes: data.related.length ? onetNotes() : [],
  };
  const showsOnet =
    summary.provenance === 'onet' ||
    tasks !== null ||
    jobZone !== null ||
    (skills.provenance === 'onet' && skills.items.length > 0) ||
    (specializations.provenance === 'onet' && specializations.items.length > 0) ||
    technologies.items.length > 0 ||
    related.items.length > 0;
  const moreSections = occupation.sections
    .filter((section) => !used.has(section.key))
    .map((section) => ({ section, notes: footnotes.citeAll(section.sourceIds) }));
  const schools = occupation.schools.map((school) => ({ school, note: footnotes.cite(school.sourceId) }));

  return {
    summary,
    quickFacts,
    duties,
    dutiesHtml,
    tasks,
    entryEducation,
    jobZone,
    workSettings,
    education,
    howToBecome,
    accreditation,
    accreditationSection,
    certifications,
    certificationSection,
    licensing,
    wages,
    stateMissing: state && !stateRow ? state : null,
    wageHistory,
    states: statesWithFigures(occupation.wages, occupation.projections),
    outlook,
    stateOutlook,
    stateOutlookMissing: state && !stateProjection ? state : null,
    skills,
    specializations,
    technologies,
    related,
    showsOnet: showsOnet && data.onetSourceId !== null,
    moreSections,
    schools,
    sources: footnotes.list(),
  };
}

/** " About 14,900 openings a year are projected, on average, over the decade." */
function openingsText(projection: EmploymentProjectionView): string {
  return projection.averageAnnualOpenings === null
    ? ''
    : ` About ${formatCount(projection.averageAnnualOpenings)} openings a year are projected, on average, over the decade.`;
}
