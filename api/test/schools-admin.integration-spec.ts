import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, ProgramListItem } from '@careerscope/shared';
import { REFERENCE_DATA_DIR } from '../src/imports/parsing/reference-data';
import { Client, createEditor, EDITOR } from './support/editorial-fixtures';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

/** The admin's school screens: the programs list with its schools, bulk accreditation, IPEDS search. */
describe('school administration', () => {
  let testApp: TestApp;
  let admin: Client;
  let editor: Client;
  let caahepId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    await createEditor(testApp.app);
    admin = await signedInAgent(testApp);
    editor = await signedInAgent(testApp, EDITOR);
    const bodies = await admin.agent.get('/api/accreditation-bodies').query({ pageSize: 100 }).expect(200);
    caahepId = bodies.body.items.find((body: { abbreviation: string }) => body.abbreviation === 'CAAHEP').id;
  });

  afterAll(() => testApp.close());

  const programs = async (query: Record<string, string | number>): Promise<ProgramListItem[]> =>
    (
      await admin.agent
        .get('/api/programs')
        .query({ pageSize: 100, ...query })
        .expect(200)
    ).body.items;

  it("lists programs with their school, filtered by the school's state and sorted by school name", async () => {
    const inWisconsin = await programs({ state: 'WI', sort: 'schoolName' });
    expect(inWisconsin.map((program) => [program.school.name, program.school.state])).toEqual([
      ['Herzing University', 'WI'],
      ['Lakeshore Technical College', 'WI'],
      ['Northeast Wisconsin Technical College', 'WI'],
    ]);
    expect(inWisconsin[0]).toMatchObject({ name: 'Medical Assisting', school: { city: 'Madison' } });

    // `q` searches the school's name as well as the program's.
    const byschool = await programs({ q: 'griffith' });
    expect(byschool.map((program) => program.school.name)).toEqual(['Emily Griffith Technical College']);

    await admin.agent.get('/api/programs').query({ state: 'Texas' }).expect(400);
  });

  it('counts every program the filter matches on each page, also past the last one', async () => {
    const page = async (query: Record<string, string | number>) =>
      (await admin.agent.get('/api/programs').query(query).expect(200)).body as Page<ProgramListItem>;
    // The state read by program name (the state's programs by school) and by school name (the
    // joined school's state) gives the same programs and the same total.
    const byName = await page({ state: 'WI', sort: 'name', pageSize: 2, page: 2 });
    expect(byName).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(byName.items.map((program) => program.school.state)).toEqual(['WI']);
    expect(await page({ state: 'WI', sort: '-schoolName', pageSize: 2, page: 2 })).toMatchObject({
      total: 3,
    });
    expect(await page({ state: 'WI', sort: 'name', pageSize: 2, page: 3 })).toMatchObject({
      items: [],
      total: 3,
    });
    expect(await page({ q: 'griffith', page: 2 })).toMatchObject({ items: [], total: 1 });
    expect(await page({ state: 'WI', q: 'griffith' })).toMatchObject({ items: [], total: 0 });

    const dryRun = await admin.agent
      .post('/api/programs/accreditation')
      .set(admin.csrf)
      .send({ accreditationBodyId: null, filter: { q: 'griffith', state: 'CO' }, dryRun: true })
      .expect(200);
    expect(dryRun.body.matched).toBe(1);
  });

  it('refuses bulk accreditation to an editor and for an unknown body, changing nothing', async () => {
    const chosen = await programs({ state: 'WI' });
    const body = {
      accreditationBodyId: caahepId,
      programs: chosen.map(({ id, version }) => ({ id, version })),
    };
    await editor.agent.post('/api/programs/accreditation').set(editor.csrf).send(body).expect(403);

    const unknown = await admin.agent
      .post('/api/programs/accreditation')
      .set(admin.csrf)
      .send({ ...body, accreditationBodyId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknown.body.fields).toEqual([
      {
        field: 'accreditationBodyId',
        message: 'No accreditation body has the id 00000000-0000-4000-8000-000000000000',
      },
    ]);

    const after = await programs({ state: 'WI' });
    expect(after.map((program) => [program.accreditationBodyId, program.version])).toEqual(
      chosen.map((program) => [null, program.version]),
    );
  });

  it('assigns a body to the chosen programs in one change, each with its revision', async () => {
    const chosen = (await programs({ state: 'WI', sort: 'schoolName' })).slice(0, 2);
    const request = {
      accreditationBodyId: caahepId,
      programs: chosen.map(({ id, version }) => ({ id, version })),
    };
    const counted = await admin.agent
      .post('/api/programs/accreditation')
      .set(admin.csrf)
      .send({ ...request, dryRun: true })
      .expect(200);
    expect(counted.body).toEqual({ matched: 2, changed: 2 });
    expect(await programs({ accreditationBodyId: caahepId })).toEqual([]);

    const applied = await admin.agent
      .post('/api/programs/accreditation')
      .set(admin.csrf)
      .send(request)
      .expect(200);
    expect(applied.body).toEqual({ matched: 2, changed: 2 });

    const accredited = await programs({ accreditationBodyId: caahepId, sort: 'schoolName' });
    expect(accredited.map((program) => program.id)).toEqual(chosen.map((program) => program.id));
    for (const [index, program] of accredited.entries()) {
      expect(program.version).toBe(chosen[index].version + 1);
      expect(program.handEdited).toContain('accreditationBodyId');
      const history = await admin.agent.get(`/api/programs/${program.id}/revisions`).expect(200);
      expect(history.body.items[0]).toMatchObject({
        version: program.version,
        action: 'update',
        before: { accreditationBodyId: null },
        after: { accreditationBodyId: caahepId },
      });
    }

    // The versions sent are now stale: the whole change is refused.
    const stale = await admin.agent
      .post('/api/programs/accreditation')
      .set(admin.csrf)
      .send({ ...request, accreditationBodyId: null })
      .expect(409);
    expect(stale.body.message).toMatch(/2 of the chosen programs were saved by someone else/);
    expect(await programs({ accreditationBodyId: caahepId })).toHaveLength(2);
  });

  it('clears the accreditation of every program a list filter matches', async () => {
    const cleared = await admin.agent
      .post('/api/programs/accreditation')
      .set(admin.csrf)
      .send({ accreditationBodyId: null, filter: { state: 'WI' } })
      .expect(200);
    expect(cleared.body).toEqual({ matched: 3, changed: 2 });
    expect(await programs({ accreditationBodyId: caahepId })).toEqual([]);
  });

  it('finds an institution of the loaded directory by its city', async () => {
    // Rows of the real 2022 directory in its own format (the whole file takes long to load).
    const directory = readFileSync(join(REFERENCE_DATA_DIR, 'ipeds', 'hd2022.csv'), 'latin1')
      .split('\n')
      .filter((line, index) => index === 0 || /^(137096|134130|127158),/.test(line))
      .join('\n');
    await admin.agent
      .post('/api/ipeds/directory')
      .set(admin.csrf)
      .attach('file', Buffer.from(directory, 'latin1'), 'hd2022.csv')
      .expect(201);
    const found = await admin.agent
      .get('/api/ipeds/institutions')
      .query({ q: 'gainesville', pageSize: 100 })
      .expect(200);
    // Neither name says Gainesville; their city does.
    expect(found.body.items.map((item: { name: string }) => item.name).sort()).toEqual([
      'Santa Fe College',
      'University of Florida',
    ]);
  });
});
