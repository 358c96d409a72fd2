import {
  CellFigure,
  CellItem,
  CERTIFICATION_REQUIREMENTS,
  ComparisonCellView,
  ComparisonRowKind,
  ComparisonRowView,
  CREDENTIAL_LEVEL_LABELS,
  DeliveryMode,
  FlaggedValue,
  OccupationView,
  WAGE_FLAG_MEANINGS,
  formatAnnualWage,
  formatCount,
  formatMonths,
  formatPercent,
} from '@careerscope/shared';

/** What a comparison row asks for; the stored rows and ad-hoc comparisons both use it. */
export interface ComparisonRowSpec {
  key: string;
  group: string | null;
  label: string;
  kind: ComparisonRowKind;
  sectionKey: string | null;
  delivery: DeliveryMode | null;
}

const REQUIREMENT_LABELS: Record<(typeof CERTIFICATION_REQUIREMENTS)[number], string> = {
  required: 'Required',
  optional: 'Optional',
  conditional: 'Required in some roles',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function projectionPeriod(base: number, target: number): string {
  return `${base}–${String(target).slice(-2)}`;
}

function latestNationalWage(occupation: OccupationView) {
  return occupation.wages.find((wage) => wage.areaType === 'national') ?? null;
}

function latestProjection(occupation: OccupationView) {
  return occupation.projections[0] ?? null;
}

function wageFigure(
  label: string,
  value: FlaggedValue,
  format: (value: number) => string,
  sourceId: string,
  referencePeriod: string,
): CellFigure {
  return {
    label,
    display: value.flag
      ? WAGE_FLAG_MEANINGS[value.flag]
      : value.value === null
        ? 'Not available'
        : format(value.value),
    value: value.value,
    flag: value.flag,
    sourceId,
    referencePeriod,
  };
}

function figuresFor(kind: ComparisonRowKind, occupation: OccupationView): CellFigure[] {
  const projection = latestProjection(occupation);
  switch (kind) {
    case 'employment': {
      if (!projection) return [];
      return [
        {
          label: `${capitalize(projection.socTitle.toLowerCase())} employed, ${projection.baseYear}`,
          display: formatCount(projection.baseEmployment),
          value: projection.baseEmployment,
          flag: null,
          sourceId: projection.sourceId,
          referencePeriod: projectionPeriod(projection.baseYear, projection.targetYear),
        },
      ];
    }
    case 'growth': {
      if (!projection) return [];
      const period = projectionPeriod(projection.baseYear, projection.targetYear);
      return [
        {
          label: `Projected growth, ${projection.baseYear}–${projection.targetYear}`,
          display: formatPercent(projection.wholePercentChange),
          value: projection.wholePercentChange,
          flag: null,
          sourceId: projection.sourceId,
          referencePeriod: period,
        },
        {
          label: 'All occupations, same period',
          display: formatPercent(Math.round(projection.allOccupationsPercentChange)),
          value: Math.round(projection.allOccupationsPercentChange),
          flag: null,
          sourceId: projection.sourceId,
          referencePeriod: period,
        },
      ];
    }
    case 'newPositions': {
      if (!projection) return [];
      const period = projectionPeriod(projection.baseYear, projection.targetYear);
      return [
        {
          label: `New positions, ${projection.baseYear}–${projection.targetYear}`,
          display: `${projection.numericChange >= 0 ? '+' : '−'}${formatCount(Math.abs(projection.numericChange))}`,
          value: projection.numericChange,
          flag: null,
          sourceId: projection.sourceId,
          referencePeriod: period,
        },
        {
          label: `Total jobs, ${projection.targetYear}`,
          display: formatCount(projection.targetEmployment),
          value: projection.targetEmployment,
          flag: null,
          sourceId: projection.sourceId,
          referencePeriod: period,
        },
      ];
    }
    case 'wages': {
      const wage = latestNationalWage(occupation);
      if (!wage) return [];
      const period = wage.referencePeriod;
      return [
        wageFigure(`Employed (${period})`, wage.employment, formatCount, wage.sourceId, period),
        wageFigure('Average annual salary', wage.meanAnnual, formatAnnualWage, wage.sourceId, period),
        wageFigure('10th percentile', wage.annual.p10, formatAnnualWage, wage.sourceId, period),
        wageFigure('25th percentile', wage.annual.p25, formatAnnualWage, wage.sourceId, period),
        wageFigure('50th percentile (median)', wage.annual.median, formatAnnualWage, wage.sourceId, period),
        wageFigure('75th percentile', wage.annual.p75, formatAnnualWage, wage.sourceId, period),
        wageFigure('90th percentile', wage.annual.p90, formatAnnualWage, wage.sourceId, period),
      ];
    }
    case 'educationPaths':
      return occupation.educationPaths.map((path) => ({
        label: CREDENTIAL_LEVEL_LABELS[path.credentialLevel],
        display: path.note
          ? `${formatMonths(path.minMonths, path.maxMonths)} (${path.note})`
          : formatMonths(path.minMonths, path.maxMonths),
        value: path.minMonths,
        flag: null,
        sourceId: path.sourceId,
        referencePeriod: '',
      }));
    case 'renewal':
      return occupation.certifications.flatMap((certification) => {
        const credential = certification.credential;
        if (!credential || credential.renewalPeriodMonths === null) return [];
        const figures: CellFigure[] = [
          {
            label: `${credential.abbreviation}: recertify every`,
            display: `${credential.renewalPeriodMonths} months`,
            value: credential.renewalPeriodMonths,
            flag: null,
            sourceId: credential.sourceId,
            referencePeriod: '',
          },
        ];
        if (credential.renewalUnits !== null) {
          figures.push({
            label: `${credential.abbreviation}: continuing education`,
            display: `${credential.renewalUnits} ${credential.renewalUnitName ?? 'units'}`,
            value: credential.renewalUnits,
            flag: null,
            sourceId: credential.sourceId,
            referencePeriod: '',
          });
        }
        return figures;
      });
    default:
      return [];
  }
}

/** The schools a `schools` row lists for an occupation: those with a program of that delivery mode. */
export function schoolItems(occupation: OccupationView, delivery: DeliveryMode | null): CellItem[] {
  return occupation.schools
    .filter((school) => school.programs.some((program) => delivery === null || program.delivery === delivery))
    .map((school) => ({
      text: school.name,
      detail: `${school.city}, ${school.state}`,
      href: school.website,
      sourceId: school.sourceId,
    }));
}

function itemsFor(
  kind: ComparisonRowKind,
  occupation: OccupationView,
  delivery: DeliveryMode | null,
): CellItem[] {
  switch (kind) {
    case 'growth': {
      const projection = latestProjection(occupation);
      return projection
        ? [
            {
              text: capitalize(projection.growthComparison),
              detail: null,
              href: null,
              sourceId: projection.sourceId,
            },
          ]
        : [];
    }
    case 'accreditation':
      return occupation.accreditationBodies.map((body) => ({
        text: `${body.name} (${body.abbreviation})`,
        detail: body.recognizedBy ? `Recognized by the ${body.recognizedBy}` : null,
        href: body.url,
        sourceId: body.sourceIds[0] ?? null,
      }));
    case 'schools':
      return schoolItems(occupation, delivery);
    case 'certifications':
      return occupation.certifications.map((certification) => {
        const body = certification.certifyingBody;
        const credential = certification.credential;
        const text = body
          ? `${body.name} (${body.abbreviation})`
          : `${credential?.name} (${credential?.abbreviation})`;
        const detail = [
          REQUIREMENT_LABELS[certification.requirement],
          body && credential ? credential.abbreviation : null,
        ]
          .filter(Boolean)
          .join(' · ');
        return { text, detail, href: body?.url ?? null, sourceId: certification.sourceId };
      });
    case 'specializations':
      return occupation.specializations.map((text) => ({
        text,
        detail: null,
        href: null,
        sourceId: occupation.specializationsSourceId,
      }));
    case 'skills':
      return occupation.skills.map((text) => ({
        text,
        detail: null,
        href: null,
        sourceId: occupation.skillsSourceId,
      }));
    case 'workSettings':
      return occupation.workSettings.map((setting) => ({
        text: setting.name,
        detail: formatPercent(setting.percent),
        href: null,
        sourceId: setting.sourceId,
      }));
    default:
      return [];
  }
}

function buildCell(row: ComparisonRowSpec, occupation: OccupationView): ComparisonCellView {
  const section = row.sectionKey
    ? occupation.sections.find((item) => item.key === row.sectionKey)
    : undefined;
  return {
    occupationSlug: occupation.slug,
    html: section?.html ?? '',
    figures: figuresFor(row.kind, occupation),
    items: itemsFor(row.kind, occupation, row.delivery),
    sourceIds: section?.sourceIds ?? [],
  };
}

/** Fills each row's cells from the compared occupations' published data. */
export function buildComparisonRows(
  rows: ComparisonRowSpec[],
  occupations: OccupationView[],
): ComparisonRowView[] {
  return rows.map((row) => ({
    key: row.key,
    group: row.group,
    label: row.label,
    kind: row.kind,
    cells: occupations.map((occupation) => buildCell(row, occupation)),
  }));
}
