import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import {
  type CatalogueScopeView,
  ENTRY_EDUCATION_LEVELS,
  type ImportView,
  type PublicOccupationResponse,
} from '@careerscope/shared';
import { REFERENCE_DATA_DIR } from '../src/imports/parsing/reference-data';
import { Client, createEditor, EDITOR } from './support/editorial-fixtures';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

const bls = (name: string) => readFileSync(join(REFERENCE_DATA_DIR, 'bls', name));
const onet = (name: string) => readFileSync(join(REFERENCE_DATA_DIR, 'onet', name));

async function upload(client: Client, file: Buffer, name: string, release?: string): Promise<ImportView> {
  const post = client.agent.post('/api/imports').set(client.csrf);
  if (release) post.field('release', release);
  const response = await post.attach('file', file, name);
  expect({
    status: response.status,
    message: response.status === 201 ? null : response.body.message,
  }).toEqual({
    status: 201,
    message: null,
  });
  return response.body;
}

async function apply(client: Client, view: ImportView): Promise<ImportView> {
  const response = await client.agent
    .post(`/api/imports/${view.id}/apply`)
    .set(client.csrf)
    .send({ version: view.version });
  expect({ status: response.status, body: response.status === 200 ? null : response.body }).toEqual({
    status: 200,
    body: null,
  });
  return response.body;
}

describe('the catalogue: every in-scope occupation of a release', () => {
  let testApp: TestApp;
  let admin: Client;
  let editor: Client;

  beforeAll(async () => {
    testApp = await startTestApp();
    await createEditor(testApp.app);
    admin = await signedInAgent(testApp);
    editor = await signedInAgent(testApp, EDITOR);
  });

  afterAll(() => testApp.close());

  it('has healthcare (SOC groups 29 and 31 and named codes) as its default scope, which only admins change', async () => {
    const scope: CatalogueScopeView = (await editor.agent.get('/api/catalogue/scope').expect(200)).body;
    expect(scope.majorGroups).toEqual(['29', '31']);
    expect(scope.socCodes).toContain('11-9111');
    await editor.agent
      .put('/api/catalogue/scope')
      .set(editor.csrf)
      .send({ majorGroups: ['29'], socCodes: [], version: scope.version })
      .expect(403);
    const refused = await admin.agent
      .put('/api/catalogue/scope')
      .set(admin.csrf)
      .send({ majorGroups: ['2'], socCodes: ['29-0000'], version: scope.version })
      .expect(400);
    expect(refused.body.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'majorGroups',
      'socCodes',
    ]);
    const stale = await admin.agent
      .put('/api/catalogue/scope')
      .set(admin.csrf)
      .send({ majorGroups: ['29', '31'], socCodes: scope.socCodes, version: scope.version + 5 })
      .expect(409);
    expect(stale.body.current.version).toBe(scope.version);
  });

  it('lists the in-scope codes no occupation measures as new occupations, and applying creates them', async () => {
    const preview = await upload(editor, bls('national_M2024_dl.xlsx'), 'national_M2024_dl.xlsx');
    const codes = preview.newOccupations.map((occupation) => occupation.socCode);
    // 71 + 17 detailed occupations in groups 29 and 31 (May 2024), less the two the seed holds, plus named codes.
    expect(codes).toContain('29-1141');
    expect(codes).toContain('31-9097');
    expect(codes).toContain('11-9111');
    expect(codes).not.toContain('31-9092');
    expect(codes).not.toContain('29-2072');
    expect(codes).not.toContain('29-0000');
    expect(codes.filter((code) => code.startsWith('29-') || code.startsWith('31-'))).toHaveLength(86);
    const nurses = preview.newOccupations.find((occupation) => occupation.socCode === '29-1141');
    expect(nurses).toEqual({ socCode: '29-1141', title: 'Registered Nurses', slug: 'registered-nurses' });
    expect(preview.newOccupationsTotal).toBe(codes.length);
    expect(preview.counts.newOccupations).toBe(codes.length);

    // The list is paged and filtered on the server, like the rows.
    const second = await editor.agent
      .get(`/api/imports/${preview.id}`)
      .query({ newPage: 2, newPageSize: 10, pageSize: 1 })
      .expect(200);
    expect(second.body.newOccupations).toEqual(preview.newOccupations.slice(10, 20));
    expect(second.body.newOccupationsTotal).toBe(codes.length);
    expect(second.body.counts.newOccupations).toBe(codes.length);
    expect(second.body.rows).toHaveLength(1);
    const technologists = await editor.agent
      .get(`/api/imports/${preview.id}`)
      .query({ newQ: 'TECHNOLOGISTS', newPageSize: 2 })
      .expect(200);
    const matching = preview.newOccupations.filter((occupation) =>
      occupation.title.toLowerCase().includes('technologists'),
    );
    expect(matching.length).toBeGreaterThan(2);
    expect(technologists.body.newOccupationsTotal).toBe(matching.length);
    expect(technologists.body.newOccupations).toEqual(matching.slice(0, 2));
    const byCode = await editor.agent
      .get(`/api/imports/${preview.id}`)
      .query({ newQ: '29-1141' })
      .expect(200);
    expect(byCode.body.newOccupations).toEqual([nurses]);
    await editor.agent.get(`/api/imports/${preview.id}`).query({ newPageSize: 1001 }).expect(400);
    const nurseRows = await editor.agent
      .get(`/api/imports/${preview.id}`)
      .query({ q: 'registered nurses', show: 'new' })
      .expect(200);
    expect(nurseRows.body.rows[0]).toMatchObject({
      occupationSlug: 'registered-nurses',
      newOccupation: true,
    });
    expect(
      nurseRows.body.rows[0].figures.find((figure: { field: string }) => figure.field === 'medianAnnual')
        .incoming,
    ).toEqual({ value: 93600, flag: null });

    await apply(editor, preview);
    const created = await editor.agent.get('/api/occupations').query({ q: 'Registered Nurses' }).expect(200);
    expect(created.body.items[0]).toMatchObject({
      slug: 'registered-nurses',
      socCode: '29-1141',
      summaryMarkdown: '',
    });
    const history = await editor.agent
      .get(`/api/occupations/${created.body.items[0].id}/revisions`)
      .expect(200);
    expect(history.body.items[0]).toMatchObject({ action: 'create' });

    // Not public until published.
    await request(testApp.server).get('/api/public/occupations/registered-nurses').expect(404);
  });

  it('updates a stored figure in place, with its next version and a revision', async () => {
    const file = Buffer.from(
      'OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n' +
        '29-1292,Dental Hygienists,detailed,"219,000","94,000","65,000","78,000","94,300","105,000","120,000"\n',
    );
    const before = (
      await editor.agent
        .get('/api/wage-statistics')
        .query({ socCode: '29-1292', periodYear: 2024 })
        .expect(200)
    ).body.items[0];
    const preview = await upload(editor, file, 'national_M2024_dl.csv');
    expect(preview.counts).toMatchObject({ changed: 1, new: 0 });
    await apply(editor, preview);
    const after = (
      await editor.agent
        .get('/api/wage-statistics')
        .query({ socCode: '29-1292', periodYear: 2024 })
        .expect(200)
    ).body.items[0];
    expect(after).toMatchObject({ id: before.id, version: before.version + 1, medianAnnual: 94300 });
    const history = await editor.agent.get(`/api/wage-statistics/${before.id}/revisions`).expect(200);
    expect(history.body.items[0]).toMatchObject({ action: 'update', version: before.version + 1 });
  });

  it('shows a new period beside the previous one, and offers no occupation twice', async () => {
    const may2023 = await upload(editor, bls('national_M2023_dl.xlsx'), 'national_M2023_dl.xlsx');
    expect(may2023.newOccupations).toEqual([]);
    expect(may2023.warnings[0]).toMatch(/older than the May 2024 figures/);
  });

  it('refuses a release that holds no occupation of the catalogue, saying so', async () => {
    const file = Buffer.from(
      'OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n' +
        '15-1252,Software Developers,detailed,"1,654,440","144,570","79,850","103,050","133,080","167,540","208,620"\n',
    );
    const response = await editor.agent
      .post('/api/imports')
      .set(editor.csrf)
      .attach('file', file, 'national_M2024_dl.csv')
      .expect(400);
    expect(response.body.message).toBe(
      "national_M2024_dl.csv holds no figure for an occupation of the catalogue (its SOC codes are outside the catalogue's scope, or it has no rows)",
    );
  });

  // Imports every file the catalogue is built from: up to minutes on a busy machine.
  it('fills profiles from O*NET (asking which release), BLS education and state projections', async () => {
    const refused = await editor.agent
      .post('/api/imports')
      .set(editor.csrf)
      .attach('file', onet('Occupation Data.txt'), 'Occupation Data.txt')
      .expect(400);
    expect(refused.body.fields[0]).toEqual({
      field: 'release',
      message:
        'Say which O*NET release Occupation Data.txt comes from (for example 29.3): its files do not say',
    });

    const descriptions = await upload(editor, onet('Occupation Data.txt'), 'Occupation Data.txt', '29.3');
    expect(descriptions).toMatchObject({ kind: 'onet', referencePeriod: 'O*NET 29.3' });
    const nurses = (
      await editor.agent.get(`/api/imports/${descriptions.id}`).query({ q: 'registered nurses' }).expect(200)
    ).body.rows[0];
    expect(nurses.status).toBe('new');
    expect(nurses.fields.find((field: { field: string }) => field.field === 'description').incoming).toMatch(
      /^Assess patient health problems/,
    );
    await apply(editor, descriptions);
    for (const name of [
      'Task Statements.txt',
      'Related Occupations.txt',
      'Technology Skills.txt',
      'Job Zones.txt',
    ]) {
      await apply(editor, await upload(editor, onet(name), name, '29.3'));
    }
    for (const name of ['Alternate Titles.xlsx', 'Skills.xlsx', 'Education, Training, and Experience.xlsx']) {
      await apply(editor, await upload(editor, onet(name), name, '29.3'));
    }
    const education = await upload(
      editor,
      bls('ep_education_table5.4_2024.xlsx'),
      'ep_education_table5.4_2024.xlsx',
    );
    expect(education).toMatchObject({ kind: 'ep-education', referencePeriod: '2024–34' });
    await apply(editor, education);
    await apply(
      editor,
      await upload(editor, bls('ep_occupation_2024-34.xlsx'), 'ep_occupation_2024-34.xlsx'),
    );
    const states = await upload(
      editor,
      bls('projections-central_long-term_2022-32_all-states.csv'),
      'projections-central_long-term_2022-32_all-states.csv',
    );
    expect(states).toMatchObject({ kind: 'state-projections', referencePeriod: '2022–32' });
    await apply(editor, states);

    const published = await editor.agent
      .post('/api/publications')
      .set(editor.csrf)
      .send({ note: 'The catalogue' });
    expect({
      status: published.status,
      problems: published.body.fields ?? null,
      message: published.status === 201 ? null : published.body.message,
    }).toEqual({ status: 201, problems: null, message: null });

    const list = (
      await request(testApp.server).get('/api/public/occupations').query({ pageSize: 500 }).expect(200)
    ).body;
    expect(list.total).toBeGreaterThanOrEqual(98);
    expect(list.items).toHaveLength(list.total);
    expect(list.items.every((item: { socCode: string }) => /^\d{2}-\d{4}$/.test(item.socCode))).toBe(true);

    const rn: PublicOccupationResponse = (
      await request(testApp.server).get('/api/public/occupations/registered-nurses').expect(200)
    ).body;
    const national = rn.wages.find((wage) => wage.areaCode === 'US' && wage.periodYear === 2024);
    expect(national?.annual.median.value).toBe(93600);
    expect(rn.summarySource).toBe('data');
    expect(rn.data.description).toMatch(/^Assess patient health problems/);
    expect(rn.data.specialties.map((specialty) => specialty.onetSocCode)).toContain('29-1141.01');
    expect(rn.data.related.length).toBeGreaterThan(0);
    expect(rn.data.related.some((related) => related.slug !== null)).toBe(true);
    expect(rn.data.education?.typicalEducation).toBe("Bachelor's degree");
    expect(rn.data.tasks.length).toBeGreaterThan(0);
    expect(rn.sources.map((source) => source.key)).toEqual(
      expect.arrayContaining(['onet-29.3', 'bls-ep-education-2024']),
    );
    const texas = rn.projections.find((projection) => projection.areaCode === 'TX');
    expect(texas).toMatchObject({ baseYear: 2022, targetYear: 2032, areaName: 'Texas' });
  }, 240_000);

  it('finds careers by title and alternate title, tolerating misspellings, and filters and sorts on the server', async () => {
    const find = async (query: Record<string, string | number>) =>
      (await request(testApp.server).get('/api/public/occupations').query(query).expect(200)).body;
    expect((await find({ q: 'nurse' })).items.map((item: { slug: string }) => item.slug)).toContain(
      'registered-nurses',
    );
    expect((await find({ q: 'phlebotomist' })).items[0].slug).toBe('phlebotomists');
    expect((await find({ q: 'phlebotomyst' })).items[0].slug).toBe('phlebotomists');
    expect((await find({ q: 'sonographer' })).items.map((item: { slug: string }) => item.slug)).toContain(
      'diagnostic-medical-sonographers',
    );
    const cna = await find({ q: 'CNA' });
    expect(cna.items[0]).toMatchObject({ slug: 'nursing-assistants' });
    expect(cna.items[0].matchedTitle).toMatch(/CNA/);

    const nondegree = await find({
      education: 'postsecondary-nondegree-award',
      sort: 'growth',
      pageSize: 100,
    });
    expect(nondegree.total).toBeGreaterThan(3);
    expect(
      nondegree.items.every(
        (item: { typicalEducation: string }) => item.typicalEducation === 'Postsecondary nondegree award',
      ),
    ).toBe(true);
    const growth = nondegree.items.map((item: { growthPercent: number | null }) => item.growthPercent);
    expect(growth).toEqual([...growth].sort((a, b) => (b ?? -Infinity) - (a ?? -Infinity)));

    const wellPaid = await find({ minPay: 100000, sort: 'pay', pageSize: 100 });
    expect(wellPaid.items.every((item: { medianPay: number }) => item.medianPay >= 100000)).toBe(true);
    expect(wellPaid.items[0].medianPay).toBeGreaterThanOrEqual(wellPaid.items.at(-1).medianPay);

    const bright = await find({ bright: 1, pageSize: 100 });
    expect(bright.baseline).toMatchObject({ period: '2024–34' });
    expect(bright.items.length).toBeGreaterThan(0);
    expect(bright.items.every((item: { brightOutlook: boolean }) => item.brightOutlook)).toBe(true);

    const inTexas = await find({ q: 'registered nurses', state: 'tx' });
    expect(inTexas.items[0]).toMatchObject({ areaCode: 'TX', projectionPeriod: '2022–32' });

    await request(testApp.server).get('/api/public/occupations').query({ sort: 'random' }).expect(400);
    await request(testApp.server).get('/api/public/occupations').query({ pageSize: 501 }).expect(400);
  });

  it('gives the home page its ways in from the catalogue: fastest growing, best paid without a bachelor’s, shortest training', async () => {
    const { highlights } = (await request(testApp.server).get('/api/public/home').expect(200)).body;
    const all = (
      await request(testApp.server).get('/api/public/occupations').query({ pageSize: 500 }).expect(200)
    ).body;
    expect(highlights.careerCount).toBe(all.total);
    expect(highlights.projectionPeriod).toBe('2024–34');
    expect(highlights.projectedNewJobs).toBeGreaterThan(0);

    const fastest = (
      await request(testApp.server).get('/api/public/occupations').query({ sort: 'growth', pageSize: 4 })
    ).body.items;
    expect(highlights.fastestGrowing.map((career: { slug: string }) => career.slug)).toEqual(
      fastest.map((career: { slug: string }) => career.slug),
    );

    const degrees = ["Bachelor's degree", "Master's degree", 'Doctoral or professional degree'];
    const withoutDegree = all.items.filter(
      (item: { typicalEducation: string | null; medianPay: number | null }) =>
        item.typicalEducation && !degrees.includes(item.typicalEducation) && item.medianPay !== null,
    );
    expect(highlights.withoutBachelorsCount).toBe(
      all.items.filter(
        (item: { typicalEducation: string | null }) =>
          item.typicalEducation && !degrees.includes(item.typicalEducation),
      ).length,
    );
    const bestPaid = highlights.bestPaidWithoutBachelors;
    expect(bestPaid).toHaveLength(4);
    expect(bestPaid[0].medianPay).toBe(
      Math.max(...withoutDegree.map((item: { medianPay: number }) => item.medianPay)),
    );
    expect(
      bestPaid.every((career: { typicalEducation: string }) => !degrees.includes(career.typicalEducation)),
    ).toBe(true);
    const levels = highlights.shortestTraining.map(
      (career: { typicalEducation: string }) => career.typicalEducation,
    );
    expect(levels[0]).toBe(
      withoutDegree
        .map((item: { typicalEducation: string }) => item.typicalEducation)
        .sort((a: string, b: string) => EDUCATION_ORDER.indexOf(a) - EDUCATION_ORDER.indexOf(b))[0],
    );
    // Each figure shown names its source.
    const sourceIds = highlights.sources.map((source: { id: string }) => source.id);
    expect(sourceIds).toContain(bestPaid[0].paySourceId);
    expect(sourceIds).toContain(highlights.fastestGrowing[0].projectionSourceId);
  });
});

const EDUCATION_ORDER: string[] = [...ENTRY_EDUCATION_LEVELS];
