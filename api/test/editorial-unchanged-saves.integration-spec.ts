import type { DraftDiff } from '@careerscope/shared';
import {
  Client,
  createRecord,
  editorialSession,
  FixtureContext,
  RESOURCES,
} from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const DRAFT_DIFF = '/api/publications/draft/diff';

describe('saving a record without a real change', () => {
  let testApp: TestApp;
  let editor: Client;
  let admin: Client;
  let context: FixtureContext;

  const revisions = async (path: string, id: string): Promise<number> =>
    (await admin.agent.get(`/api/${path}/${id}/revisions`).expect(200)).body.total;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ editor, admin, context } = await editorialSession(testApp));
  }, 60_000);

  afterAll(() => testApp.close());

  // Before anything else changes the working copy: the seed is published as it stands.
  it('leaves nothing pending when an edited text is put back as it was (A → B → A)', async () => {
    const occupation = (await editor.agent.get('/api/occupations').query({ sort: 'title' }).expect(200)).body
      .items[0];
    const original = occupation.summaryMarkdown as string;
    const edited = await editor.agent
      .patch(`/api/occupations/${occupation.id}`)
      .set(editor.csrf)
      .send({ version: occupation.version, summaryMarkdown: `${original} An extra sentence.` })
      .expect(200);
    const pending = (await editor.agent.get(DRAFT_DIFF).expect(200)).body as DraftDiff;
    expect(pending.summary.changed).toBeGreaterThan(0);

    const restored = await editor.agent
      .patch(`/api/occupations/${occupation.id}`)
      .set(editor.csrf)
      .send({ version: edited.body.version, summaryMarkdown: original })
      .expect(200);
    expect(restored.body.version).toBe(occupation.version + 2);
    const diff = (await editor.agent.get(DRAFT_DIFF).expect(200)).body as DraftDiff;
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('leaves nothing pending when a published record is saved with the values it has', async () => {
    const occupation = (await editor.agent.get('/api/occupations').query({ sort: 'title' }).expect(200)).body
      .items[1];
    const saved = await editor.agent
      .patch(`/api/occupations/${occupation.id}`)
      .set(editor.csrf)
      .send({ version: occupation.version, title: occupation.title, skills: occupation.skills })
      .expect(200);
    expect(saved.body).toEqual(occupation);
    expect((await editor.agent.get(DRAFT_DIFF).expect(200)).body.changes).toEqual([]);
  });

  it.each(RESOURCES.map((spec) => [spec.recordType, spec] as const))(
    '%s: answers 200 with the record unchanged, and writes no version or revision',
    async (_type, spec) => {
      const body = await spec.build(context, 'unchanged');
      const created = await createRecord(context, spec.path, body);

      const same = await admin.agent
        .patch(`/api/${spec.path}/${created.id}`)
        .set(admin.csrf)
        .send({ ...body, version: created.version })
        .expect(200);
      expect(same.body).toEqual(created);

      const empty = await admin.agent
        .patch(`/api/${spec.path}/${created.id}`)
        .set(admin.csrf)
        .send({ version: created.version })
        .expect(200);
      expect(empty.body).toEqual(created);

      expect((await admin.agent.get(`/api/${spec.path}/${created.id}`).expect(200)).body).toEqual(created);
      expect(await revisions(spec.path, created.id)).toBe(1);

      // A real change still saves.
      const changed = await admin.agent
        .patch(`/api/${spec.path}/${created.id}`)
        .set(admin.csrf)
        .send({ ...spec.change, version: created.version })
        .expect(200);
      expect(changed.body.version).toBe(created.version + 1);
      expect(await revisions(spec.path, created.id)).toBe(2);
    },
  );
});
