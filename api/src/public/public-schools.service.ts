import { Injectable, NotFoundException } from '@nestjs/common';
import {
  type AccreditationBodyView,
  CREDENTIAL_LEVEL_LABELS,
  CREDENTIAL_LEVELS,
  DELIVERY_MODE_LABELS,
  DELIVERY_MODES,
  type PublicSchoolFiltersView,
  type PublicSchoolResponse,
  type SchoolFilterOption,
  stateName,
} from '@careerscope/shared';
import { PublicationsService } from '../publications/publications.service';

/** One school's page and the school directory's filter values, from the current publication. */
@Injectable()
export class PublicSchoolsService {
  constructor(private readonly publications: PublicationsService) {}

  async school(slug: string): Promise<PublicSchoolResponse> {
    const { info, snapshot } = await this.publications.getCurrent();
    const school = snapshot.schools.find((candidate) => candidate.slug === slug);
    if (!school) throw new NotFoundException(`No published school is called "${slug}"`);
    const accreditorSlugs = new Set(school.programs.map((program) => program.accreditationBodySlug));
    const accreditationBodies = new Map<string, AccreditationBodyView>();
    for (const occupation of snapshot.occupations) {
      for (const body of occupation.accreditationBodies) {
        if (accreditorSlugs.has(body.slug)) accreditationBodies.set(body.slug, body);
      }
    }
    return {
      ...school,
      publication: info,
      accreditationBodies: [...accreditationBodies.values()],
      sources: snapshot.sources.filter((source) => source.id === school.sourceId),
    };
  }

  async filters(): Promise<PublicSchoolFiltersView> {
    const { info, snapshot } = await this.publications.getCurrent();
    const programs = snapshot.schools.flatMap((school) => school.programs);
    const occupations = new Map(programs.map((program) => [program.occupationSlug, program.occupationTitle]));
    const states = new Set(snapshot.schools.filter((school) => school.programs.length).map((s) => s.state));
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
