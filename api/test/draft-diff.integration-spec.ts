import type { DraftDiff, RecordChange } from '@careerscope/shared';
import { Client, clients, createRecord, seedIds } from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const DRAFT_DIFF = '/api/publications/draft/diff';

type Row = Record<string, unknown> & { id: string; version: number };

describe('GET /api/publications/draft/diff: the working copy against the current publication', () => {
  let testApp: TestApp;
  let anonymous: Client;
  let editor: Client;
  let admin: Client;

  const draftDiff = async (client: Client = editor): Promise<DraftDiff> =>
    (await client.agent.get(DRAFT_DIFF).expect(200)).body;

  const publish = async (note: string): Promise<number> =>
    (await editor.agent.post('/api/publications').set(editor.csrf).send({ note }).expect(201)).body.number;

  const find = (diff: DraftDiff, recordType: string, change: RecordChange['change'], label: string) =>
    diff.changes.find(
      (entry) => entry.recordType === recordType && entry.change === change && entry.label === label,
    );

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ anonymous, editor, admin } = await clients(testApp));
  }, 60_000);

  afterAll(() => testApp.close());

  it('refuses anonymous visitors (401) and answers editors and admins', async () => {
    await anonymous.agent.get(DRAFT_DIFF).expect(401);
    await editor.agent.get(DRAFT_DIFF).expect(200);
    await admin.agent.get(DRAFT_DIFF).expect(200);
  });

  it('reads `draft` as the working copy, never as a publication number', async () => {
    await editor.agent.get('/api/publications/draft').expect(400);
    await editor.agent.get('/api/publications/1/diff/draft').expect(400);
  });

  it('finds nothing to publish right after the seed was published', async () => {
    const diff = await draftDiff();
    expect(diff).toEqual({
      from: 1,
      to: 0,
      summary: { added: 0, removed: 0, changed: 0 },
      changes: [],
      publishable: true,
      problems: [],
    });
  });

  it('lists a created, an updated and a deleted record, each with type, id, label and fields', async () => {
    const context = { admin, ids: await seedIds(admin) };
    const doomed = await createRecord(context, 'schools', {
      slug: 'draft-diff-closing-school',
      name: 'Closing School of Health',
      city: 'Denver',
      state: 'CO',
      website: null,
    });
    const first = await publish('Draft diff: a school that will close');
    expect((await draftDiff()).changes).toEqual([]);

    // Created
    const created = await createRecord(context, 'schools', {
      slug: 'draft-diff-new-school',
      name: 'New School of Health',
      city: 'Boulder',
      state: 'CO',
      website: 'https://new.example.edu',
    });
    // Updated: an occupation's summary, and a figure of one of its wage statistics
    const occupation: Row = (await editor.agent.get(`/api/occupations/${context.ids.occupationIds[0]}`)).body;
    await editor.agent
      .patch(`/api/occupations/${occupation.id}`)
      .set(editor.csrf)
      .send({ version: occupation.version, summaryMarkdown: 'A **new** summary.' })
      .expect(200);
    const wages = await editor.agent
      .get('/api/wage-statistics')
      .query({ socCode: occupation.socCode, areaType: 'national', sort: '-periodYear' })
      .expect(200);
    const wage: Row = wages.body.items[0];
    await editor.agent
      .patch(`/api/wage-statistics/${wage.id}`)
      .set(editor.csrf)
      .send({ version: wage.version, employment: Number(wage.employment) + 10 })
      .expect(200);
    // Deleted: a school of the publication, and a work setting shown with the occupation
    await admin.agent
      .delete(`/api/schools/${doomed.id}`)
      .query({ version: doomed.version })
      .set(admin.csrf)
      .expect(200);
    const settings = await editor.agent
      .get('/api/work-settings')
      .query({ occupationId: occupation.id })
      .expect(200);
    const setting: Row = settings.body.items[0];
    await editor.agent
      .delete(`/api/work-settings/${setting.id}`)
      .query({ version: setting.version })
      .set(editor.csrf)
      .expect(200);

    const diff = await draftDiff();
    expect(diff).toMatchObject({ from: first, to: 0, publishable: true, problems: [] });
    expect(diff.summary).toMatchObject({ added: 1, removed: 1 });

    expect(find(diff, 'school', 'added', 'New School of Health')).toMatchObject({
      collection: 'schools',
      key: created.id,
      recordId: created.id,
      fields: [],
    });
    expect(find(diff, 'school', 'removed', 'Closing School of Health')).toMatchObject({
      collection: 'schools',
      key: doomed.id,
      recordId: null,
      fields: [],
    });

    const changed = diff.changes.find(
      (entry) => entry.recordType === 'occupation' && entry.recordId === occupation.id,
    );
    expect(changed).toMatchObject({ change: 'changed', label: occupation.title, key: occupation.slug });
    expect(changed?.fields).toContainEqual({
      path: 'summaryHtml',
      label: 'Summary',
      change: 'changed',
      before: expect.stringContaining('<p>'),
      after: '<p>A <strong>new</strong> summary.</p>',
    });
    expect(changed?.fields).toContainEqual({
      path: `wages[${wage.id}].employment.value`,
      label: `Wages › ${wage.referencePeriod}, ${wage.areaName} › Employment`,
      change: 'changed',
      before: wage.employment,
      after: Number(wage.employment) + 10,
      record: {
        type: 'wageStatistic',
        id: wage.id,
        label: `${wage.referencePeriod}, ${wage.areaName}`,
      },
    });
    expect(changed?.fields).toContainEqual(
      expect.objectContaining({
        path: `workSettings[${setting.id}]`,
        label: `Work settings › ${setting.name}`,
        change: 'removed',
        record: { type: 'workSetting', id: setting.id, label: setting.name },
      }),
    );

    // The comparison showing that occupation changes with it; its id comes from the working copy.
    const comparison = diff.changes.find((entry) => entry.recordType === 'comparison');
    expect(comparison).toMatchObject({ change: 'changed', recordId: context.ids.comparisonId });

    // Publishing takes exactly these changes live: afterwards nothing is left to publish.
    const second = await publish('Draft diff: the reviewed changes');
    const published = (await editor.agent.get(`/api/publications/${first}/diff/${second}`).expect(200))
      .body as DraftDiff;
    expect(published.changes).toEqual(diff.changes);
    expect(await draftDiff()).toEqual({
      from: second,
      to: 0,
      summary: { added: 0, removed: 0, changed: 0 },
      changes: [],
      publishable: true,
      problems: [],
    });
  });

  it('tells before publishing what publishing would refuse, pointing at the record to fix', async () => {
    const ids = await seedIds(admin);
    const occupation: Row = (await editor.agent.get(`/api/occupations/${ids.occupationIds[1]}`)).body;
    const emptied = (
      await editor.agent
        .patch(`/api/occupations/${occupation.id}`)
        .set(editor.csrf)
        .send({ version: occupation.version, summaryMarkdown: '' })
        .expect(200)
    ).body as Row;

    const diff = await draftDiff();
    expect(diff.publishable).toBe(false);
    expect(diff.problems).toContainEqual({
      field: `occupations.${occupation.slug}.summary`,
      message: `${occupation.title} has no summary, and O*NET has no description of SOC ${occupation.socCode}`,
      recordType: 'occupation',
      recordId: occupation.id,
    });
    const refused = await editor.agent
      .post('/api/publications')
      .set(editor.csrf)
      .send({ note: 'Should be refused' })
      .expect(422);
    expect(refused.body.fields).toEqual(diff.problems.map(({ field, message }) => ({ field, message })));

    await editor.agent
      .patch(`/api/occupations/${occupation.id}`)
      .set(editor.csrf)
      .send({ version: emptied.version, summaryMarkdown: occupation.summaryMarkdown })
      .expect(200);
    const restored = await draftDiff();
    expect(restored).toMatchObject({ publishable: true, problems: [] });
  });
});
