import { Injectable, NotFoundException } from '@nestjs/common';
import {
  ComparisonView,
  OccupationSummaryView,
  OccupationView,
  PublicHomeView,
  PublicOccupationListResponse,
  PublicOccupationResponse,
  PublicSchoolsResponse,
  PublicSourcesResponse,
  PublicationInfo,
} from '@careerscope/shared';
import { PublicationsService } from '../publications/publications.service';
import { CatalogueFinder } from './catalogue-finder';
import { PublicOccupationsQueryDto } from './dto/public-occupations.query';
import { PublicSchoolsQueryDto } from './dto/public-schools.query';

/** Answers public reads from the current publication only. */
@Injectable()
export class PublicContentService {
  /** One finder per publication (a snapshot is never changed once published). */
  private readonly finders = new WeakMap<object, CatalogueFinder>();

  constructor(private readonly publications: PublicationsService) {}

  async publication(): Promise<PublicationInfo> {
    return (await this.publications.getCurrent()).info;
  }

  async home(): Promise<PublicHomeView> {
    const { info, snapshot } = await this.publications.getCurrent();
    return {
      publication: info,
      comparisons: snapshot.comparisons.map(({ slug, title, occupationSlugs }) => ({
        slug,
        title,
        occupationSlugs,
      })),
      occupations: snapshot.occupations.map(toSummary),
      highlights: this.finderFor(snapshot).highlights(snapshot.sources),
    };
  }

  async comparison(slug: string): Promise<ComparisonView> {
    const { info, snapshot } = await this.publications.getCurrent();
    const found = snapshot.comparisons.find((comparison) => comparison.slug === slug);
    if (!found) throw new NotFoundException(`No published comparison is called "${slug}"`);
    return { ...found, publication: info };
  }

  async occupations(query: PublicOccupationsQueryDto): Promise<PublicOccupationListResponse> {
    const { info, snapshot } = await this.publications.getCurrent();
    return { publication: info, ...this.finderFor(snapshot).find(query) };
  }

  private finderFor(snapshot: { occupations: OccupationView[] }): CatalogueFinder {
    let finder = this.finders.get(snapshot);
    if (!finder) {
      finder = new CatalogueFinder(snapshot.occupations);
      this.finders.set(snapshot, finder);
    }
    return finder;
  }

  async occupation(slug: string): Promise<PublicOccupationResponse> {
    const { info, snapshot } = await this.publications.getCurrent();
    const found = snapshot.occupations.find((occupation) => occupation.slug === slug);
    if (!found) throw new NotFoundException(`No published occupation is called "${slug}"`);
    return { ...found, publication: info };
  }

  async schools(query: PublicSchoolsQueryDto): Promise<PublicSchoolsResponse> {
    const { info, snapshot } = await this.publications.getCurrent();
    const needle = query.q?.toLowerCase();
    const matching = snapshot.schools
      .map((school) => ({
        ...school,
        programs: school.programs.filter(
          (program) =>
            (!query.occupation || program.occupationSlug === query.occupation) &&
            (!query.delivery || program.delivery === query.delivery) &&
            (!query.credential || program.credentialLevel === query.credential) &&
            (!query.accreditation || program.accreditationBodySlug === query.accreditation),
        ),
      }))
      .filter(
        (school) =>
          school.programs.length > 0 &&
          (!query.state || school.state === query.state) &&
          (!needle || `${school.name} ${school.city}`.toLowerCase().includes(needle)),
      );
    const start = (query.page - 1) * query.pageSize;
    return {
      publication: info,
      items: matching.slice(start, start + query.pageSize),
      total: matching.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async sources(): Promise<PublicSourcesResponse> {
    const { info, snapshot } = await this.publications.getCurrent();
    return { publication: info, items: snapshot.sources };
  }
}

function toSummary(occupation: OccupationSummaryView): OccupationSummaryView {
  return {
    id: occupation.id,
    slug: occupation.slug,
    title: occupation.title,
    shortTitle: occupation.shortTitle,
    socCode: occupation.socCode,
    summaryHtml: occupation.summaryHtml,
  };
}
