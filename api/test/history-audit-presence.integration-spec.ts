import { Client as PgClient } from 'pg';
import request from 'supertest';
import type {
  AuditEventView,
  DraftDiff,
  OccupationRecord,
  RecordPresence,
  RevisionRecord,
} from '@careerscope/shared';
import { Client, clients } from './support/editorial-fixtures';
import { signedInAgent, startTestApp, TestApp } from './support/test-app';

const ANA = { email: 'ana.lopez@test.careerscope', password: 'ana lopez has a long passphrase' };
const OEWS = 'national_M2024_dl.csv';
/** The seed's May 2024 figures for medical assistants, as BLS publishes them. */
const OEWS_FILE = Buffer.from(
  'OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n' +
    '31-9092,Medical Assistants,detailed,"793,460","44,720","35,020","37,610","44,200","48,160","57,830"\n',
);

describe('history, audit sentences and presence', () => {
  let testApp: TestApp;
  let admin: Client;
  let editor: Client;
  let ana: Client;
  let anaId: string;
  let editorId: string;
  let occupation: OccupationRecord;
  /** The revision of Ana's first save, restored later. */
  let firstSave: RevisionRecord;

  const audit = async (query: Record<string, string | number>): Promise<AuditEventView[]> =>
    (await admin.agent.get('/api/audit-events').query(query).expect(200)).body.items;

  const revisions = async (id: string): Promise<RevisionRecord[]> =>
    (await ana.agent.get(`/api/occupations/${id}/revisions`).query({ pageSize: 100 }).expect(200)).body.items;

  const presencePath = (id: string) => `/api/presence/occupation/${id}`;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ admin, editor } = await clients(testApp));
    const created = await admin.agent
      .post('/api/users')
      .set(admin.csrf)
      .send({ ...ANA, name: 'Ana Lopez', role: 'editor' })
      .expect(201);
    anaId = created.body.id;
    ana = await signedInAgent(testApp, ANA);
    editorId = (await editor.agent.get('/api/auth/me').expect(200)).body.id;
    occupation = (await ana.agent.get('/api/occupations').query({ sort: 'title' }).expect(200)).body.items[0];
  }, 60_000);

  afterAll(() => testApp.close());

  it('records a content save as a sentence with the editor’s name and the fields, no ids', async () => {
    const saved = await ana.agent
      .patch(`/api/occupations/${occupation.id}`)
      .set(ana.csrf)
      .send({ version: occupation.version, summaryMarkdown: `${occupation.summaryMarkdown} One more line.` })
      .expect(200);
    occupation = saved.body;

    const [event] = await audit({ category: 'content', actorId: anaId });
    expect(event).toMatchObject({
      type: 'record.updated',
      subjectType: 'occupation',
      subjectId: occupation.id,
      actor: { id: anaId, name: 'Ana Lopez', email: ANA.email },
      details: { title: occupation.title, fields: ['summaryMarkdown'], version: occupation.version },
    });
    expect(event.sentence).toBe(`Ana Lopez saved ${occupation.title}: summary`);
    expect(event.sentence).not.toContain(occupation.id);
    firstSave = (await revisions(occupation.id))[0];
    expect(firstSave.version).toBe(occupation.version);

    const signIns = await audit({ type: 'auth.sign_in', actorId: anaId });
    expect(signIns[0].sentence).toBe('Ana Lopez signed in');
  });

  it('records an import upload and its discard as sentences naming the file and its kind', async () => {
    const uploaded = await ana.agent
      .post('/api/imports')
      .set(ana.csrf)
      .attach('file', OEWS_FILE, OEWS)
      .expect(201);
    await ana.agent
      .post(`/api/imports/${uploaded.body.id}/discard`)
      .set(ana.csrf)
      .send({ version: uploaded.body.version })
      .expect(200);

    const events = await audit({ category: 'imports', actorId: anaId });
    expect(events.map((event) => [event.type, event.sentence])).toEqual([
      ['import.discarded', `Ana Lopez discarded ${OEWS} (OEWS wages)`],
      ['import.uploaded', `Ana Lopez uploaded ${OEWS} (OEWS wages)`],
    ]);
    // The hash is a detail, never part of the sentence.
    expect(events[1].details).toMatchObject({ sha256: uploaded.body.sha256, kind: 'oews' });
    expect(events[1].sentence).not.toContain(uploaded.body.sha256);
  });

  it('filters the audit log by actor, type, category, record type and dates, and refuses bad filters', async () => {
    const byRecordType = await audit({ subjectType: 'occupation', pageSize: 100 });
    expect(byRecordType.length).toBeGreaterThan(0);
    expect(byRecordType.every((event) => event.subjectType === 'occupation')).toBe(true);
    expect(await audit({ actorId: editorId, category: 'content' })).toEqual([]);
    expect(await audit({ type: 'import.uploaded', actorId: anaId })).toHaveLength(1);
    expect(await audit({ category: 'content', from: '2999-01-01' })).toEqual([]);

    const paged = (await admin.agent.get('/api/audit-events').query({ actorId: anaId, pageSize: 1, page: 2 }))
      .body;
    expect(paged).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.total).toBeGreaterThanOrEqual(4);
    expect(paged.items).toHaveLength(1);

    const bad = await admin.agent
      .get('/api/audit-events')
      .query({ actorId: 'me', category: 'everything', subjectType: 'drop table' })
      .expect(400);
    expect(bad.body.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'actorId',
      'category',
      'subjectType',
    ]);
    await editor.agent.get('/api/audit-events').expect(403);
  });

  it('restores an earlier version as a new version, audited; a stale restore is refused with 409', async () => {
    const second = await ana.agent
      .patch(`/api/occupations/${occupation.id}`)
      .set(ana.csrf)
      .send({ version: occupation.version, summaryMarkdown: 'A summary rewritten from scratch.' })
      .expect(200);
    occupation = second.body;
    const original = firstSave;
    const before = await revisions(occupation.id);

    await ana.agent
      .post(`/api/occupations/${occupation.id}/revisions/${original.id}/restore`)
      .set(ana.csrf)
      .send({ version: occupation.version - 1 })
      .expect(409);
    expect((await ana.agent.get(`/api/occupations/${occupation.id}`).expect(200)).body.version).toBe(
      occupation.version,
    );

    const restored = await ana.agent
      .post(`/api/occupations/${occupation.id}/revisions/${original.id}/restore`)
      .set(ana.csrf)
      .send({ version: occupation.version })
      .expect(200);
    expect(restored.body.version).toBe(occupation.version + 1);
    expect(restored.body.summaryMarkdown).toBe(original.after!.summaryMarkdown);
    const after = await revisions(occupation.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ action: 'restore', changedFields: ['summaryMarkdown'] });

    const [event] = await audit({ type: 'record.restored', actorId: anaId });
    expect(event.sentence).toBe(`Ana Lopez restored ${occupation.title} to version ${original.version}`);
    occupation = restored.body;
  });

  it('restoring the version the record already holds writes no version and leaves nothing pending', async () => {
    const pendingBefore = (await ana.agent.get('/api/publications/draft/diff').expect(200)).body as DraftDiff;
    const history = await revisions(occupation.id);
    // The first save again: the record already holds exactly what it saved.
    const original = firstSave;
    const same = await ana.agent
      .post(`/api/occupations/${occupation.id}/revisions/${original.id}/restore`)
      .set(ana.csrf)
      .send({ version: occupation.version })
      .expect(200);
    expect(same.body).toEqual(occupation);
    expect(await revisions(occupation.id)).toHaveLength(history.length);
    const pendingAfter = (await ana.agent.get('/api/publications/draft/diff').expect(200)).body as DraftDiff;
    expect(pendingAfter).toEqual(pendingBefore);
  });

  it('shows who else has a record open, with their name and since when, until they leave or go quiet', async () => {
    const alone = (await ana.agent.put(presencePath(occupation.id)).set(ana.csrf).expect(200))
      .body as RecordPresence;
    expect(alone.others).toEqual([]);

    const seenByEditor = (await editor.agent.put(presencePath(occupation.id)).set(editor.csrf).expect(200))
      .body as RecordPresence;
    expect(seenByEditor.others).toMatchObject([{ user: { id: anaId, name: 'Ana Lopez' } }]);
    const since = seenByEditor.others[0].since;

    const seenByAna = (await ana.agent.get(presencePath(occupation.id)).expect(200)).body as RecordPresence;
    expect(seenByAna.others).toMatchObject([{ user: { id: editorId, name: 'Test Editor' } }]);
    // Another heartbeat keeps the time the editing began.
    await ana.agent.put(presencePath(occupation.id)).set(ana.csrf).expect(200);
    expect((await editor.agent.get(presencePath(occupation.id)).expect(200)).body.others[0].since).toBe(
      since,
    );

    // The editor's tab goes quiet: a minute without a heartbeat and they no longer count.
    const database = new PgClient({ connectionString: testApp.databaseUrl });
    await database.connect();
    try {
      await database.query(
        `UPDATE editor_presence SET last_seen = last_seen - interval '61 seconds' WHERE user_id = $1`,
        [editorId],
      );
    } finally {
      await database.end();
    }
    expect((await ana.agent.get(presencePath(occupation.id)).expect(200)).body.others).toEqual([]);

    // Ana leaves: released at once.
    await ana.agent.delete(presencePath(occupation.id)).set(ana.csrf).expect(204);
    expect((await editor.agent.get(presencePath(occupation.id)).expect(200)).body.others).toEqual([]);

    const bad = await ana.agent.put('/api/presence/spaceship/not-an-id').set(ana.csrf).expect(400);
    expect(bad.body.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'recordId',
      'recordType',
    ]);
    await request(testApp.server).get(presencePath(occupation.id)).expect(401);
  });
});
