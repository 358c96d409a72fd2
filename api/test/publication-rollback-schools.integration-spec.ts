import request from 'supertest';
import type { ComparisonView, PublicOccupationResponse, SchoolSummaryView } from '@careerscope/shared';
import { Client, clients } from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const COMPARISON = '/api/public/comparisons/cma-vs-medical-coder';
const CMA = 'certified-medical-assistant';

describe('rolling back: schools and programs are the admins’ to bring back', () => {
  let testApp: TestApp;
  let editor: Client;
  let admin: Client;
  let removed: SchoolSummaryView;
  let seedSummary: string;

  const publicSchools = async (): Promise<string[]> =>
    (
      await request(testApp.server).get('/api/public/schools').query({ pageSize: 100 }).expect(200)
    ).body.items.map((school: SchoolSummaryView) => school.slug);
  const comparisonSchools = async (): Promise<string[]> =>
    ((await request(testApp.server).get(COMPARISON).expect(200)).body as ComparisonView).rows
      .filter((row) => row.kind === 'schools')
      .flatMap((row) => row.cells.flatMap((cell) => cell.items.map((item) => item.text)));
  const occupation = async (): Promise<PublicOccupationResponse> =>
    (await request(testApp.server).get(`/api/public/occupations/${CMA}`).expect(200)).body;
  const rollBack = async (client: Client, number: number) =>
    (
      await client.agent
        .post(`/api/publications/${number}/restore`)
        .set(client.csrf)
        .send({ note: `Back to ${number}` })
        .expect(201)
    ).body.number as number;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ editor, admin } = await clients(testApp));
    // A school the comparison lists for medical assistants: it shows in every place schools show.
    const cma = await occupation();
    seedSummary = cma.summaryHtml;
    removed = cma.schools[0];
    expect(await comparisonSchools()).toContain(removed.name);

    const school = (await admin.agent.get(`/api/schools/${removed.id}`).expect(200)).body;
    await admin.agent
      .delete(`/api/schools/${removed.id}`)
      .query({ version: school.version })
      .set(admin.csrf)
      .expect(200);
    // An editor's change in the same publication, which the rollback is meant to undo.
    const record = (await editor.agent.get('/api/occupations').query({ q: 'Certified Medical' }).expect(200))
      .body.items[0];
    await editor.agent
      .patch(`/api/occupations/${record.id}`)
      .set(editor.csrf)
      .send({ version: record.version, summaryMarkdown: 'A summary with a mistake.' })
      .expect(200);
    await admin.agent.post('/api/publications').set(admin.csrf).send({ note: 'School closed' }).expect(201);
    expect(await publicSchools()).not.toContain(removed.slug);
  }, 60_000);

  afterAll(() => testApp.close());

  it('an editor’s rollback restores the content but keeps the school an admin removed out of public view', async () => {
    expect(await rollBack(editor, 1)).toBe(3);

    expect((await occupation()).summaryHtml).toBe(seedSummary);
    expect(await publicSchools()).not.toContain(removed.slug);
    expect((await occupation()).schools.map((school) => school.slug)).not.toContain(removed.slug);
    expect(await comparisonSchools()).not.toContain(removed.name);
    await request(testApp.server).get(`/api/public/schools/${removed.slug}`).expect(404);
  });

  it('an admin’s rollback restores the schools too', async () => {
    expect(await rollBack(admin, 1)).toBe(4);

    expect(await publicSchools()).toContain(removed.slug);
    expect((await occupation()).schools.map((school) => school.slug)).toContain(removed.slug);
    expect(await comparisonSchools()).toContain(removed.name);
    const [first, fourth] = await Promise.all(
      [1, 4].map(async (number) => (await admin.agent.get(`/api/publications/${number}`).expect(200)).body),
    );
    expect(fourth.snapshot).toEqual(first.snapshot);
  });

  it('an editor rolling back to a publication with the same schools publishes it exactly', async () => {
    expect(await rollBack(editor, 1)).toBe(5);
    const [first, fifth] = await Promise.all(
      [1, 5].map(async (number) => (await editor.agent.get(`/api/publications/${number}`).expect(200)).body),
    );
    expect(fifth.snapshot).toEqual(first.snapshot);
  });
});
