import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_DATA_DIR } from '../src/imports/parsing/reference-data';
import { Client, createEditor, EDITOR } from './support/editorial-fixtures';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

describe('school listings from the IPEDS directory', () => {
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

  const directory = () => readFileSync(join(REFERENCE_DATA_DIR, 'ipeds', 'hd2022.csv'));

  it('lets only admins load the directory', async () => {
    await editor.agent
      .post('/api/ipeds/directory')
      .set(editor.csrf)
      .attach('file', directory(), 'hd2022.csv')
      .expect(403);
  });

  it('loads the 2022 directory (Windows-1252) and finds institutions by name or UNITID', async () => {
    const loaded = await admin.agent
      .post('/api/ipeds/directory')
      .set(admin.csrf)
      .attach('file', directory(), 'hd2022.csv')
      .expect(201);
    expect(loaded.body).toMatchObject({ year: 2022, count: 6256, fileName: 'hd2022.csv' });

    const byName = await admin.agent
      .get('/api/ipeds/institutions')
      .query({ q: 'santa fe college' })
      .expect(200);
    const santaFe = byName.body.items.find((item: { unitId: number }) => item.unitId === 137096);
    expect(santaFe).toMatchObject({
      name: 'Santa Fe College',
      city: 'Gainesville',
      state: 'FL',
      website: 'https://www.sfcollege.edu/',
    });
    // The seed already lists it.
    expect(santaFe.schoolId).not.toBeNull();

    const byUnit = await admin.agent.get('/api/ipeds/institutions').query({ q: '140340' }).expect(200);
    expect(byUnit.body.items.map((item: { name: string }) => item.name)).toEqual([
      'Herzing University-Atlanta',
    ]);
    const inState = await admin.agent
      .get('/api/ipeds/institutions')
      .query({ q: 'herzing', state: 'fl' })
      .expect(200);
    expect(inState.body.items.map((item: { city: string }) => item.city).sort()).toEqual([
      'Tampa',
      'Winter Park',
    ]);
  });

  it('creates a school listing without retyping it, cited to the directory', async () => {
    const created = await admin.agent
      .post('/api/ipeds/institutions/140340/school')
      .set(admin.csrf)
      .send({})
      .expect(200);
    expect(created.body).toMatchObject({
      slug: 'herzing-university-atlanta',
      name: 'Herzing University-Atlanta',
      city: 'Atlanta',
      state: 'GA',
      website: 'https://www.herzing.edu/',
      ipedsUnitId: 140340,
      version: 1,
    });
    const source = await admin.agent.get(`/api/sources/${created.body.sourceId}`).expect(200);
    expect(source.body.key).toBe('ipeds-hd2022');
    const revisions = (await admin.agent.get(`/api/sources/${source.body.id}/revisions`).expect(200)).body;
    expect(revisions.items).toEqual([expect.objectContaining({ action: 'create', version: 1 })]);
  });

  it('refreshes an existing listing only with its current version', async () => {
    const schools = await admin.agent.get('/api/schools').query({ q: 'Santa Fe' }).expect(200);
    const santaFe = schools.body.items[0];
    await admin.agent
      .patch(`/api/schools/${santaFe.id}`)
      .set(admin.csrf)
      .send({ version: santaFe.version, city: 'Somewhere Else' })
      .expect(200);
    const refused = await admin.agent
      .post('/api/ipeds/institutions/137096/school')
      .set(admin.csrf)
      .send({})
      .expect(409);
    expect(refused.body.current).toMatchObject({ id: santaFe.id, city: 'Somewhere Else' });
    const refreshed = await admin.agent
      .post('/api/ipeds/institutions/137096/school')
      .set(admin.csrf)
      .send({ version: refused.body.current.version })
      .expect(200);
    expect(refreshed.body).toMatchObject({
      id: santaFe.id,
      city: 'Gainesville',
      version: refused.body.current.version + 1,
    });
    const history = await admin.agent.get(`/api/schools/${santaFe.id}/revisions`).expect(200);
    expect(history.body.items[0]).toMatchObject({ action: 'update' });
  });

  it('refuses a file that is not the directory and keeps the loaded one', async () => {
    const response = await admin.agent
      .post('/api/ipeds/directory')
      .set(admin.csrf)
      .attach('file', Buffer.from('a,b\n1,2\n'), 'hd2023.csv')
      .expect(400);
    expect(response.body.fields[0]).toMatchObject({ field: 'file' });
    const still = await admin.agent.get('/api/ipeds/institutions').query({ q: '137096' }).expect(200);
    expect(still.body.total).toBe(1);
    await admin.agent.post('/api/ipeds/institutions/999999/school').set(admin.csrf).send({}).expect(404);
  });
});
