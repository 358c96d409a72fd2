import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { ImportView, ProgramRecord, SchoolRecord } from '@careerscope/shared';
import { REFERENCE_DATA_DIR } from '../src/imports/parsing/reference-data';
import { Client, createEditor, EDITOR } from './support/editorial-fixtures';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

const ipeds = (name: string) => readFileSync(join(REFERENCE_DATA_DIR, 'ipeds', name));

/** Emily Griffith Technical College (Denver), one of the seed's ten listings. */
const EMILY_GRIFFITH = 127158;

describe('school listings from IPEDS files, through the import preview', () => {
  let testApp: TestApp;
  let admin: Client;
  let editor: Client;
  let db: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp();
    db = testApp.app.get(DataSource);
    await createEditor(testApp.app);
    admin = await signedInAgent(testApp);
    editor = await signedInAgent(testApp, EDITOR);
  });

  afterAll(() => testApp.close());

  async function upload(file: Buffer, name: string, expected = 201): Promise<ImportView> {
    const response = await admin.agent
      .post('/api/imports')
      .set(admin.csrf)
      .attach('file', file, name)
      .expect(expected);
    return response.body;
  }

  async function apply(view: ImportView, client = admin, expected = 200): Promise<ImportView> {
    const response = await client.agent
      .post(`/api/imports/${view.id}/apply`)
      .set(client.csrf)
      .send({ version: view.version })
      .expect(expected);
    return response.body;
  }

  async function schoolOf(unitId: number): Promise<SchoolRecord> {
    const response = await admin.agent.get('/api/schools').query({ q: '', pageSize: 100 }).expect(200);
    const found = (response.body.items as SchoolRecord[]).find((school) => school.ipedsUnitId === unitId);
    if (found) return found;
    const all = await db.query('SELECT id FROM schools WHERE ipeds_unit_id = $1', [unitId]);
    return (await admin.agent.get(`/api/schools/${all[0].id}`).expect(200)).body;
  }

  async function programsOf(schoolId: string): Promise<ProgramRecord[]> {
    const response = await admin.agent.get('/api/programs').query({ schoolId, pageSize: 100 }).expect(200);
    return response.body.items;
  }

  it('refuses files that lack a column, naming it, and completions before the crosswalk', async () => {
    const noTotals = await admin.agent
      .post('/api/imports')
      .set(admin.csrf)
      .attach('file', Buffer.from('UNITID,CIPCODE,AWLEVEL\n127158,51.0801,2\n'), 'c2023_a.csv')
      .expect(400);
    expect(noTotals.body.fields[0]).toMatchObject({ field: 'file' });
    expect(noTotals.body.message).toContain('CTOTALT');
    const noFees = await admin.agent
      .post('/api/imports')
      .set(admin.csrf)
      .attach('file', Buffer.from('UNITID,TUITION1,TUITION2,TUITION3\n127158,1,2,3\n'), 'ic2022_ay.csv')
      .expect(400);
    expect(noFees.body.message).toContain('FEE1');
    const early = await admin.agent
      .post('/api/imports')
      .set(admin.csrf)
      .attach('file', ipeds('c2022_a.first-majors.csv'), 'c2022_a.first-majors.csv')
      .expect(400);
    expect(early.body.message).toContain('crosswalk');
  });

  it('maps CIP 51.0801 (Medical/Clinical Assistant) to the medical assistant career (31-9092)', async () => {
    const crosswalk = await upload(ipeds('cip2020-soc2018-crosswalk.csv'), 'cip2020-soc2018-crosswalk.csv');
    expect(crosswalk.kind).toBe('cip-soc-crosswalk');
    const medical = await admin.agent
      .get(`/api/imports/${crosswalk.id}`)
      .query({ q: '51.0801', pageSize: 100 })
      .expect(200);
    expect(medical.body.rows).toContainEqual(
      expect.objectContaining({
        occupationSlug: 'certified-medical-assistant',
        socCode: '31-9092',
        status: 'new',
        fields: [expect.objectContaining({ incoming: '51.0801 Medical/Clinical Assistant' })],
      }),
    );
    await apply(crosswalk);
  });

  it('loads the directory and charges, then lists every school with a program for the careers', async () => {
    const directory = await upload(ipeds('hd2023.csv'), 'hd2023.csv');
    expect(directory).toMatchObject({
      kind: 'ipeds-directory',
      periodYear: 2023,
      referencePeriod: '2023–24',
    });
    // Only admins apply files that write school listings.
    await apply(directory, editor, 403);
    await apply(directory);
    const prices = await upload(ipeds('ic2022_ay.csv'), 'ic2022_ay.csv');
    expect(prices.kind).toBe('ipeds-prices');
    await apply(prices);

    const completions = await upload(ipeds('c2022_a.first-majors.csv'), 'c2022_a.first-majors.csv');
    expect(completions).toMatchObject({ kind: 'ipeds-completions', periodYear: 2022 });
    expect(completions.counts.new).toBeGreaterThan(1000);
    const applied = await apply(completions);
    expect(applied.status).toBe('applied');

    const medicalAssisting = await db.query(
      `SELECT count(DISTINCT p.school_id)::int AS schools, count(*)::int AS programs
         FROM programs p JOIN occupations o ON o.id = p.occupation_id
        WHERE o.soc_code = '31-9092' AND p.cip_code = '51.0801'`,
    );
    expect(medicalAssisting[0].schools).toBeGreaterThan(100);

    // Every program the file created has its revision, by the admin who applied it, and that
    // revision records the program exactly as it is stored.
    const [{ created, recorded }] = await db.query(
      `SELECT count(*)::int AS created,
              count(*) FILTER (WHERE (SELECT count(*) FROM revisions r
                                       WHERE r.entity_type = 'program' AND r.entity_id = p.id
                                         AND r.version = 1 AND r.action = 'create') = 1)::int AS recorded
         FROM programs p WHERE p.cip_code IS NOT NULL AND p.version = 1`,
    );
    expect(created).toBeGreaterThan(1000);
    expect(recorded).toBe(created);
    const [newProgram] = await db.query(
      `SELECT id FROM programs WHERE cip_code = '51.0801' AND version = 1 ORDER BY id LIMIT 1`,
    );
    const stored = await admin.agent.get(`/api/programs/${newProgram.id}`).expect(200);
    const me = await admin.agent.get('/api/auth/me').expect(200);
    const creation = await admin.agent.get(`/api/programs/${newProgram.id}/revisions`).expect(200);
    expect(creation.body.items).toEqual([
      expect.objectContaining({
        action: 'create',
        version: 1,
        user: { id: me.body.id, name: me.body.name },
        before: null,
        after: stored.body,
      }),
    ]);
    expect(stored.body).toMatchObject({ cipCode: '51.0801', completionsYear: 2022, delivery: 'campus' });

    const emily = await schoolOf(EMILY_GRIFFITH);
    expect(emily).toMatchObject({
      slug: 'emily-griffith-technical-college',
      zip: expect.stringMatching(/^\d{5}$/),
      sector: expect.any(Number),
      directoryYear: 2023,
      // The charges file has no row for it: not reported rather than zero.
      pricesYear: null,
      tuitionInState: null,
    });
    expect(emily.latitude).toBeCloseTo(39.7, 0);
    const frontRange = await schoolOf(127200);
    expect(frontRange).toMatchObject({ pricesYear: 2022, pricesSourceId: expect.any(String) });
    expect(frontRange.tuitionInState).toBeGreaterThan(1000);
    const programs = await programsOf(emily.id);
    // The seed's editorial program took over the IPEDS one and kept its name.
    const assisting = programs.find((program) => program.cipCode === '51.0801');
    expect(assisting).toMatchObject({ name: 'Medical Assisting', completionsYear: 2022 });
    expect(assisting?.completions).toBeGreaterThan(0);
    expect(programs.filter((program) => program.cipCode === null)).toHaveLength(0);
  }, 240_000);

  it('keeps an admin’s hand edit across a refresh, says so, and marks programs the newer file drops', async () => {
    const emily = await schoolOf(EMILY_GRIFFITH);
    const edited = await admin.agent
      .patch(`/api/schools/${emily.id}`)
      .set(admin.csrf)
      .send({ version: emily.version, name: 'Emily Griffith Technical College (Denver)' })
      .expect(200);
    expect(edited.body.handEdited).toEqual(['name']);

    const [{ before }] = await db.query('SELECT count(*)::int AS before FROM programs');

    const refresh = await upload(ipeds('c2023_a.first-majors.csv'), 'c2023_a.first-majors.csv');
    expect(refresh.counts.vanished).toBeGreaterThan(0);
    expect(refresh.counts.handEditsKept).toBeGreaterThan(0);
    const emilyRows = await admin.agent
      .get(`/api/imports/${refresh.id}`)
      .query({ q: String(EMILY_GRIFFITH), pageSize: 100 })
      .expect(200);
    expect(emilyRows.body.rows).toContainEqual(
      expect.objectContaining({
        listing: expect.objectContaining({ subject: 'institution', keptFields: ['name'] }),
      }),
    );
    await apply(refresh);

    const after = await schoolOf(EMILY_GRIFFITH);
    expect(after.name).toBe('Emily Griffith Technical College (Denver)');
    // Dropped programs are still there, marked with the year whose file no longer lists them.
    const [{ total, vanished }] = await db.query(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE vanished_in = 2023))::int AS vanished FROM programs`,
    );
    expect(vanished).toBe(refresh.counts.vanished);
    // Nothing was deleted.
    expect(total).toBeGreaterThanOrEqual(before);
    const [gone] = await db.query('SELECT id FROM programs WHERE vanished_in = 2023 LIMIT 1');
    const shown = await admin.agent.get(`/api/programs/${gone.id}`).expect(200);
    expect(shown.body).toMatchObject({ vanishedIn: 2023, completionsYear: 2022 });
    const history = await admin.agent.get(`/api/schools/${after.id}/revisions`).expect(200);
    expect(history.body.items[0]).toMatchObject({ action: 'update' });
    // One write path: every school and program stands at a version its history records, and the
    // dropped program's latest revision says so.
    const [{ unrecorded }] = await db.query(
      `SELECT count(*)::int AS unrecorded FROM (
         SELECT 'program' AS type, id, version FROM programs UNION ALL SELECT 'school', id, version FROM schools
       ) record
       WHERE NOT EXISTS (SELECT 1 FROM revisions r
                          WHERE r.entity_type = record.type AND r.entity_id = record.id AND r.version = record.version)`,
    );
    expect(unrecorded).toBe(0);
    const programHistory = await admin.agent.get(`/api/programs/${gone.id}/revisions`).expect(200);
    expect(programHistory.body.items[0]).toMatchObject({ action: 'update', version: shown.body.version });
    // Its revision records the program exactly as it is stored, and as it was before.
    const [revision] = await db.query(
      `SELECT before, after FROM revisions WHERE entity_type = 'program' AND entity_id = $1 AND version = $2`,
      [gone.id, shown.body.version],
    );
    expect(revision.after).toEqual(shown.body);
    const { version, updatedAt: _updatedAt, vanishedIn: _vanishedIn, ...kept } = shown.body;
    expect(revision.before).toMatchObject({ ...kept, version: version - 1, vanishedIn: null });
  }, 240_000);
});
