import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AccreditationBodyView,
  CertificationView,
  ComparisonRowView,
  ComparisonView,
  EmploymentProjectionView,
  FlaggedValue,
  OccupationView,
  ProgramView,
  SchoolSummaryView,
  SourceView,
  WageStatisticView,
  WageValueField,
  blsWholePercent,
  compareAwardLevels,
  describeGrowth,
} from '@careerscope/shared';
import { AccreditationBodyEntity } from '../accreditation/accreditation-body.entity';
import { AuthorEntity } from '../authors/author.entity';
import { EducationRequirementEntity } from '../catalogue/education-requirement.entity';
import { OnetProfileEntity } from '../catalogue/onet-profile.entity';
import { descriptionHtml, toOccupationData } from '../catalogue/occupation-data';
import { ComparisonEntity } from '../comparisons/comparison.entity';
import { renderMarkdown } from '../common/markdown';
import { OccupationEntity } from '../occupations/occupation.entity';
import { OccupationSocCodeEntity } from '../occupations/occupation-soc-code.entity';
import { socCodeForYear } from '../imports/preview/soc-mapping';
import { EmploymentProjectionEntity } from '../projections/employment-projection.entity';
import type { ProgramEntity } from '../schools/program.entity';
import { SchoolEntity } from '../schools/school.entity';
import { schoolCoordinates, schoolSourceIds } from '../public/school-locations';
import { SourceEntity } from '../sources/source.entity';
import { WageStatisticEntity } from '../wages/wage-statistic.entity';
import { buildComparisonRows } from './comparison-cells';
import type { PublicSnapshot } from './public-snapshot';

/** Unique values in order of first appearance. */
export function firstUse(ids: Array<string | null | undefined>): string[] {
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/** What a program's public view reads, by column: tens of thousands of rows, read as plain rows. */
const PROGRAM_VIEW_COLUMNS = {
  id: 'id',
  schoolId: 'school_id',
  occupationId: 'occupation_id',
  name: 'name',
  credentialLevel: 'credential_level',
  delivery: 'delivery',
  minMonths: 'min_months',
  maxMonths: 'max_months',
  accreditationBodyId: 'accreditation_body_id',
  url: 'url',
  cipCode: 'cip_code',
  awardLevel: 'award_level',
  completions: 'completions',
  completionsYear: 'completions_year',
  completionsSourceId: 'completions_source_id',
  vanishedIn: 'vanished_in',
} satisfies Partial<Record<keyof ProgramEntity, string>>;
type ProgramRow = Pick<ProgramEntity, keyof typeof PROGRAM_VIEW_COLUMNS>;
const PROGRAM_VIEW_SELECT = Object.entries(PROGRAM_VIEW_COLUMNS)
  .map(([field, column]) => `${column} AS "${field}"`)
  .join(', ');

/** How many schools an occupation's page and comparisons name; the directory lists them all. */
export const FEATURED_SCHOOLS = 12;

/**
 * For each occupation slug, the schools with a program for it, each with only those programs, in
 * the directory's order. Built once per snapshot rather than once per occupation. Schools IPEDS
 * reports closed are left out: a career's page neither names nor counts them (the directory leaves
 * them out too).
 */
export function schoolsByOccupation(schools: SchoolSummaryView[]): Map<string, SchoolSummaryView[]> {
  const offering = new Map<string, SchoolSummaryView[]>();
  for (const school of schools) {
    if (school.closedOn) continue;
    const bySlug = new Map<string, ProgramView[]>();
    for (const program of school.programs) {
      const list = bySlug.get(program.occupationSlug);
      if (list) list.push(program);
      else bySlug.set(program.occupationSlug, [program]);
    }
    for (const [slug, programs] of bySlug) {
      const list = offering.get(slug);
      const entry = { ...school, programs };
      if (list) list.push(entry);
      else offering.set(slug, [entry]);
    }
  }
  return offering;
}

/**
 * The schools an occupation's page names, of those with a program for it (`offering`, from
 * `schoolsByOccupation`), and how many there are. The page names a few: listings an admin entered
 * by hand first (a program with no CIP code), then those that awarded the most credentials in the
 * latest completions year; `/schools` lists all.
 */
export function schoolsOfOccupation(offering: SchoolSummaryView[] = []): {
  featured: SchoolSummaryView[];
  count: number;
} {
  const editorial = (school: SchoolSummaryView) =>
    school.programs.some((program) => program.cipCode === null) ? 1 : 0;
  const awards = (school: SchoolSummaryView) =>
    school.programs.reduce((sum, program) => sum + (program.completions ?? 0), 0);
  if (offering.length <= FEATURED_SCHOOLS) return { featured: offering, count: offering.length };
  const chosen = new Set(
    offering
      .map((school) => ({ school, editorial: editorial(school), awards: awards(school) }))
      .sort(
        (a, b) =>
          b.editorial - a.editorial || b.awards - a.awards || a.school.name.localeCompare(b.school.name),
      )
      .slice(0, FEATURED_SCHOOLS)
      .map((entry) => entry.school),
  );
  // In the directory's order, as the page lists them.
  return { featured: offering.filter((school) => chosen.has(school)), count: offering.length };
}

/** Every source an occupation's page cites, in order of first use. */
export function occupationSourceIds(occupation: Omit<OccupationView, 'sources'>): string[] {
  return firstUse([
    occupation.summarySource === 'data' ? occupation.data.onetSourceId : null,
    ...occupation.sections.flatMap((section) => section.sourceIds),
    ...occupation.wages.map((wage) => wage.sourceId),
    ...occupation.projections.map((projection) => projection.sourceId),
    ...occupation.workSettings.map((setting) => setting.sourceId),
    ...occupation.educationPaths.map((path) => path.sourceId),
    ...occupation.accreditationBodies.flatMap((body) => body.sourceIds),
    ...occupation.certifications.flatMap((certification) => [
      certification.sourceId,
      certification.credential?.sourceId,
    ]),
    occupation.skillsSourceId,
    occupation.specializationsSourceId,
    ...occupation.schools.map((school) => school.sourceId),
    occupation.data.onetSourceId,
    occupation.data.education?.sourceId,
  ]);
}

/** Every source a comparison's cells cite, in order of first use. */
export function comparisonSourceIds(rows: ComparisonRowView[]): string[] {
  return firstUse(
    rows.flatMap((row) =>
      row.cells.flatMap((cell) => [
        ...cell.sourceIds,
        ...cell.figures.map((figure) => figure.sourceId),
        ...cell.items.map((item) => item.sourceId),
      ]),
    ),
  );
}

function flagged(wage: WageStatisticEntity, field: WageValueField): FlaggedValue {
  return { value: wage[field], flag: wage.flags[field] ?? null };
}

export function toWageView(wage: WageStatisticEntity): WageStatisticView {
  return {
    id: wage.id,
    socCode: wage.socCode,
    socTitle: wage.socTitle,
    areaType: wage.areaType,
    areaCode: wage.areaCode,
    areaName: wage.areaName,
    referencePeriod: wage.referencePeriod,
    periodYear: wage.periodYear,
    employment: flagged(wage, 'employment'),
    meanAnnual: flagged(wage, 'meanAnnual'),
    annual: {
      p10: flagged(wage, 'p10Annual'),
      p25: flagged(wage, 'p25Annual'),
      median: flagged(wage, 'medianAnnual'),
      p75: flagged(wage, 'p75Annual'),
      p90: flagged(wage, 'p90Annual'),
    },
    meanHourly: flagged(wage, 'meanHourly'),
    hourly: {
      p10: flagged(wage, 'p10Hourly'),
      p25: flagged(wage, 'p25Hourly'),
      median: flagged(wage, 'medianHourly'),
      p75: flagged(wage, 'p75Hourly'),
      p90: flagged(wage, 'p90Hourly'),
    },
    sourceId: wage.sourceId,
  };
}

export function toProjectionView(projection: EmploymentProjectionEntity): EmploymentProjectionView {
  // A projection from no base employment has no percent change to word; keep the table's figure.
  const wholePercentChange =
    projection.baseEmployment === 0
      ? Math.round(projection.percentChange)
      : blsWholePercent(projection.numericChange, projection.baseEmployment);
  return {
    id: projection.id,
    socCode: projection.socCode,
    socTitle: projection.socTitle,
    areaCode: projection.areaCode,
    areaName: projection.areaName,
    averageAnnualOpenings: projection.averageAnnualOpenings,
    baseYear: projection.baseYear,
    targetYear: projection.targetYear,
    baseEmployment: projection.baseEmployment,
    targetEmployment: projection.targetEmployment,
    numericChange: projection.numericChange,
    percentChange: projection.percentChange,
    wholePercentChange,
    allOccupationsPercentChange: projection.allOccupationsPercentChange,
    growthComparison: describeGrowth(wholePercentChange),
    sourceId: projection.sourceId,
  };
}

export function toSourceView(source: SourceEntity): SourceView {
  return {
    id: source.id,
    key: source.key,
    publisher: source.publisher,
    title: source.title,
    url: source.url,
    referencePeriod: source.referencePeriod,
    retrievedOn: source.retrievedOn,
    citation: source.citation,
  };
}

/**
 * Renders the working copy into what the public sees. Publishing stores the result; preview shows it
 * without storing.
 */
@Injectable()
export class SnapshotBuilderService {
  /**
   * Each school's view from the last build, with the key of the rows it was built from, and the key
   * of what every view reads (occupations' names, accreditors' slugs). Thousands of listings rarely
   * change between publishes, so a build rebuilds only the listings whose rows changed and reuses
   * the others, frozen: publishing then recognises them and does not print and hash them again.
   */
  private schoolViewCache: {
    sharedKey: string;
    views: Map<string, { key: string; view: SchoolSummaryView }>;
  } = { sharedKey: '', views: new Map() };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The school views in directory order, building only those whose rows changed since the last build
   * (`build` is given their ids). A key is the ids and row versions (`xmin`, which any insert or update
   * changes) of the school and its programs, read in the build's transaction.
   */
  private async schoolViews(
    manager: EntityManager,
    build: (ids: string[]) => Promise<SchoolSummaryView[]>,
  ): Promise<SchoolSummaryView[]> {
    const [{ sharedKey }] = (await manager.query(
      `SELECT md5(
         (SELECT coalesce(string_agg(id::text || ':' || xmin::text, ',' ORDER BY id), '') FROM occupations) || '|' ||
         (SELECT coalesce(string_agg(id::text || ':' || xmin::text, ',' ORDER BY id), '') FROM accreditation_bodies)
       ) AS "sharedKey"`,
    )) as Array<{ sharedKey: string }>;
    const rows = (await manager.query(
      `SELECT school.id, school.xmin::text || '|' || coalesce(program.versions, '') AS key
       FROM schools school
       LEFT JOIN (
         SELECT school_id, string_agg(id::text || ':' || xmin::text, ',' ORDER BY id) AS versions
         FROM programs GROUP BY school_id
       ) program ON program.school_id = school.id
       ORDER BY school.name, school.id`,
    )) as Array<{ id: string; key: string }>;
    const cache = this.schoolViewCache.sharedKey === sharedKey ? this.schoolViewCache.views : new Map();
    const changed = rows.filter((row) => cache.get(row.id)?.key !== row.key).map((row) => row.id);
    const built = new Map(
      (changed.length > 0 ? await build(changed) : []).map((view) => [view.id, deepFreeze(view)]),
    );
    const views = new Map<string, { key: string; view: SchoolSummaryView }>();
    for (const row of rows) {
      const view = built.get(row.id) ?? cache.get(row.id)?.view;
      if (view) views.set(row.id, { key: row.key, view });
    }
    this.schoolViewCache = { sharedKey, views };
    return [...views.values()].map((entry) => entry.view);
  }

  async build(manager: EntityManager = this.dataSource.manager): Promise<PublicSnapshot> {
    const sources = await manager.find(SourceEntity, { order: { key: 'ASC' } });
    const sourceViews = new Map(sources.map((source) => [source.id, toSourceView(source)]));

    const occupations = await manager.find(OccupationEntity, {
      relations: {
        sections: { sources: true },
        certifications: { certifyingBody: true, credential: true },
        educationPaths: true,
        workSettings: true,
      },
      // One query per relation: joining them all multiplies the rows (sections × sources ×
      // certifications × paths × settings) and took seconds for two occupations.
      relationLoadStrategy: 'query',
      order: { title: 'ASC' },
    });
    // Earlier releases may have measured an occupation by another SOC code: its wage history too.
    const socPeriods = await manager.find(OccupationSocCodeEntity);
    const socCodes = [
      ...new Set([
        ...occupations.map((occupation) => occupation.socCode),
        ...socPeriods.map((period) => period.socCode),
      ]),
    ];
    const wages = await manager.find(WageStatisticEntity, {
      where: { socCode: In(socCodes) },
      order: { periodYear: 'DESC', areaType: 'ASC', areaName: 'ASC' },
    });
    // National projections first (newest first), then each state's.
    const projections = (
      await manager.find(EmploymentProjectionEntity, {
        where: { socCode: In(socCodes) },
        order: { baseYear: 'DESC', areaName: 'ASC' },
      })
    ).sort((a, b) => Number(b.areaCode === 'US') - Number(a.areaCode === 'US'));
    const profiles = new Map(
      (await manager.find(OnetProfileEntity, { where: { socCode: In(socCodes) } })).map((profile) => [
        profile.socCode,
        profile,
      ]),
    );
    const educationBySoc = new Map<string, EducationRequirementEntity>();
    for (const row of await manager.find(EducationRequirementEntity, {
      where: { socCode: In(socCodes) },
      order: { year: 'ASC' },
    })) {
      educationBySoc.set(row.socCode, row);
    }
    const slugBySocCode = new Map(occupations.map((occupation) => [occupation.socCode, occupation.slug]));
    const accreditors = await manager.find(AccreditationBodyEntity, {
      relations: { occupations: true, sources: true },
      order: { abbreviation: 'ASC' },
    });
    const occupationById = new Map(occupations.map((occupation) => [occupation.id, occupation]));
    const accreditorById = new Map(accreditors.map((body) => [body.id, body]));
    const accreditorViews = new Map(accreditors.map((body) => [body.id, toAccreditationView(body)]));

    const schoolViews = await this.schoolViews(manager, async (ids) => {
      // Programs in a query of their own, grouped here: a join repeats every school's columns for each
      // of its programs, and TypeORM's own per-relation loading matches them pairwise.
      const schools = await manager
        .createQueryBuilder(SchoolEntity, 'school')
        .where('school.id = ANY(:ids)', { ids })
        .getMany();
      const programsBySchool = new Map<string, ProgramRow[]>();
      for (const program of (await manager.query(
        `SELECT ${PROGRAM_VIEW_SELECT} FROM programs WHERE school_id = ANY($1)`,
        [ids],
      )) as ProgramRow[]) {
        const list = programsBySchool.get(program.schoolId);
        if (list) list.push(program);
        else programsBySchool.set(program.schoolId, [program]);
      }
      const views: SchoolSummaryView[] = schools.map((school) => ({
        id: school.id,
        slug: school.slug,
        name: school.name,
        city: school.city,
        state: school.state,
        website: school.website,
        ipedsUnitId: school.ipedsUnitId,
        sourceId: school.sourceId,
        zip: school.zip,
        ...schoolCoordinates(school),
        sector: school.sector,
        tuitionInDistrict: school.tuitionInDistrict,
        tuitionInState: school.tuitionInState,
        tuitionOutOfState: school.tuitionOutOfState,
        booksAndSupplies: school.booksAndSupplies,
        pricesYear: school.pricesYear,
        pricesSourceId: school.pricesSourceId,
        closedOn: school.closedOn,
        programs: (programsBySchool.get(school.id) ?? [])
          .filter((program) => occupationById.has(program.occupationId))
          .map((program): ProgramView => {
            const occupation = occupationById.get(program.occupationId) as OccupationEntity;
            return {
              id: program.id,
              name: program.name,
              occupationSlug: occupation.slug,
              occupationTitle: occupation.title,
              credentialLevel: program.credentialLevel,
              delivery: program.delivery,
              minMonths: program.minMonths,
              maxMonths: program.maxMonths,
              accreditationBodySlug:
                program.accreditationBodyId === null
                  ? null
                  : (accreditorById.get(program.accreditationBodyId)?.slug ?? null),
              url: program.url,
              cipCode: program.cipCode,
              awardLevel: program.awardLevel,
              completions: program.completions,
              completionsYear: program.completionsYear,
              completionsSourceId: program.completionsSourceId,
              vanishedIn: program.vanishedIn,
            };
          })
          // By name, then from the shortest credential to the longest; the id settles the rest, so
          // the same programs always make the same view (and the same record hash), however their
          // rows happen to lie on disk.
          .sort(
            (a, b) =>
              a.name.localeCompare(b.name) ||
              compareAwardLevels(a.awardLevel, b.awardLevel) ||
              (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
          ),
      }));
      return views;
    });

    const offeringBySlug = schoolsByOccupation(schoolViews);
    // Each occupation looks only at the figures of its own SOC codes, kept in the order read.
    const wagesBySoc = groupBy(wages, (wage) => wage.socCode);
    const wageOrder = new Map(wages.map((wage, index) => [wage, index]));
    const projectionsBySoc = groupBy(projections, (projection) => projection.socCode);
    const occupationViews: OccupationView[] = occupations.map((occupation) => {
      const byPosition = <T extends { position: number }>(items: T[] = []) =>
        [...items].sort((a, b) => a.position - b.position);
      const ownPeriods = socPeriods.filter((period) => period.occupationId === occupation.id);
      const ownCodes = firstUse([occupation.socCode, ...ownPeriods.map((period) => period.socCode)]);
      const candidateWages = ownCodes.flatMap((code) => wagesBySoc.get(code) ?? []);
      if (ownCodes.length > 1) {
        candidateWages.sort((a, b) => (wageOrder.get(a) ?? 0) - (wageOrder.get(b) ?? 0));
      }
      const ownWages = candidateWages
        .filter((wage) => socCodeForYear(occupation.socCode, ownPeriods, wage.periodYear) === wage.socCode)
        .map(toWageView);
      const ownProjections = (projectionsBySoc.get(occupation.socCode) ?? []).map(toProjectionView);
      const sections = byPosition(occupation.sections).map((section) => ({
        key: section.key,
        title: section.title,
        html: renderMarkdown(section.bodyMarkdown),
        sourceIds: (section.sources ?? []).map((source) => source.id).sort(),
      }));
      const workSettings = byPosition(occupation.workSettings).map((setting) => ({
        id: setting.id,
        name: setting.name,
        percent: setting.percent,
        sourceId: setting.sourceId,
      }));
      const educationPaths = byPosition(occupation.educationPaths).map((path) => ({
        id: path.id,
        credentialLevel: path.credentialLevel,
        minMonths: path.minMonths,
        maxMonths: path.maxMonths,
        note: path.note,
        sourceId: path.sourceId,
      }));
      const accreditationBodies = accreditors
        .filter((body) => (body.occupations ?? []).some((item) => item.id === occupation.id))
        .map((body) => accreditorViews.get(body.id) as AccreditationBodyView);
      const certifications: CertificationView[] = byPosition(occupation.certifications).map(
        (certification) => ({
          id: certification.id,
          requirement: certification.requirement,
          certifyingBody: certification.certifyingBody
            ? {
                id: certification.certifyingBody.id,
                slug: certification.certifyingBody.slug,
                name: certification.certifyingBody.name,
                abbreviation: certification.certifyingBody.abbreviation,
                url: certification.certifyingBody.url,
                sourceId: certification.certifyingBody.sourceId,
              }
            : null,
          credential: certification.credential
            ? {
                id: certification.credential.id,
                slug: certification.credential.slug,
                name: certification.credential.name,
                abbreviation: certification.credential.abbreviation,
                certifyingBodyId: certification.credential.certifyingBodyId,
                renewalPeriodMonths: certification.credential.renewalPeriodMonths,
                renewalUnits: certification.credential.renewalUnits,
                renewalUnitName: certification.credential.renewalUnitName,
                renewalNoteHtml: renderMarkdown(certification.credential.renewalNoteMarkdown),
                sourceId: certification.credential.sourceId,
              }
            : null,
          noteHtml: renderMarkdown(certification.noteMarkdown),
          sourceId: certification.sourceId,
        }),
      );
      const ownSchools = schoolsOfOccupation(offeringBySlug.get(occupation.slug));
      const data = toOccupationData(
        profiles.get(occupation.socCode),
        educationBySoc.get(occupation.socCode),
        slugBySocCode,
        occupation.socCode,
      );
      const editorialSummary = occupation.summaryMarkdown.trim() !== '';
      const view: Omit<OccupationView, 'sources'> = {
        id: occupation.id,
        slug: occupation.slug,
        title: occupation.title,
        shortTitle: occupation.shortTitle,
        socCode: occupation.socCode,
        socTitle: occupation.socTitle,
        socNoteHtml: renderMarkdown(occupation.socNoteMarkdown),
        summaryHtml: editorialSummary
          ? renderMarkdown(occupation.summaryMarkdown)
          : descriptionHtml(data.description),
        summarySource: editorialSummary ? ('editorial' as const) : ('data' as const),
        dutiesHtml: renderMarkdown(occupation.dutiesMarkdown),
        skills: occupation.skills,
        skillsSourceId: occupation.skillsSourceId,
        specializations: occupation.specializations,
        specializationsSourceId: occupation.specializationsSourceId,
        sections,
        wages: ownWages,
        projections: ownProjections,
        workSettings,
        educationPaths,
        accreditationBodies,
        certifications,
        schools: ownSchools.featured,
        schoolCount: ownSchools.count,
        data,
        updatedAt: occupation.updatedAt.toISOString(),
      };
      return {
        ...view,
        sources: occupationSourceIds(view).map((id) => sourceViews.get(id) as SourceView),
      };
    });

    const comparisons = await this.buildComparisons(manager, occupationViews, sourceViews);
    const citedAnywhere = new Set([
      ...occupationViews.flatMap((occupation) => occupation.sources.map((source) => source.id)),
      ...comparisons.flatMap((comparison) => comparison.sources.map((source) => source.id)),
      ...schoolViews.flatMap(schoolSourceIds),
    ]);
    return {
      sources: sources.filter((source) => citedAnywhere.has(source.id)).map(toSourceView),
      occupations: occupationViews,
      comparisons,
      schools: schoolViews,
    };
  }

  private async buildComparisons(
    manager: EntityManager,
    occupations: OccupationView[],
    sources: Map<string, SourceView>,
  ): Promise<Omit<ComparisonView, 'publication'>[]> {
    const comparisons = await manager.find(ComparisonEntity, {
      relations: { columns: true, rows: true },
      order: { title: 'ASC' },
    });
    const authors = new Map(
      (await manager.find(AuthorEntity)).map((author) => [
        author.id,
        {
          slug: author.slug,
          name: author.name,
          jobTitle: author.jobTitle,
          bioHtml: renderMarkdown(author.bioMarkdown),
        },
      ]),
    );
    const occupationById = new Map(occupations.map((occupation) => [occupation.id, occupation]));
    return comparisons.map((comparison) => {
      const columns = [...(comparison.columns ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((column) => occupationById.get(column.occupationId) as OccupationView);
      const rows = buildComparisonRows(
        [...(comparison.rows ?? [])].sort((a, b) => a.position - b.position),
        columns,
      );
      const cited = comparisonSourceIds(rows);
      return {
        slug: comparison.slug,
        title: comparison.title,
        occupationSlugs: columns.map((occupation) => occupation.slug),
        introHtml: renderMarkdown(comparison.introMarkdown),
        author: comparison.authorId === null ? null : (authors.get(comparison.authorId) ?? null),
        occupations: columns.map((occupation) => ({
          id: occupation.id,
          slug: occupation.slug,
          title: occupation.title,
          shortTitle: occupation.shortTitle,
          socCode: occupation.socCode,
          summaryHtml: occupation.summaryHtml,
        })),
        rows,
        sources: cited.map((id) => sources.get(id) as SourceView),
      };
    });
  }
}

function toAccreditationView(body: AccreditationBodyEntity): AccreditationBodyView {
  return {
    id: body.id,
    slug: body.slug,
    name: body.name,
    abbreviation: body.abbreviation,
    url: body.url,
    recognizedBy: body.recognizedBy,
    descriptionHtml: renderMarkdown(body.descriptionMarkdown),
    sourceIds: firstUse([body.sourceId, ...(body.sources ?? []).map((source) => source.id).sort()]),
  };
}

/** `items` by `key`, each list in the order of `items`. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Freezes `value` and everything in it, so a view shared between builds cannot be changed. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) deepFreeze(value[index]);
    } else {
      // Views are plain objects: their own properties are all there is to walk.
      for (const key in value) deepFreeze(value[key]);
    }
  }
  return value;
}
