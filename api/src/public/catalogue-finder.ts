import MiniSearch from 'minisearch';
import {
  ENTRY_EDUCATION_LEVELS,
  entryEducationSlug,
  isBrightOutlook,
  type CatalogueEntryView,
  type HomeCareerView,
  type HomeHighlights,
  type OccupationView,
  type PublicOccupationListResponse,
  type SourceView,
} from '@careerscope/shared';
import type { PublicOccupationsQueryDto } from './dto/public-occupations.query';

interface Indexed {
  occupation: OccupationView;
  /** Figures per area: `US` and every state with a wage or a projection. */
  byArea: Map<string, AreaFigures>;
  educationSlug: string | null;
}

interface AreaFigures {
  medianPay: number | null;
  payPeriod: string | null;
  paySourceId: string | null;
  growthPercent: number | null;
  newJobs: number | null;
  openings: number | null;
  projectionPeriod: string | null;
  projectionSourceId: string | null;
  allOccupationsPercentChange: number | null;
}

const EMPTY_AREA: AreaFigures = {
  medianPay: null,
  payPeriod: null,
  paySourceId: null,
  growthPercent: null,
  newJobs: null,
  openings: null,
  projectionPeriod: null,
  projectionSourceId: null,
  allOccupationsPercentChange: null,
};

/**
 * The occupation finder over one publication: a word index of titles and alternate titles
 * (prefix and small-typo tolerant), and each occupation's newest figures per area, built once per
 * publication and answered from memory.
 */
export class CatalogueFinder {
  private readonly entries: Indexed[];
  private readonly search: MiniSearch<{ id: number; title: string; alternates: string }>;
  private readonly baseline: PublicOccupationListResponse['baseline'];
  private readonly educationLevels: PublicOccupationListResponse['educationLevels'];

  constructor(occupations: OccupationView[]) {
    this.entries = occupations.map((occupation) => ({
      occupation,
      byArea: figuresByArea(occupation),
      educationSlug: occupation.data.education
        ? entryEducationSlug(occupation.data.education.typicalEducation)
        : null,
    }));
    this.search = new MiniSearch({
      fields: ['title', 'alternates'],
      searchOptions: {
        boost: { title: 3 },
        prefix: true,
        // Common misspellings ("phlebotomyst", "sonografer") are one or two letters off.
        fuzzy: (term) => (term.length > 4 ? 0.25 : false),
        combineWith: 'AND',
      },
    });
    this.search.addAll(
      this.entries.map((entry, id) => ({
        id,
        title: `${entry.occupation.title} ${entry.occupation.shortTitle} ${entry.occupation.socTitle}`,
        alternates: entry.occupation.data.alternateTitles.join(' \n '),
      })),
    );
    const national = occupations
      .flatMap((occupation) => occupation.projections.filter((projection) => projection.areaCode === 'US'))
      .sort((a, b) => b.baseYear - a.baseYear)[0];
    this.baseline = national
      ? {
          percentChange: national.allOccupationsPercentChange,
          period: `${national.baseYear}–${String(national.targetYear).slice(-2)}`,
          sourceId: national.sourceId,
        }
      : null;
    this.educationLevels = ENTRY_EDUCATION_LEVELS.map((label) => ({
      slug: entryEducationSlug(label),
      label,
      count: this.entries.filter((entry) => entry.educationSlug === entryEducationSlug(label)).length,
    })).filter((level) => level.count > 0);
  }

  /**
   * The home page's ways in, from national figures: the fastest growing careers, the best paid
   * without a bachelor's degree, and those with the shortest training (lowest BLS entry education).
   */
  highlights(sources: readonly SourceView[], size = 4): HomeHighlights {
    const views = this.entries.map((entry) => toEntryView(entry, 'US', []));
    const rank = (view: CatalogueEntryView) =>
      view.typicalEducation === null
        ? -1
        : ENTRY_EDUCATION_LEVELS.indexOf(view.typicalEducation as (typeof ENTRY_EDUCATION_LEVELS)[number]);
    const bachelors = ENTRY_EDUCATION_LEVELS.indexOf("Bachelor's degree");
    const belowBachelors = views.filter((view) => rank(view) >= 0 && rank(view) < bachelors);
    const fastestGrowing = views.filter((view) => view.growthPercent !== null).sort(COMPARE.growth);
    const bestPaid = belowBachelors.filter((view) => view.medianPay !== null).sort(COMPARE.pay);
    const shortest = belowBachelors
      .filter((view) => view.medianPay !== null)
      .sort((a, b) => rank(a) - rank(b) || COMPARE.pay(a, b));
    const withProjection = views.filter((view) => view.newJobs !== null);
    const lists = {
      fastestGrowing: fastestGrowing.slice(0, size).map(toHomeCareer),
      bestPaidWithoutBachelors: bestPaid.slice(0, size).map(toHomeCareer),
      shortestTraining: shortest.slice(0, size).map(toHomeCareer),
    };
    const cited = new Set(
      Object.values(lists).flatMap((careers) =>
        careers.flatMap((career) => [
          career.paySourceId,
          career.projectionSourceId,
          career.educationSourceId,
        ]),
      ),
    );
    if (this.baseline) cited.add(this.baseline.sourceId);
    return {
      careerCount: views.length,
      withoutBachelorsCount: belowBachelors.length,
      projectedNewJobs: withProjection.length
        ? withProjection.reduce((sum, view) => sum + (view.newJobs ?? 0), 0)
        : null,
      projectionPeriod: this.baseline?.period ?? null,
      ...lists,
      sources: sources.filter((source) => cited.has(source.id)),
    };
  }

  find(query: PublicOccupationsQueryDto): Omit<PublicOccupationListResponse, 'publication'> {
    const area = query.state ?? 'US';
    let ranked: Array<{ entry: Indexed; terms: string[] }>;
    if (query.q) {
      ranked = this.search
        .search(query.q)
        .map((result) => ({ entry: this.entries[result.id as number], terms: result.terms }));
    } else {
      ranked = this.entries.map((entry) => ({ entry, terms: [] }));
    }
    const views = ranked
      .map(({ entry, terms }) => toEntryView(entry, area, terms))
      .filter(
        (view) =>
          (!query.education || slugOf(view.typicalEducation) === query.education) &&
          (query.minPay === undefined || (view.medianPay !== null && view.medianPay >= query.minPay)) &&
          (query.maxPay === undefined || (view.medianPay !== null && view.medianPay <= query.maxPay)) &&
          (query.growth === undefined ||
            (view.growthPercent !== null && view.growthPercent >= query.growth)) &&
          (!query.bright || view.brightOutlook),
      );
    const sort = query.sort ?? (query.q ? null : 'title');
    if (sort) views.sort(COMPARE[sort]);
    const start = (query.page - 1) * query.pageSize;
    return {
      items: views.slice(start, start + query.pageSize),
      total: views.length,
      page: query.page,
      pageSize: query.pageSize,
      baseline: this.baseline,
      educationLevels: this.educationLevels,
    };
  }
}

const slugOf = (label: string | null) => (label ? entryEducationSlug(label) : null);

const descending =
  (pick: (view: CatalogueEntryView) => number | null) => (a: CatalogueEntryView, b: CatalogueEntryView) => {
    const left = pick(a);
    const right = pick(b);
    if (left === right) return a.title.localeCompare(b.title);
    if (left === null) return 1;
    if (right === null) return -1;
    return right - left;
  };

const COMPARE = {
  title: (a: CatalogueEntryView, b: CatalogueEntryView) => a.title.localeCompare(b.title),
  pay: descending((view) => view.medianPay),
  growth: descending((view) => view.growthPercent),
  openings: descending((view) => view.openings),
} as const;

function figuresByArea(occupation: OccupationView): Map<string, AreaFigures> {
  const areas = new Map<string, AreaFigures>();
  const at = (code: string) => {
    const held = areas.get(code) ?? { ...EMPTY_AREA };
    areas.set(code, held);
    return held;
  };
  // Wages and projections arrive newest first: keep the first of each area.
  for (const wage of occupation.wages) {
    const figures = at(wage.areaCode);
    if (figures.payPeriod !== null) continue;
    figures.medianPay = wage.annual.median.value;
    figures.payPeriod = wage.referencePeriod;
    figures.paySourceId = wage.sourceId;
  }
  for (const projection of occupation.projections) {
    const figures = at(projection.areaCode);
    if (figures.projectionPeriod !== null) continue;
    figures.growthPercent = projection.percentChange;
    figures.newJobs = projection.numericChange;
    figures.openings = projection.averageAnnualOpenings;
    figures.projectionPeriod = `${projection.baseYear}–${String(projection.targetYear).slice(-2)}`;
    figures.projectionSourceId = projection.sourceId;
    figures.allOccupationsPercentChange = projection.allOccupationsPercentChange;
  }
  return areas;
}

function toEntryView(entry: Indexed, area: string, terms: string[]): CatalogueEntryView {
  const { occupation } = entry;
  const national = entry.byArea.get('US') ?? EMPTY_AREA;
  const local = entry.byArea.get(area);
  // A state's figure where published, else the nation's (the entry says which area it is).
  const pay = local?.payPeriod ? local : national;
  const outlook = local?.projectionPeriod ? local : national;
  const titleWords = `${occupation.title} ${occupation.shortTitle}`.toLowerCase();
  const matchedTitle =
    terms.length > 0 && !terms.some((term) => titleWords.includes(term))
      ? (occupation.data.alternateTitles.find((title) =>
          terms.some((term) => title.toLowerCase().includes(term)),
        ) ?? null)
      : null;
  return {
    id: occupation.id,
    slug: occupation.slug,
    title: occupation.title,
    shortTitle: occupation.shortTitle,
    socCode: occupation.socCode,
    summaryHtml: occupation.summaryHtml,
    alternateTitles: occupation.data.alternateTitles,
    matchedTitle,
    medianPay: pay.medianPay,
    payPeriod: pay.payPeriod,
    areaCode: local?.payPeriod || local?.projectionPeriod ? area : 'US',
    paySourceId: pay.paySourceId,
    growthPercent: outlook.growthPercent,
    newJobs: outlook.newJobs,
    openings: outlook.openings,
    projectionPeriod: outlook.projectionPeriod,
    projectionSourceId: outlook.projectionSourceId,
    typicalEducation: occupation.data.education?.typicalEducation ?? null,
    educationSourceId: occupation.data.education?.sourceId ?? null,
    // The rule compares national figures with the national baseline (BLS publishes no state baseline).
    brightOutlook: isBrightOutlook(
      national.growthPercent,
      national.allOccupationsPercentChange,
      national.newJobs,
    ),
  };
}

function toHomeCareer(view: CatalogueEntryView): HomeCareerView {
  return {
    slug: view.slug,
    title: view.title,
    medianPay: view.medianPay,
    payPeriod: view.payPeriod,
    paySourceId: view.paySourceId,
    growthPercent: view.growthPercent,
    projectionPeriod: view.projectionPeriod,
    projectionSourceId: view.projectionSourceId,
    typicalEducation: view.typicalEducation,
    educationSourceId: view.educationSourceId,
  };
}
