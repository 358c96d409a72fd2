import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type AccreditationBodyView,
  CREDENTIAL_LEVEL_LABELS,
  CREDENTIAL_LEVELS,
  DELIVERY_MODE_LABELS,
  DELIVERY_MODES,
  type PublicSchoolFiltersView,
  type OccupationView,
  type ProgramPaybackView,
  type ProgramView,
  type PublicSchoolResponse,
  type SchoolFilterOption,
  type SchoolSummaryView,
  estimatedTotalCost,
  paybackYears,
  programMonths,
  schoolYearlyCost,
  stateName,
} from '@careerscope/shared';
import { milesBetween, schoolSourceIds, withSchoolDefaults, zipPlace } from './school-locations';
import { CurrentPublicationService } from '../publications/current-publication.service';

/** One school's page and the school directory's filter values, from the current publication. */
@Injectable()
export class PublicSchoolsService {
  constructor(private readonly publications: CurrentPublicationService) {}

  async school(slug: string, zip?: string): Promise<PublicSchoolResponse> {
    const origin = zip === undefined ? null : zipPlace(zip);
    if (zip !== undefined && origin === null) {
      const message = `${zip} is not a U.S. ZIP code we can locate`;
      throw new BadRequestException({ message, fields: [{ field: 'zip', message }] });
    }
    const { info, snapshot } = await this.publications.getCurrent();
    const found = snapshot.schools.find((candidate) => candidate.slug === slug);
    if (!found) throw new NotFoundException(`No published school is called "${slug}"`);
    const school = withSchoolDefaults(found);
    const accreditorSlugs = new Set(school.programs.map((program) => program.accreditationBodySlug));
    const accreditationBodies = new Map<string, AccreditationBodyView>();
    for (const occupation of snapshot.occupations) {
      for (const body of occupation.accreditationBodies) {
        if (accreditorSlugs.has(body.slug)) accreditationBodies.set(body.slug, body);
      }
    }
    const occupations = new Map(snapshot.occupations.map((occupation) => [occupation.slug, occupation]));
    const resident = origin === null || origin.state === school.state;
    const paybacks = school.programs.map((program) =>
      programPayback(school, program, occupations.get(program.occupationSlug), resident),
    );
    const cited = new Set([
      ...schoolSourceIds(school),
      ...paybacks.map((payback) => payback.pay?.sourceId).filter((id) => id !== undefined),
    ]);
    return {
      ...school,
      publication: info,
      distanceMiles:
        origin && school.latitude !== null && school.longitude !== null
          ? Math.round(
              milesBetween(origin.latitude, origin.longitude, school.latitude, school.longitude) * 10,
            ) / 10
          : null,
      paybacks,
      accreditationBodies: [...accreditationBodies.values()],
      sources: snapshot.sources.filter((source) => cited.has(source.id)),
    };
  }

  /**
   * Only values of the schools the directory lists with the same `includeClosed` (closed schools are
   * left out by default): a state or career whose schools are all closed would list none.
   */
  async filters(includeClosed: boolean): Promise<PublicSchoolFiltersView> {
    const { info, snapshot } = await this.publications.getCurrent();
    const schools = snapshot.schools.filter(
      (school) => school.programs.length > 0 && (includeClosed || !school.closedOn),
    );
    const programs = schools.flatMap((school) => school.programs);
    const occupations = new Map(programs.map((program) => [program.occupationSlug, program.occupationTitle]));
    const states = new Set(schools.map((school) => school.state));
    const delivery = new Set(programs.map((program) => program.delivery));
    const credentials = new Set(programs.map((program) => program.credentialLevel));
    const accreditors = new Set(programs.map((program) => program.accreditationBodySlug));
    const bodies = new Map<string, AccreditationBodyView>();
    for (const occupation of snapshot.occupations) {
      for (const body of occupation.accreditationBodies) bodies.set(body.slug, body);
    }
    const byLabel = (a: SchoolFilterOption, b: SchoolFilterOption) => a.label.localeCompare(b.label);
    return {
      publication: info,
      occupations: [...occupations].map(([value, label]) => ({ value, label })).sort(byLabel),
      states: [...states].map((code) => ({ value: code, label: stateName(code) })).sort(byLabel),
      deliveryModes: DELIVERY_MODES.filter((mode) => delivery.has(mode)).map((mode) => ({
        value: mode,
        label: DELIVERY_MODE_LABELS[mode],
      })),
      credentialLevels: CREDENTIAL_LEVELS.filter((level) => credentials.has(level)).map((level) => ({
        value: level,
        label: CREDENTIAL_LEVEL_LABELS[level],
      })),
      accreditationBodies: [...bodies.values()]
        .filter((body) => accreditors.has(body.slug))
        .map((body) => ({ value: body.slug, label: `${body.abbreviation} (${body.name})` }))
        .sort(byLabel),
    };
  }
}

/** The career's latest median annual pay in the state, or nationally when the state has none. */
function medianPay(occupation: OccupationView | undefined, state: string): ProgramPaybackView['pay'] {
  if (!occupation) return null;
  const latest = (area: 'state' | 'national') =>
    occupation.wages
      .filter(
        (wage) =>
          wage.areaType === area &&
          (area === 'national' || wage.areaCode === state) &&
          wage.annual.median.value !== null,
      )
      .sort((a, b) => b.periodYear - a.periodYear)[0];
  const wage = latest('state') ?? latest('national');
  if (!wage) return null;
  return {
    median: wage.annual.median.value as number,
    area: wage.areaType,
    areaName: wage.areaName,
    referencePeriod: wage.referencePeriod,
    sourceId: wage.sourceId,
  };
}

function programPayback(
  school: SchoolSummaryView,
  program: ProgramView,
  occupation: OccupationView | undefined,
  resident: boolean,
): ProgramPaybackView {
  const length = programMonths(program);
  const yearly = schoolYearlyCost(school, resident);
  const totalCost = length && yearly ? estimatedTotalCost(yearly, length.months) : null;
  const pay = medianPay(occupation, school.state);
  return {
    programId: program.id,
    months: length?.months ?? null,
    monthsBasis: length?.basis ?? null,
    yearly,
    totalCost,
    pay,
    paybackYears: totalCost !== null && pay ? paybackYears(totalCost, pay.median) : null,
  };
}
