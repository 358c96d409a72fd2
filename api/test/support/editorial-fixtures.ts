import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { RecordType, Role } from '@careerscope/shared';
import { UsersService } from '../../src/users/users.service';
import { ADMIN, browserAgent, signedInAgent, TestApp } from './test-app';

export type Client = Awaited<ReturnType<typeof browserAgent>>;

export const EDITOR = { email: 'editor@test.careerscope', password: 'another correct horse battery 2' };

/** Creates the editor account the tests sign in with (the first admin exists from start-up). */
export async function createEditor(app: INestApplication): Promise<void> {
  await app.get(UsersService).create({ ...EDITOR, name: 'Test Editor', role: 'editor' });
}

export interface Clients {
  anonymous: Client;
  editor: Client;
  admin: Client;
}

export async function clients(testApp: TestApp): Promise<Clients> {
  await createEditor(testApp.app);
  return {
    anonymous: await browserAgent(testApp),
    editor: await signedInAgent(testApp, EDITOR),
    admin: await signedInAgent(testApp, ADMIN),
  };
}

/** Ids of seeded records the fixtures refer to. */
export interface SeedIds {
  sourceId: string;
  occupationIds: [string, string];
  authorId: string;
  comparisonId: string;
  certifyingBodyId: string;
  accreditationBodyId: string;
  schoolId: string;
}

export interface FixtureContext {
  admin: Client;
  ids: SeedIds;
}

async function first(client: Client, path: string): Promise<{ id: string }[]> {
  const response = await client.agent.get(`/api/${path}`).query({ pageSize: 100 }).expect(200);
  return response.body.items;
}

export async function seedIds(admin: Client): Promise<SeedIds> {
  const occupations = await first(admin, 'occupations');
  return {
    sourceId: (await first(admin, 'sources'))[0].id,
    occupationIds: [occupations[0].id, occupations[1].id],
    authorId: (await first(admin, 'authors'))[0].id,
    comparisonId: (await first(admin, 'comparisons'))[0].id,
    certifyingBodyId: (await first(admin, 'certifying-bodies'))[0].id,
    accreditationBodyId: (await first(admin, 'accreditation-bodies'))[0].id,
    schoolId: (await first(admin, 'schools'))[0].id,
  };
}

let counter = 0;
const next = () => ++counter;

/** A two-letter code other than US, different for each n below 676. */
function stateCode(n: number): string {
  const code = String.fromCharCode(65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
  return code === 'US' ? 'ZZ' : code;
}

export async function createRecord(
  context: FixtureContext,
  path: string,
  body: object,
): Promise<Record<string, unknown> & { id: string; version: number }> {
  const response = await context.admin.agent.post(`/api/${path}`).set(context.admin.csrf).send(body);
  if (response.status !== 201) {
    throw new Error(`POST /api/${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

export interface ResourceSpec {
  path: string;
  recordType: RecordType;
  /** Roles that may write; any signed-in user when omitted. */
  writeRoles?: Role[];
  /** A valid create body; `tag` lands in a searchable text field. */
  build(context: FixtureContext, tag: string): Promise<Record<string, unknown>>;
  /** A valid change for an update. */
  change: Record<string, unknown>;
  /** Filters the list test applies (all created records match them). */
  filters?(body: Record<string, unknown>): Record<string, string | number>;
  /** A sort key of the resource. */
  sort: string;
  /** Fields with a strict format, where SQL or script text can never be valid. */
  strict: string[];
}

export const RESOURCES: ResourceSpec[] = [
  {
    path: 'sources',
    recordType: 'source',
    build: async (_context, tag) => {
      const n = next();
      return {
        key: `test-source-${n}`,
        publisher: 'Test Publisher',
        title: `Source ${tag} ${n}`,
        url: 'https://example.org/source',
        referencePeriod: '2024',
        retrievedOn: '2025-01-15',
        citation: `Test ${n}`,
      };
    },
    change: { title: 'A changed title' },
    filters: () => ({ publisher: 'Test Publisher' }),
    sort: 'key',
    strict: ['key', 'url', 'retrievedOn'],
  },
  {
    path: 'authors',
    recordType: 'author',
    build: async (_context, tag) => {
      const n = next();
      return {
        slug: `test-author-${n}`,
        name: `Author ${tag} ${n}`,
        jobTitle: 'Writer',
        bioMarkdown: 'Writes.',
      };
    },
    change: { jobTitle: 'Senior writer' },
    sort: 'name',
    strict: ['slug'],
  },
  {
    path: 'occupations',
    recordType: 'occupation',
    build: async (context, tag) => {
      const n = next();
      return {
        slug: `test-occupation-${n}`,
        title: `Occupation ${tag} ${n}`,
        shortTitle: `Occupation ${n}`,
        socCode: '31-9092',
        socTitle: 'Medical Assistants',
        summaryMarkdown: 'A summary.',
        skills: ['Listening'],
        skillsSourceId: context.ids.sourceId,
      };
    },
    change: { summaryMarkdown: 'A changed summary.' },
    filters: () => ({ socCode: '31-9092' }),
    sort: 'title',
    strict: ['slug', 'socCode', 'skillsSourceId'],
  },
  {
    path: 'occupation-sections',
    recordType: 'occupationSection',
    build: async (context, tag) => ({
      occupationId: context.ids.occupationIds[0],
      key: `testSection${next()}`,
      title: `Section ${tag}`,
      bodyMarkdown: 'Some prose.',
      position: 50,
      sourceIds: [context.ids.sourceId],
    }),
    change: { bodyMarkdown: 'Changed prose.' },
    filters: (body) => ({ occupationId: body.occupationId as string }),
    sort: 'position',
    strict: ['occupationId', 'sourceIds'],
  },
  {
    path: 'occupation-certifications',
    recordType: 'occupationCertification',
    build: async (context, tag) => ({
      occupationId: context.ids.occupationIds[0],
      requirement: 'optional',
      certifyingBodyId: context.ids.certifyingBodyId,
      noteMarkdown: `Note ${tag}`,
      sourceId: context.ids.sourceId,
    }),
    change: { requirement: 'required' },
    filters: (body) => ({ occupationId: body.occupationId as string, requirement: 'optional' }),
    sort: 'position',
    strict: ['occupationId', 'requirement', 'certifyingBodyId', 'sourceId'],
  },
  {
    path: 'education-paths',
    recordType: 'educationPath',
    // One path per credential level and occupation: each path gets an occupation of its own.
    build: async (context, tag) => {
      const occupation = await createRecord(
        context,
        'occupations',
        await RESOURCES[2].build(context, 'host'),
      );
      return {
        occupationId: occupation.id,
        credentialLevel: 'certificate',
        minMonths: 4,
        maxMonths: 15,
        note: `Path ${tag}`,
        sourceId: context.ids.sourceId,
      };
    },
    change: { maxMonths: 18 },
    filters: () => ({ credentialLevel: 'certificate' }),
    sort: 'minMonths',
    strict: ['occupationId', 'credentialLevel', 'sourceId'],
  },
  {
    path: 'work-settings',
    recordType: 'workSetting',
    build: async (context, tag) => ({
      occupationId: context.ids.occupationIds[1],
      name: `Setting ${tag} ${next()}`,
      percent: 12.5,
      sourceId: context.ids.sourceId,
    }),
    change: { percent: 14 },
    filters: (body) => ({ occupationId: body.occupationId as string }),
    sort: 'percent',
    strict: ['occupationId', 'sourceId'],
  },
  {
    path: 'occupation-soc-codes',
    recordType: 'occupationSocCode',
    build: async (context, tag) => {
      const n = next();
      return {
        occupationId: context.ids.occupationIds[1],
        socCode: `29-${String(2000 + (n % 8000)).padStart(4, '0')}`,
        fromYear: 1990 + (n % 100),
        toYear: 1990 + (n % 100) + 1,
        note: `Period ${tag}`,
      };
    },
    change: { socCode: '29-2098' },
    filters: (body) => ({ occupationId: body.occupationId as string }),
    sort: 'fromYear',
    strict: ['occupationId'],
  },
  {
    path: 'wage-statistics',
    recordType: 'wageStatistic',
    build: async (context, tag) => {
      const n = next();
      return {
        socCode: '31-9092',
        socTitle: 'Medical Assistants',
        areaType: 'state',
        areaCode: stateCode(n),
        areaName: `Area ${tag} ${n}`,
        referencePeriod: 'May 2023',
        periodYear: 2023,
        employment: 1200,
        meanAnnual: 41000,
        p10Annual: 30000,
        p25Annual: 35000,
        medianAnnual: 40000,
        p75Annual: 45000,
        p90Annual: null,
        meanHourly: 19.71,
        medianHourly: 19.23,
        flags: { p90Annual: '#' },
        sourceId: context.ids.sourceId,
      };
    },
    change: { employment: 1300 },
    filters: () => ({ socCode: '31-9092', periodYear: 2023, areaType: 'state' }),
    sort: 'areaCode',
    strict: ['socCode', 'areaType', 'areaCode', 'sourceId'],
  },
  {
    path: 'employment-projections',
    recordType: 'employmentProjection',
    build: async (context, tag) => {
      const n = next() % 280;
      return {
        socCode: '29-2072',
        socTitle: `Projection ${tag}`,
        baseYear: 1900 + n,
        targetYear: 1910 + n,
        baseEmployment: 1000,
        targetEmployment: 1100,
        numericChange: 100,
        percentChange: 10,
        allOccupationsPercentChange: 3.1,
        sourceId: context.ids.sourceId,
      };
    },
    change: { allOccupationsPercentChange: 4 },
    filters: () => ({ socCode: '29-2072' }),
    sort: 'baseYear',
    strict: ['socCode', 'sourceId'],
  },
  {
    path: 'accreditation-bodies',
    recordType: 'accreditationBody',
    build: async (context, tag) => {
      const n = next();
      return {
        slug: `test-accreditor-${n}`,
        name: `Accreditor ${tag} ${n}`,
        abbreviation: 'TA',
        url: 'https://example.org/accreditor',
        recognizedBy: 'CHEA',
        sourceId: context.ids.sourceId,
        occupationIds: [context.ids.occupationIds[0]],
        sourceIds: [context.ids.sourceId],
      };
    },
    change: { recognizedBy: null },
    filters: (body) => ({ sourceId: body.sourceId as string }),
    sort: 'name',
    strict: ['slug', 'url', 'sourceId', 'occupationIds', 'sourceIds'],
  },
  {
    path: 'certifying-bodies',
    recordType: 'certifyingBody',
    build: async (context, tag) => {
      const n = next();
      return {
        slug: `test-certifier-${n}`,
        name: `Certifier ${tag} ${n}`,
        abbreviation: 'TC',
        url: null,
        sourceId: context.ids.sourceId,
      };
    },
    change: { url: 'https://example.org/certifier' },
    sort: 'name',
    strict: ['slug', 'sourceId'],
  },
  {
    path: 'credentials',
    recordType: 'credential',
    build: async (context, tag) => {
      const n = next();
      return {
        slug: `test-credential-${n}`,
        name: `Credential ${tag} ${n}`,
        abbreviation: 'TCR',
        certifyingBodyId: context.ids.certifyingBodyId,
        renewalPeriodMonths: 60,
        renewalUnits: 60,
        renewalUnitName: 'points',
        sourceId: context.ids.sourceId,
      };
    },
    change: { renewalUnits: 30 },
    filters: (body) => ({ certifyingBodyId: body.certifyingBodyId as string }),
    sort: 'name',
    strict: ['slug', 'certifyingBodyId', 'sourceId'],
  },
  {
    path: 'schools',
    recordType: 'school',
    writeRoles: ['admin'],
    build: async (_context, tag) => {
      const n = next();
      return {
        slug: `test-school-${n}`,
        name: `School ${tag} ${n}`,
        city: 'Denver',
        state: 'CO',
        website: 'https://example.edu',
      };
    },
    change: { city: 'Boulder' },
    filters: () => ({ state: 'CO' }),
    sort: 'name',
    strict: ['slug', 'state', 'website'],
  },
  {
    path: 'programs',
    recordType: 'program',
    writeRoles: ['admin'],
    build: async (context, tag) => ({
      schoolId: context.ids.schoolId,
      occupationId: context.ids.occupationIds[0],
      name: `Program ${tag} ${next()}`,
      credentialLevel: 'certificate',
      delivery: 'hybrid',
      minMonths: 9,
      maxMonths: 12,
      accreditationBodyId: context.ids.accreditationBodyId,
      url: null,
    }),
    change: { delivery: 'online' },
    filters: (body) => ({ schoolId: body.schoolId as string, delivery: 'hybrid' }),
    sort: 'name',
    strict: ['schoolId', 'occupationId', 'credentialLevel', 'delivery', 'accreditationBodyId'],
  },
  {
    path: 'comparisons',
    recordType: 'comparison',
    build: async (context, tag) => {
      const n = next();
      return {
        slug: `test-comparison-${n}`,
        title: `Comparison ${tag} ${n}`,
        introMarkdown: 'Intro.',
        authorId: context.ids.authorId,
        occupationIds: [...context.ids.occupationIds],
      };
    },
    change: { occupationIds: [] },
    filters: (body) => ({ authorId: body.authorId as string }),
    sort: 'title',
    strict: ['slug', 'authorId', 'occupationIds'],
  },
  {
    path: 'comparison-rows',
    recordType: 'comparisonRow',
    build: async (context, tag) => ({
      comparisonId: context.ids.comparisonId,
      key: `test-row-${next()}`,
      group: 'Tests',
      label: `Row ${tag}`,
      kind: 'section',
      sectionKey: 'licensing',
      position: 99,
    }),
    change: { label: 'Renamed row' },
    filters: (body) => ({ comparisonId: body.comparisonId as string, kind: 'section' }),
    sort: 'position',
    strict: ['comparisonId', 'key', 'kind'],
  },
];

export const resource = (path: string): ResourceSpec => {
  const found = RESOURCES.find((spec) => spec.path === path);
  if (!found) throw new Error(`No fixture for ${path}`);
  return found;
};

export { randomUUID };

/** A test app with an editor and an admin signed in and the seeded ids, as the editorial specs need. */
export async function editorialSession(
  testApp: TestApp,
): Promise<{ editor: Client; admin: Client; context: FixtureContext }> {
  const all = await clients(testApp);
  return {
    editor: all.editor,
    admin: all.admin,
    context: { admin: all.admin, ids: await seedIds(all.admin) },
  };
}

/** Sets the catalogue's scope (an admin client), so an import offers only the occupations a spec expects. */
export async function limitCatalogueScope(
  admin: Client,
  scope: { majorGroups: string[]; socCodes: string[] },
): Promise<void> {
  const current = await admin.agent.get('/api/catalogue/scope').expect(200);
  await admin.agent
    .put('/api/catalogue/scope')
    .set(admin.csrf)
    .send({ ...scope, version: current.body.version })
    .expect(200);
}
