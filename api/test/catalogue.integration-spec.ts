import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { CatalogueScopeView, ImportView, PublicOccupationResponse } from '@careerscope/shared';
import { REFERENCE_DATA_DIR } from '../src/imports/parsing/reference-data';
import { Client, createEditor, EDITOR } from './support/editorial-fixtures';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

const bls = (name: string) => readFileSync(join(REFERENCE_DATA_DIR, 'bls', name));

async function upload(client: Client, file: Buffer, name: string): Promise<ImportView> {
  const response = await client.agent.post('/api/imports').set(client.csrf).attach('file', file, name);
  expect(response.status).toBe(201);
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
        '29-1141,Registered Nurses,detailed,"3,282,010","98,430","66,030","79,700","93,700","120,250","135,320"\n',
    );
    const before = (
      await editor.agent
        .get('/api/wage-statistics')
        .query({ socCode: '29-1141', periodYear: 2024 })
        .expect(200)
    ).body.items[0];
    const preview = await upload(editor, file, 'national_M2024_dl.csv');
    expect(preview.counts).toMatchObject({ changed: 1, new: 0 });
    await apply(editor, preview);
    const after = (
      await editor.agent
        .get('/api/wage-statistics')
        .query({ socCode: '29-1141', periodYear: 2024 })
        .expect(200)
    ).body.items[0];
    expect(after).toMatchObject({ id: before.id, version: before.version + 1, medianAnnual: 93700 });
    const history = await editor.agent.get(`/api/wage-statistics/${before.id}/revisions`).expect(200);
    expect(history.body.items[0]).toMatchObject({ action: 'update', version: before.version + 1 });
  });

  it('shows a new period beside the previous one, and offers no occupation twice', async () => {
    const may2023 = await upload(editor, bls('national_M2023_dl.xlsx'), 'national_M2023_dl.xlsx');
    expect(may2023.newOccupations).toEqual([]);
    expect(may2023.warnings[0]).toMatch(/older than the May 2024 figures/);
  });
});
