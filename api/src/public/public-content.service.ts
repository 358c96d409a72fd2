import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
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
import { CurrentPublicationService } from '../publications/current-publication.service';
import { CatalogueFinder } from './catalogue-finder';
import { PublicOccupationsQueryDto } from './dto/public-occupations.query';
import { PublicSchoolsQueryDto } from './dto/public-schools.query';
import { SchoolFinder } from './school-finder';
import { zipPlace } from './school-locations';

/** Answers public reads from the current publication only. */
@Injectable()
export class PublicContentService {
  /** One finder per publication (a snapshot is never changed once published). */
  private readonly finders = new WeakMap<object, CatalogueFinder>();
  private readonly schoolFinders = new WeakMap<object, SchoolFinder>();

  constructor(private readonly publications: CurrentPublicationService) {}

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
    if (query.radius !== undefined && query.zip === undefined) {
      throw fieldError('radius', 'radius needs a zip: the distance is measured from a ZIP code');
    }
    if (query.sort === 'distance' && query.zip === undefined) {
      throw fieldError('sort', 'sort=distance needs a zip: the distance is measured from a ZIP code');
    }
    const origin = query.zip === undefined ? null : zipPlace(query.zip);
    if (query.zip !== undefined && origin === null) {
      throw fieldError('zip', `${query.zip} is not a U.S. ZIP code we can locate`);
    }
    const { info, snapshot } = await this.publications.getCurrent();
    let finder = this.schoolFinders.get(snapshot);
    if (!finder) {
      finder = new SchoolFinder(snapshot.schools);
      this.schoolFinders.set(snapshot, finder);
    }
    const { items, total } = finder.find(query, origin);
    return {
      publication: info,
      items,
      total,
      page: query.page,
      pageSize: query.pageSize,
      origin: origin && {
        zip: origin.zip,
        place: `${origin.city}, ${origin.state}`,
        state: origin.state,
      },
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

function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, fields: [{ field, message }] });
}
