import {
  type EmploymentProjectionView,
  type FlaggedValue,
  type OccupationSectionView,
  type PublicOccupationResponse,
  WAGE_FLAG_MEANINGS,
  type WageStatisticView,
  formatAnnualWage,
  formatCount,
  formatHourlyWage,
  formatPercent,
} from '@careerscope/shared';

import { Footnotes, type NumberedSource } from '../citations/footnotes';

export interface WageRowModel {
  label: string;
  annual: string;
  hourly: string | null;
}

export interface WagesModel {
  referencePeriod: string;
  areaName: string;
  socTitle: string;
  rows: WageRowModel[];
  note: number | null;
}

export interface ProjectionModel {
  projection: EmploymentProjectionView;
  baseEmployment: string;
  targetEmployment: string;
  numericChange: string;
  percent: string;
  allOccupationsPercent: string;
  note: number | null;
}

export interface ListEntryModel {
  text: string;
  detail: string | null;
  note: number | null;
}

export interface SectionModel {
  section: OccupationSectionView;
  notes: number[];
}

export interface OccupationModel {
  wages: WagesModel | null;
  projection: ProjectionModel | null;
  workSettings: ListEntryModel[];
  sections: SectionModel[];
  skills: { items: string[]; notes: number[] };
  specializations: { items: string[]; notes: number[] };
  sources: NumberedSource[];
}

/** A BLS value as printed: the number, or what its flag means. */
function printValue(value: FlaggedValue, format: (n: number) => string): string {
  if (value.flag) {
    return WAGE_FLAG_MEANINGS[value.flag];
  }
  return value.value === null ? '—' : format(value.value);
}

function toWagesModel(wage: WageStatisticView, footnotes: Footnotes): WagesModel {
  const row = (label: string, annual: FlaggedValue, hourly: FlaggedValue | null): WageRowModel => ({
    label,
    annual: printValue(annual, formatAnnualWage),
    hourly: hourly ? printValue(hourly, formatHourlyWage) : null,
  });
  return {
    referencePeriod: wage.referencePeriod,
    areaName: wage.areaName,
    socTitle: wage.socTitle,
    note: footnotes.cite(wage.sourceId),
    rows: [
      { label: 'Employed', annual: printValue(wage.employment, formatCount), hourly: null },
      row('Mean wage', wage.meanAnnual, wage.meanHourly),
      row('10th percentile', wage.annual.p10, wage.hourly.p10),
      row('25th percentile', wage.annual.p25, wage.hourly.p25),
      row('Median (50th percentile)', wage.annual.median, wage.hourly.median),
      row('75th percentile', wage.annual.p75, wage.hourly.p75),
      row('90th percentile', wage.annual.p90, wage.hourly.p90),
    ],
  };
}

/**
 * Lays out an occupation profile, numbering footnotes by first use in the order the page shows
 * them: wages, projection, work settings, sections, skills, specializations.
 */
export function buildOccupationModel(occupation: PublicOccupationResponse): OccupationModel {
  const footnotes = new Footnotes(occupation.sources);
  // National figures come first, newest first.
  const latestNational = occupation.wages.find((wage) => wage.areaType === 'national') ?? null;
  const projection = occupation.projections[0] ?? null;

  const wages = latestNational ? toWagesModel(latestNational, footnotes) : null;
  const projectionModel: ProjectionModel | null = projection
    ? {
        projection,
        baseEmployment: formatCount(projection.baseEmployment),
        targetEmployment: formatCount(projection.targetEmployment),
        numericChange: formatCount(projection.numericChange),
        percent: formatPercent(projection.wholePercentChange),
        allOccupationsPercent: formatPercent(projection.allOccupationsPercentChange),
        note: footnotes.cite(projection.sourceId),
      }
    : null;
  const workSettings = occupation.workSettings.map((setting) => ({
    text: setting.name,
    detail: formatPercent(setting.percent),
    note: footnotes.cite(setting.sourceId),
  }));
  const sections = occupation.sections.map((section) => ({
    section,
    notes: footnotes.citeAll(section.sourceIds),
  }));
  const skills = {
    items: occupation.skills,
    notes: occupation.skills.length ? footnotes.citeAll(nonNull(occupation.skillsSourceId)) : [],
  };
  const specializations = {
    items: occupation.specializations,
    notes: occupation.specializations.length
      ? footnotes.citeAll(nonNull(occupation.specializationsSourceId))
      : [],
  };

  return {
    wages,
    projection: projectionModel,
    workSettings,
    sections,
    skills,
    specializations,
    sources: footnotes.list(),
  };
}

function nonNull(id: string | null): string[] {
  return id === null ? [] : [id];
}
