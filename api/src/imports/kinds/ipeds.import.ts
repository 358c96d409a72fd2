import { randomUUID } from 'node:crypto';
import { BadRequestException } from '@nestjs/common';
import { Not, IsNull, type EntityManager } from 'typeorm';
import {
  awardLevel,
  slugify,
  STATE_CODE_PATTERN,
  type ImportCounts,
  type ImportListingChange,
  type ImportRowPreview,
  type ImportTextChange,
} from '@careerscope/shared';
import { CipSocCrosswalkEntity } from '../../ipeds/cip-soc-crosswalk.entity';
import { IpedsInstitutionEntity } from '../../ipeds/ipeds-institution.entity';
import { IpedsPriceEntity } from '../../ipeds/ipeds-price.entity';
import { OccupationSocCodeEntity } from '../../occupations/occupation-soc-code.entity';
import { OccupationEntity } from '../../occupations/occupation.entity';
import { SchoolEntity } from '../../schools/school.entity';
import { toSchoolRecord } from '../../schools/schools.service';
import { bulkInsert } from '../../database/bulk-insert';
import { upsertRecords } from '../apply/upsert-records';
import {
  createPrograms,
  lockPrograms,
  readListedPrograms,
  refreshPrograms,
  type NewProgram,
  type StoredProgram,
} from '../apply/refresh-programs';
import type { CatalogueState } from '../catalogue-state';
import type {
  CipSocCrosswalkRelease,
  IpedsAward,
  IpedsCompletionsRelease,
  IpedsDirectoryRelease,
  IpedsInstitution,
  IpedsPrice,
  IpedsPricesRelease,
} from '../parsing/ipeds.parser';
import type { StoredImportPreview } from '../stored-preview';
import type { ApplyContext, KindPreview, ReleaseSource } from './import-kind';

type Row = StoredImportPreview['rows'][number];
type Staged = NonNullable<StoredImportPreview['ipeds']>;

const NCES = 'National Center for Education Statistics';
const DATA_CENTER = 'https://nces.ed.gov/ipeds/datacenter/DataFiles.aspx';

const SCHOOL_LABELS: Record<string, string> = {
  name: 'Name',
  city: 'City',
  state: 'State',
  website: 'Website',
  zip: 'ZIP code',
  latitude: 'Latitude',
  longitude: 'Longitude',
  sector: 'Sector',
  closedOn: 'Closed on',
  directoryYear: 'Directory year',
  sourceId: 'Source',
  tuitionInDistrict: 'Tuition and fees, in-district',
  tuitionInState: 'Tuition and fees, in-state',
  tuitionOutOfState: 'Tuition and fees, out-of-state',
  booksAndSupplies: 'Books and supplies',
  pricesYear: 'Charges year',
  pricesSourceId: 'Charges source',
};

const PROGRAM_LABELS: Record<string, string> = {
  name: 'Name',
  credentialLevel: 'Credential',
  minMonths: 'Shortest length (months)',
  maxMonths: 'Longest length (months)',
  completions: 'Awards',
  completionsYear: 'Awards year',
  completionsSourceId: 'Awards source',
  vanishedIn: 'No longer reported in',
};

// ----- sources -----

export function directorySource(year: number): ReleaseSource {
  return {
    key: `ipeds-hd${year}`,
    publisher: NCES,
    title: `IPEDS Institutional Characteristics: Directory information (HD${year})`,
    url: DATA_CENTER,
    referencePeriod: academicYear(year),
    citation: `IPEDS ${year}`,
  };
}

export function completionsSource(year: number): ReleaseSource {
  return {
    key: `ipeds-c${year}-a`,
    publisher: NCES,
    title: `IPEDS Completions: Awards conferred by program (6-digit CIP code) and award level (C${year}_A)`,
    url: DATA_CENTER,
    referencePeriod: academicYear(year - 1),
    citation: `IPEDS Completions ${academicYear(year - 1)}`,
  };
}

export function pricesSource(year: number): ReleaseSource {
  return {
    key: `ipeds-ic${year}-ay`,
    publisher: NCES,
    title: `IPEDS Institutional Characteristics: Student charges for academic year programs (IC${year}_AY)`,
    url: DATA_CENTER,
    referencePeriod: academicYear(year),
    citation: `IPEDS Student Charges ${academicYear(year)}`,
  };
}

export function crosswalkSource(): ReleaseSource {
  return {
    key: 'nces-cip2020-soc2018',
    publisher: `${NCES} and U.S. Bureau of Labor Statistics`,
    title: 'CIP 2020 to SOC 2018 Crosswalk',
    url: 'https://nces.ed.gov/ipeds/cipcode/resources.aspx?y=56',
    referencePeriod: 'CIP 2020–SOC 2018',
    citation: 'NCES and BLS, CIP 2020–SOC 2018 Crosswalk',
  };
}

/** 2022 → "2022–23". */
function academicYear(year: number): string {
  return `${year}–${String(year + 1).slice(-2)}`;
}

// ----- comparing a listing with what IPEDS says -----

type Values = Record<string, unknown>;

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * The fields whose incoming value differs from the stored one, split into those the refresh writes
 * and those it keeps because an admin edited them by hand. `current` is the stored entity or row
 * itself: the incoming values are named like its properties.
 */
function compare(
  current: Values | null,
  incoming: Values,
  handEdited: readonly string[],
  labels: Record<string, string>,
): { write: Values; changes: ImportTextChange[]; kept: string[] } {
  const write: Values = {};
  const changes: ImportTextChange[] = [];
  const kept: string[] = [];
  for (const [field, value] of Object.entries(incoming)) {
    const before = current ? current[field] : null;
    if (current && text(before) === text(value)) continue;
    if (current && handEdited.includes(field)) {
      kept.push(field);
      continue;
    }
    write[field] = value;
    changes.push({
      field,
      label: labels[field] ?? field,
      current: text(before),
      incoming: text(value) ?? '',
    });
  }
  return { write, changes, kept };
}

/** Latitude and longitude go together: an admin's hand-placed point keeps both. */
function withCoordinatesTogether(handEdited: readonly string[]): string[] {
  return handEdited.includes('latitude') || handEdited.includes('longitude')
    ? [...handEdited, 'latitude', 'longitude']
    : [...handEdited];
}

function directoryValues(institution: IpedsInstitution, year: number, sourceId: string | null): Values {
  return {
    name: institution.name,
    city: institution.city,
    state: institution.state,
    website: institution.website,
    zip: institution.zip,
    latitude: institution.latitude,
    longitude: institution.longitude,
    sector: institution.sector,
    closedOn: institution.closedOn,
    directoryYear: year,
    ...(sourceId ? { sourceId } : {}),
  };
}

function priceValues(price: IpedsPrice | undefined, year: number | null, sourceId: string | null): Values {
  return {
    tuitionInDistrict: price?.tuitionInDistrict ?? null,
    tuitionInState: price?.tuitionInState ?? null,
    tuitionOutOfState: price?.tuitionOutOfState ?? null,
    booksAndSupplies: price?.booksAndSupplies ?? null,
    pricesYear: price ? year : null,
    pricesSourceId: price && sourceId ? sourceId : null,
  };
}

function listingRow(
  listing: ImportListingChange,
  place: { state: string; city: string; detail?: string },
  fields: ImportTextChange[],
  occupation?: { slug: string; title: string; socCode: string },
): Row {
  const status: ImportRowPreview['status'] =
    listing.event === 'new' ? 'new' : listing.event === 'unchanged' ? 'unchanged' : 'changed';
  return {
    occupationSlug: occupation?.slug ?? '',
    occupationTitle: occupation?.title ?? listing.name,
    socCode: occupation?.socCode ?? '',
    areaCode: place.state,
    areaName: place.detail ?? place.city,
    status,
    figures: [],
    fields,
    listing,
    write: null,
  };
}

function countListingRows(rows: Row[], unchanged: number): ImportCounts {
  const count = (predicate: (row: Row) => boolean) => rows.filter(predicate).length;
  return {
    new: count((row) => row.status === 'new'),
    changed: count((row) => row.status === 'changed'),
    unchanged: unchanged + count((row) => row.status === 'unchanged'),
    unmatched: 0,
    suspicious: 0,
    closed: count((row) => row.listing?.event === 'closed'),
    vanished: count((row) => row.listing?.event === 'vanished'),
    handEditsKept: count((row) => (row.listing?.keptFields.length ?? 0) > 0),
  };
}

function usableInstitutions(institutions: IpedsInstitution[]): IpedsInstitution[] {
  return institutions
    .filter((item) => STATE_CODE_PATTERN.test(item.state) && item.name !== '' && item.city !== '')
    .map((item) => ({ ...item, name: item.name.slice(0, 200), city: item.city.slice(0, 120) }));
}

async function listedSchools(manager: EntityManager, lock = false): Promise<SchoolEntity[]> {
  return manager.find(SchoolEntity, {
    where: { ipedsUnitId: Not(IsNull()) },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

function refuse(message: string): BadRequestException {
  return new BadRequestException({ message, fields: [{ field: 'file', message }] });
}

// ----- the directory -----

interface DirectoryPlan {
  rows: Row[];
  unchanged: number;
  schoolWrites: Array<{ existing: SchoolEntity; write: Values }>;
}

async function planDirectory(
  manager: EntityManager,
  year: number,
  institutions: IpedsInstitution[],
  sourceId: string | null,
  lock: boolean,
): Promise<DirectoryPlan> {
  // What the loaded directory said before, for the preview's new and closed institutions; applying
  // has just replaced it and writes the listings only.
  const previous = new Map(
    lock ? [] : (await manager.find(IpedsInstitutionEntity)).map((item) => [item.unitId, item] as const),
  );
  const listed = new Map((await listedSchools(manager, lock)).map((school) => [school.ipedsUnitId, school]));
  const rows: Row[] = [];
  const schoolWrites: DirectoryPlan['schoolWrites'] = [];
  let unchanged = 0;
  for (const institution of institutions) {
    const school = listed.get(institution.unitId);
    const before = previous.get(institution.unitId);
    const place = { state: institution.state, city: institution.city };
    if (school) {
      const { write, changes, kept } = compare(
        school as unknown as Values,
        directoryValues(institution, year, sourceId),
        withCoordinatesTogether(school.handEdited ?? []),
        SCHOOL_LABELS,
      );
      const closed = institution.closedOn !== null && school.closedOn === null;
      const visible = changes.filter(
        (change) => change.field !== 'sourceId' && change.field !== 'directoryYear',
      );
      if (Object.keys(write).length > 0) schoolWrites.push({ existing: school, write });
      if (visible.length === 0 && kept.length === 0) {
        unchanged += 1;
        continue;
      }
      rows.push(
        listingRow(
          {
            subject: 'institution',
            event: closed ? 'closed' : visible.length > 0 ? 'changed' : 'unchanged',
            unitId: institution.unitId,
            name: school.name,
            keptFields: kept,
          },
          place,
          visible,
        ),
      );
      continue;
    }
    if (!before) {
      rows.push(
        listingRow(
          {
            subject: 'institution',
            event: 'new',
            unitId: institution.unitId,
            name: institution.name,
            keptFields: [],
          },
          place,
          [],
        ),
      );
    } else if (institution.closedOn !== null && before.closedOn === null) {
      rows.push(
        listingRow(
          {
            subject: 'institution',
            event: 'closed',
            unitId: institution.unitId,
            name: institution.name,
            keptFields: [],
          },
          place,
          [
            {
              field: 'closedOn',
              label: SCHOOL_LABELS.closedOn,
              current: null,
              incoming: institution.closedOn,
            },
          ],
        ),
      );
    } else {
      unchanged += 1;
    }
  }
  return { rows, unchanged, schoolWrites };
}

export async function previewIpedsDirectory(
  manager: EntityManager,
  release: IpedsDirectoryRelease,
): Promise<KindPreview> {
  const institutions = usableInstitutions(release.institutions);
  const plan = await planDirectory(manager, release.year, institutions, null, false);
  const skipped = release.institutions.length - institutions.length;
  return {
    referencePeriod: academicYear(release.year),
    periodYear: release.year,
    preview: {
      rows: plan.rows,
      unmatched: [],
      warnings:
        skipped > 0
          ? [`${skipped} institutions have no name, city or two-letter state and are left out`]
          : [],
      ipeds: { year: release.year, institutions },
      counts: countListingRows(plan.rows, plan.unchanged),
    },
  };
}

async function applyIpedsDirectory(context: ApplyContext, staged: Staged): Promise<number> {
  const { manager, entry } = context;
  const institutions = staged.institutions ?? [];
  const loadedAt = new Date();
  await manager.clear(IpedsInstitutionEntity);
  await bulkInsert(
    manager,
    IpedsInstitutionEntity,
    institutions.map((item) => ({ ...item, directoryYear: staged.year, fileName: entry.fileName, loadedAt })),
  );
  const plan = await planDirectory(manager, staged.year, institutions, context.sourceId, true);
  await writeSchools(context, plan.schoolWrites);
  return institutions.length;
}

// ----- student charges -----

export async function previewIpedsPrices(
  manager: EntityManager,
  release: IpedsPricesRelease,
): Promise<KindPreview> {
  const plan = await planPrices(manager, release.year, release.prices, null, false);
  return {
    referencePeriod: academicYear(release.year),
    periodYear: release.year,
    preview: {
      rows: plan.rows,
      unmatched: [],
      warnings: [],
      ipeds: { year: release.year, prices: release.prices },
      counts: countListingRows(plan.rows, plan.unchanged),
    },
  };
}

async function planPrices(
  manager: EntityManager,
  year: number,
  prices: IpedsPrice[],
  sourceId: string | null,
  lock: boolean,
): Promise<DirectoryPlan> {
  const byUnit = new Map(prices.map((price) => [price.unitId, price]));
  const rows: Row[] = [];
  const schoolWrites: DirectoryPlan['schoolWrites'] = [];
  let unchanged = 0;
  for (const school of await listedSchools(manager, lock)) {
    const price = byUnit.get(school.ipedsUnitId as number);
    if (!price) continue;
    const { write, changes } = compare(
      school as unknown as Values,
      priceValues(price, year, sourceId),
      [],
      SCHOOL_LABELS,
    );
    const visible = changes.filter((change) => change.field !== 'pricesSourceId');
    if (Object.keys(write).length > 0) schoolWrites.push({ existing: school, write });
    if (visible.length === 0) {
      unchanged += 1;
      continue;
    }
    rows.push(
      listingRow(
        {
          subject: 'institution',
          event: 'changed',
          unitId: school.ipedsUnitId as number,
          name: school.name,
          keptFields: [],
        },
        { state: school.state, city: school.city },
        visible,
      ),
    );
  }
  return { rows, unchanged: unchanged + (prices.length - rows.length - unchanged), schoolWrites };
}

async function applyIpedsPrices(context: ApplyContext, staged: Staged): Promise<number> {
  const { manager, entry } = context;
  const prices = staged.prices ?? [];
  const loadedAt = new Date();
  await manager.clear(IpedsPriceEntity);
  await bulkInsert(
    manager,
    IpedsPriceEntity,
    prices.map((price) => ({ ...price, year: staged.year, fileName: entry.fileName, loadedAt })),
  );
  const plan = await planPrices(manager, staged.year, prices, context.sourceId, true);
  await writeSchools(context, plan.schoolWrites);
  return prices.length;
}

// ----- the CIP–SOC crosswalk -----

interface CatalogueOccupation {
  id: string;
  slug: string;
  title: string;
  socCode: string;
  /** Every SOC code that measures it in some year. */
  codes: string[];
}

async function catalogueOccupations(manager: EntityManager): Promise<CatalogueOccupation[]> {
  const occupations = await manager.find(OccupationEntity, { order: { title: 'ASC' } });
  const periods = await manager.find(OccupationSocCodeEntity);
  return occupations.map((occupation) => ({
    id: occupation.id,
    slug: occupation.slug,
    title: occupation.title,
    socCode: occupation.socCode,
    codes: [
      occupation.socCode,
      ...periods.filter((period) => period.occupationId === occupation.id).map((period) => period.socCode),
    ],
  }));
}

/** CIP code → the catalogue occupations its programs prepare for, through the crosswalk. */
export function occupationsByCip(
  pairs: Array<{ cipCode: string; socCode: string }>,
  occupations: CatalogueOccupation[],
): Map<string, CatalogueOccupation[]> {
  const bySoc = new Map<string, CatalogueOccupation[]>();
  for (const occupation of occupations) {
    for (const code of new Set(occupation.codes)) {
      bySoc.set(code, [...(bySoc.get(code) ?? []), occupation]);
    }
  }
  const byCip = new Map<string, CatalogueOccupation[]>();
  for (const pair of pairs) {
    for (const occupation of bySoc.get(pair.socCode) ?? []) {
      const list = byCip.get(pair.cipCode) ?? [];
      if (!list.some((item) => item.id === occupation.id)) list.push(occupation);
      byCip.set(pair.cipCode, list);
    }
  }
  return byCip;
}

export async function previewCipSocCrosswalk(
  manager: EntityManager,
  release: CipSocCrosswalkRelease,
  _catalogue: CatalogueState,
): Promise<KindPreview> {
  const held = new Map(
    (await manager.find(CipSocCrosswalkEntity)).map((pair) => [`${pair.cipCode}|${pair.socCode}`, pair]),
  );
  const occupations = await catalogueOccupations(manager);
  const rows: Row[] = [];
  let unchanged = 0;
  for (const pair of release.pairs) {
    const mapped = occupationsByCip([pair], occupations).get(pair.cipCode) ?? [];
    const before = held.get(`${pair.cipCode}|${pair.socCode}`);
    const incoming = `${pair.cipCode} ${pair.cipTitle}`;
    const current = before ? `${before.cipCode} ${before.cipTitle}` : null;
    for (const occupation of mapped) {
      if (current === incoming) {
        unchanged += 1;
        continue;
      }
      rows.push({
        occupationSlug: occupation.slug,
        occupationTitle: occupation.title,
        socCode: pair.socCode,
        areaCode: null,
        areaName: incoming,
        status: before ? 'changed' : 'new',
        figures: [],
        fields: [{ field: 'cipCode', label: 'Program of study (CIP 2020)', current, incoming }],
        write: null,
      });
    }
  }
  const counts = countListingRows(rows, unchanged);
  return {
    referencePeriod: 'CIP 2020–SOC 2018',
    periodYear: 2020,
    preview: {
      rows,
      unmatched: occupations
        .filter((occupation) => !release.pairs.some((pair) => occupation.codes.includes(pair.socCode)))
        .map(({ slug, title, socCode }) => ({ slug, title, socCode })),
      warnings: [],
      ipeds: { year: 2020, pairs: release.pairs },
      counts,
    },
  };
}

async function applyCipSocCrosswalk(context: ApplyContext, staged: Staged): Promise<number> {
  const { manager, entry } = context;
  const pairs = [
    ...new Map((staged.pairs ?? []).map((pair) => [`${pair.cipCode}|${pair.socCode}`, pair])).values(),
  ];
  const loadedAt = new Date();
  await manager.clear(CipSocCrosswalkEntity);
  await bulkInsert(
    manager,
    CipSocCrosswalkEntity,
    pairs.map((pair) => ({ ...pair, fileName: entry.fileName, loadedAt })),
  );
  return pairs.length;
}

// ----- completions: listings and programs -----

interface ProgramPlanWrite {
  existing: StoredProgram;
  write: Values;
}

interface CompletionsPlan {
  rows: Row[];
  unchanged: number;
  warnings: string[];
  /** A new listing's write carries the id it is created with, which its new programs point to. */
  schoolWrites: Array<{ existing: SchoolEntity | null; write: Values }>;
  /** Stored programs the file refreshes, takes over or marks as no longer reported. */
  programWrites: ProgramPlanWrite[];
  /** Programs the file adds, each complete (a national file adds tens of thousands). */
  newPrograms: NewProgram[];
}

interface CompletionsSources {
  completions: string | null;
  directory: string | null;
  prices: string | null;
}

async function planCompletions(
  manager: EntityManager,
  year: number,
  awards: IpedsAward[],
  sources: CompletionsSources,
  lock: boolean,
): Promise<CompletionsPlan> {
  // Programs first, then listings, the order an editor's save of a program takes its locks in.
  if (lock) await lockPrograms(manager);
  const pairs = await manager.find(CipSocCrosswalkEntity);
  if (pairs.length === 0) {
    throw refuse(
      'Load the CIP 2020 to SOC 2018 crosswalk first: it says which programs lead to which careers',
    );
  }
  const directory = new Map(
    (await manager.find(IpedsInstitutionEntity)).map((item) => [item.unitId, item] as const),
  );
  if (directory.size === 0) {
    throw refuse(
      'Load the IPEDS institutional directory (hdYYYY.csv) first: it names and places the schools',
    );
  }
  const prices = new Map((await manager.find(IpedsPriceEntity)).map((item) => [item.unitId, item] as const));
  const cipTitles = new Map(pairs.map((pair) => [pair.cipCode, pair.cipTitle]));
  const byCip = occupationsByCip(pairs, await catalogueOccupations(manager));
  const warnings: string[] = [];

  // Which institution × occupation × CIP × award level the file lists with at least one award.
  const incoming = new Map<string, { award: IpedsAward; occupation: CatalogueOccupation }>();
  const missingInstitutions = new Set<number>();
  let unknownLevels = 0;
  for (const award of awards) {
    if (award.completions <= 0) continue;
    const occupations = byCip.get(award.cipCode);
    if (!occupations) continue;
    if (!awardLevel(award.awardLevel)) {
      unknownLevels += 1;
      continue;
    }
    if (!directory.has(award.unitId)) {
      missingInstitutions.add(award.unitId);
      continue;
    }
    for (const occupation of occupations) {
      incoming.set(`${award.unitId}|${occupation.id}|${award.cipCode}|${award.awardLevel}`, {
        award,
        occupation,
      });
    }
  }
  if (missingInstitutions.size > 0) {
    warnings.push(
      `${missingInstitutions.size} institutions award credentials in these programs but are not in the loaded directory; load a newer directory to list them`,
    );
  }
  if (unknownLevels > 0) warnings.push(`${unknownLevels} rows have an award level Careerscope does not know`);

  const schools = await manager.find(SchoolEntity, lock ? { lock: { mode: 'pessimistic_write' } } : {});
  const listed = new Map(
    schools
      .filter((school) => school.ipedsUnitId !== null)
      .map((school) => [school.ipedsUnitId as number, school]),
  );
  const slugs = new Set(schools.map((school) => school.slug));
  const programs = listed.size ? await readListedPrograms(manager) : [];
  // Keyed like `incoming` (UNITID, occupation, CIP, award level), so each lookup reuses its key.
  const unitBySchool = new Map([...listed.values()].map((school) => [school.id, school.ipedsUnitId]));
  const programByKey = new Map(
    programs
      .filter((program) => program.cipCode !== null && program.awardLevel !== null)
      .map((program) => [
        `${unitBySchool.get(program.schoolId)}|${program.occupationId}|${program.cipCode}|${program.awardLevel}`,
        program,
      ]),
  );
  const editorial = programs.filter((program) => program.cipCode === null);

  const rows: Row[] = [];
  let unchanged = 0;
  const schoolWrites: CompletionsPlan['schoolWrites'] = [];
  const programWrites: ProgramPlanWrite[] = [];
  const newPrograms: NewProgram[] = [];
  const schoolIdByUnit = new Map([...listed].map(([unitId, school]) => [unitId, school.id]));

  // Schools: one listing per institution with at least one program.
  const unitIds = [...new Set([...incoming.values()].map(({ award }) => award.unitId))].sort((a, b) => a - b);
  for (const unitId of unitIds) {
    const institution = directory.get(unitId) as IpedsInstitutionEntity;
    const price = prices.get(unitId);
    const values = {
      ...directoryValues(institution, institution.directoryYear, sources.directory),
      ...priceValues(price, price?.year ?? null, sources.prices),
    };
    const place = { state: institution.state, city: institution.city };
    const school = listed.get(unitId);
    if (!school) {
      const slug = freeSlug(institution, slugs);
      slugs.add(slug);
      const id = randomUUID();
      schoolIdByUnit.set(unitId, id);
      schoolWrites.push({
        existing: null,
        write: { ...values, id, slug, ipedsUnitId: unitId, handEdited: [] },
      });
      rows.push(
        listingRow(
          { subject: 'institution', event: 'new', unitId, name: institution.name, keptFields: [] },
          place,
          [],
        ),
      );
      continue;
    }
    const { write, changes, kept } = compare(
      school as unknown as Values,
      values,
      withCoordinatesTogether(school.handEdited ?? []),
      SCHOOL_LABELS,
    );
    const visible = changes.filter(
      (change) => !change.field.endsWith('SourceId') && change.field !== 'sourceId',
    );
    if (Object.keys(write).length > 0) schoolWrites.push({ existing: school, write });
    if (visible.length === 0 && kept.length === 0) {
      unchanged += 1;
      continue;
    }
    const closed = institution.closedOn !== null && school.closedOn === null;
    rows.push(
      listingRow(
        {
          subject: 'institution',
          event: closed ? 'closed' : visible.length > 0 ? 'changed' : 'unchanged',
          unitId,
          name: school.name,
          keptFields: kept,
        },
        place,
        visible,
      ),
    );
  }

  // Programs of the file: new, refreshed, or an editor's program of the school taken over.
  const seen = new Set<string>();
  for (const [key, { award, occupation }] of incoming) {
    const level = awardLevel(award.awardLevel);
    if (!level) continue;
    const institution = directory.get(award.unitId) as IpedsInstitutionEntity;
    const school = listed.get(award.unitId);
    const name = (cipTitles.get(award.cipCode) ?? award.cipCode).slice(0, 200);
    // What the file says of a stored program (the source only when applying: a preview compares without it).
    const values = (): Values => ({
      name,
      credentialLevel: level.credentialLevel,
      minMonths: level.typicalMonths.min,
      maxMonths: level.typicalMonths.max,
      completions: award.completions,
      completionsYear: year,
      vanishedIn: null,
      ...(sources.completions ? { completionsSourceId: sources.completions } : {}),
    });
    const detail = `${institution.name}: ${name} (${level.label})`;
    const place = { state: institution.state, city: institution.city, detail };
    const existing = school ? programByKey.get(key) : undefined;
    if (existing) {
      seen.add(existing.id);
      const { write, changes, kept } = compare(
        existing as unknown as Values,
        values(),
        existing.handEdited ?? [],
        PROGRAM_LABELS,
      );
      const visible = changes.filter((change) => change.field !== 'completionsSourceId');
      if (Object.keys(write).length > 0) programWrites.push({ existing, write });
      if (visible.length === 0 && kept.length === 0) {
        unchanged += 1;
        continue;
      }
      rows.push(
        listingRow(
          {
            subject: 'program',
            event: visible.length > 0 ? 'changed' : 'unchanged',
            unitId: award.unitId,
            name: existing.name,
            keptFields: kept,
          },
          place,
          visible,
          occupation,
        ),
      );
      continue;
    }
    // A program an editor listed for the school and career before IPEDS did: it becomes this one,
    // keeping the editor's name, delivery and accreditation.
    const adoptedIndex = school
      ? editorial.findIndex(
          (program) =>
            program.schoolId === school.id &&
            program.occupationId === occupation.id &&
            (program.credentialLevel === null || program.credentialLevel === level.credentialLevel),
        )
      : -1;
    if (adoptedIndex >= 0) {
      const [adopted] = editorial.splice(adoptedIndex, 1);
      seen.add(adopted.id);
      const handEdited = [...new Set([...(adopted.handEdited ?? []), 'name' as const])];
      const { write, changes, kept } = compare(
        adopted as unknown as Values,
        { ...values(), cipCode: award.cipCode, awardLevel: award.awardLevel },
        handEdited,
        PROGRAM_LABELS,
      );
      programWrites.push({ existing: adopted, write: { ...write, handEdited } });
      rows.push(
        listingRow(
          {
            subject: 'program',
            event: 'changed',
            unitId: award.unitId,
            name: adopted.name,
            keptFields: kept,
          },
          place,
          changes.filter((change) => change.field !== 'completionsSourceId'),
          occupation,
        ),
      );
      continue;
    }
    // Spelled out, not spread from `values`: adding keys to a spread copy is slow in V8.
    newPrograms.push({
      schoolId: schoolIdByUnit.get(award.unitId) as string,
      occupationId: occupation.id,
      name,
      credentialLevel: level.credentialLevel,
      delivery: 'campus',
      minMonths: level.typicalMonths.min,
      maxMonths: level.typicalMonths.max,
      accreditationBodyId: null,
      url: null,
      cipCode: award.cipCode,
      awardLevel: award.awardLevel,
      completions: award.completions,
      completionsYear: year,
      completionsSourceId: sources.completions,
      vanishedIn: null,
      handEdited: [],
    });
    rows.push(
      listingRow(
        { subject: 'program', event: 'new', unitId: award.unitId, name, keptFields: [] },
        place,
        [],
        occupation,
      ),
    );
  }

  // Programs IPEDS listed before and this (newer) file no longer does: marked, never deleted.
  const schoolById = new Map([...listed.values()].map((school) => [school.id, school]));
  const occupationById = new Map([...byCip.values()].flat().map((occupation) => [occupation.id, occupation]));
  for (const program of programByKey.values()) {
    if (seen.has(program.id) || program.vanishedIn !== null) continue;
    if ((program.completionsYear ?? 0) >= year) continue;
    const school = schoolById.get(program.schoolId) as SchoolEntity;
    programWrites.push({ existing: program, write: { vanishedIn: year } });
    const occupation = occupationById.get(program.occupationId);
    rows.push(
      listingRow(
        {
          subject: 'program',
          event: 'vanished',
          unitId: school.ipedsUnitId as number,
          name: program.name,
          keptFields: [],
        },
        { state: school.state, city: school.city, detail: `${school.name}: ${program.name}` },
        [{ field: 'vanishedIn', label: PROGRAM_LABELS.vanishedIn, current: null, incoming: String(year) }],
        occupation,
      ),
    );
  }
  const newest = Math.max(0, ...programs.map((program) => program.completionsYear ?? 0));
  if (newest > year) {
    warnings.push(`Listings already carry completions of ${newest}; this file is of ${year}`);
  }
  return { rows, unchanged, warnings, schoolWrites, programWrites, newPrograms };
}

/** A free slug for a new listing: the name, then name and city, then name and UNITID. */
function freeSlug(institution: IpedsInstitutionEntity, taken: Set<string>): string {
  const candidates = [
    slugify(institution.name),
    slugify(`${institution.name} ${institution.city}`),
    `${slugify(institution.name).slice(0, 110)}-${institution.unitId}`,
  ];
  return candidates.find((slug) => slug !== '' && !taken.has(slug)) ?? `school-${institution.unitId}`;
}

export async function previewIpedsCompletions(
  manager: EntityManager,
  release: IpedsCompletionsRelease,
): Promise<KindPreview> {
  const sources = { completions: null, directory: null, prices: null };
  const plan = await planCompletions(manager, release.year, release.awards, sources, false);
  if (plan.rows.length === 0 && plan.unchanged === 0) {
    throw refuse(
      'No program of this file leads to a career of the catalogue (check that the crosswalk and the directory are loaded)',
    );
  }
  return {
    referencePeriod: academicYear(release.year - 1),
    periodYear: release.year,
    preview: {
      rows: plan.rows,
      unmatched: [],
      warnings: plan.warnings,
      ipeds: { year: release.year, awards: release.awards },
      counts: countListingRows(plan.rows, plan.unchanged),
    },
  };
}

async function applyIpedsCompletions(context: ApplyContext, staged: Staged): Promise<number> {
  const { manager } = context;
  const [institution] = await manager.find(IpedsInstitutionEntity, { take: 1 });
  const [price] = await manager.find(IpedsPriceEntity, { take: 1 });
  const directoryYear = institution?.directoryYear;
  const pricesYear = price?.year;
  const sources: CompletionsSources = {
    completions: context.sourceId,
    directory: directoryYear ? await context.ensureSource(directorySource(directoryYear)) : null,
    prices: pricesYear ? await context.ensureSource(pricesSource(pricesYear)) : null,
  };
  const plan = await planCompletions(manager, staged.year, staged.awards ?? [], sources, true);
  await writeSchools(context, plan.schoolWrites);
  await refreshPrograms(
    manager,
    context.user.id,
    plan.programWrites.map(({ existing, write }) => ({ ...existing, ...write }) as StoredProgram),
  );
  await createPrograms(manager, context.user.id, plan.newPrograms);
  return plan.schoolWrites.length + plan.programWrites.length + plan.newPrograms.length;
}

/**
 * A stored row's columns: INSERT … ON CONFLICT checks NOT NULL columns before it finds the conflict,
 * so a refresh sends the whole row.
 */
function columnsOf<E extends { version: number; createdAt: Date; updatedAt: Date }>(entity: E): Values {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...columns } = entity;
  return columns;
}

const NEW_SCHOOL: Values = {
  website: null,
  sourceId: null,
  zip: null,
  latitude: null,
  longitude: null,
  sector: null,
  closedOn: null,
  directoryYear: null,
  tuitionInDistrict: null,
  tuitionInState: null,
  tuitionOutOfState: null,
  booksAndSupplies: null,
  pricesYear: null,
  pricesSourceId: null,
  handEdited: [],
};

/**
 * Listings created or refreshed in set-based statements, each with its revision; returns them. A new
 * listing's write may bring its id (a completions plan gives it, for the programs created with it).
 */
async function writeSchools(
  context: ApplyContext,
  writes: Array<{ existing: SchoolEntity | null; write: Values }>,
): Promise<SchoolEntity[]> {
  const saved = await upsertRecords(
    context.manager,
    context.revisions,
    {
      entity: SchoolEntity,
      conflictPaths: ['id'],
      recordType: 'school',
      toRecord: toSchoolRecord,
      userId: context.user.id,
    },
    writes.map(({ existing, write }) => ({
      existing,
      values: (existing
        ? { ...columnsOf(existing), ...write }
        : { ...NEW_SCHOOL, id: randomUUID(), ...write }) as Partial<SchoolEntity>,
    })),
  );
  return saved;
}

/** Applies an IPEDS file of any of the four kinds. */
export function applyIpedsImport(context: ApplyContext): Promise<number> {
  const staged = context.entry.preview.ipeds;
  if (!staged) return Promise.resolve(0);
  switch (context.entry.kind) {
    case 'ipeds-directory':
      return applyIpedsDirectory(context, staged);
    case 'ipeds-prices':
      return applyIpedsPrices(context, staged);
    case 'cip-soc-crosswalk':
      return applyCipSocCrosswalk(context, staged);
    default:
      return applyIpedsCompletions(context, staged);
  }
}
