import {
  CREDENTIAL_LEVEL_LABELS,
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
import { type StateOption, statesWithWages } from '../wages/state-picker';

export interface QuickFact {
  /** Every label names the data's year or period: "Median pay, May 2024". */
  label: string;
  value: string;
  note: number | null;
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

export interface OccupationModel {
  quickFacts: QuickFact[];
  duties: SectionModel | null;
  workSettings: FigureModel | null;
  education: ListEntryModel[];
  howToBecome: SectionModel[];
  accreditation: ListEntryModel[];
  certifications: ListEntryModel[];
  licensing: SectionModel[];
  /** National wages, or the nation and the chosen state side by side. */
  wages: FigureModel | null;
  /** The chosen state had no figures: say so instead of showing none. */
  stateMissing: string | null;
  wageHistory: FigureModel | null;
  states: StateOption[];
  outlook: (FigureModel & { text: string; note: number | null }) | null;
  skills: { items: string[]; notes: number[] };
  specializations: { items: string[]; notes: number[] };
  moreSections: SectionModel[];
  schools: { school: SchoolSummaryView; note: number | null }[];
  sources: NumberedSource[];
}

const HOW_TO_BECOME = ['degreeRequirements', 'degreesAvailable', 'programDetails', 'programAccreditation'];
const LICENSING = ['certification', 'licensing', 'licensingAgency', 'certificationRenewal'];
/** Prose that the page already shows as structured lists. */
const SHOWN_AS_LISTS = ['skills', 'practiceSettings'];

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
  const sections = new Map(occupation.sections.map((section) => [section.key, section]));
  const used = new Set<string>(['duties', ...HOW_TO_BECOME, ...LICENSING, ...SHOWN_AS_LISTS]);
  const sectionModel = (key: string): SectionModel[] => {
    const section = sections.get(key);
    return section ? [{ section, notes: footnotes.citeAll(section.sourceIds) }] : [];
  };

  const national = latestNational(occupation.wages);
  const projection = occupation.projections[0] ?? null;
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
    });
    quickFacts.push({
      label: `Number employed, ${national.referencePeriod} (wage survey)`,
      value: printFlagged(national.employment, formatCount),
      note,
    });
  }
  if (projection) {
    const note = footnotes.cite(projection.sourceId);
    const period = `${projection.baseYear}–${String(projection.targetYear).slice(-2)}`;
    quickFacts.push({
      label: `Number of jobs, ${projection.baseYear}`,
      value: formatCount(projection.baseEmployment),
      note,
    });
    quickFacts.push({
      label: `Job outlook, ${period}`,
      value: `${formatPercent(projection.wholePercentChange)} (${projection.growthComparison}; all occupations ${formatPercent(baselinePercent(projection))})`,
      note,
    });
    quickFacts.push({
      label: `Employment change, ${period}`,
      value: formatCount(projection.numericChange),
      note,
    });
  }
  if (firstPath) {
    quickFacts.push({
      label: 'Typical entry-level education',
      value: `${CREDENTIAL_LEVEL_LABELS[firstPath.credentialLevel]} (${formatMonths(firstPath.minMonths, firstPath.maxMonths)})`,
      note: footnotes.cite(firstPath.sourceId),
    });
  }
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
  });

  const duties = sectionModel('duties')[0] ?? null;
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
  const howToBecome = HOW_TO_BECOME.flatMap(sectionModel);
  const accreditation = occupation.accreditationBodies.map((body) => ({
    text: `${body.name} (${body.abbreviation})`,
    detail: body.recognizedBy ? `recognized by ${body.recognizedBy}` : null,
    href: body.url,
    html: body.descriptionHtml,
    note: footnotes.citeAll(body.sourceIds)[0] ?? null,
  }));
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
          `an addition of ${formatCount(projection.numericChange)}.`,
      }
    : null;

  const skills = {
    items: occupation.skills,
    notes:
      occupation.skills.length && occupation.skillsSourceId
        ? footnotes.citeAll([occupation.skillsSourceId])
        : [],
  };
  const specializations = {
    items: occupation.specializations,
    notes:
      occupation.specializations.length && occupation.specializationsSourceId
        ? footnotes.citeAll([occupation.specializationsSourceId])
        : [],
  };
  const moreSections = occupation.sections
    .filter((section) => !used.has(section.key))
    .map((section) => ({ section, notes: footnotes.citeAll(section.sourceIds) }));
  const schools = occupation.schools.map((school) => ({ school, note: footnotes.cite(school.sourceId) }));

  return {
    quickFacts,
    duties,
    workSettings,
    education,
    howToBecome,
    accreditation,
    certifications,
    licensing,
    wages,
    stateMissing: state && !stateRow ? state : null,
    wageHistory,
    states: statesWithWages(occupation.wages),
    outlook,
    skills,
    specializations,
    moreSections,
    schools,
    sources: footnotes.list(),
  };
}
