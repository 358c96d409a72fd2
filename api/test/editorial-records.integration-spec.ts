import { randomUUID } from 'node:crypto';
import type { RevisionRecord } from '@careerscope/shared';
import {
  editorialSession,
  Client,
  createRecord,
  FixtureContext,
  resource,
  RESOURCES,
} from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Row = Record<string, unknown> & { id: string; version: number };

describe('editorial records', () => {
  let testApp: TestApp;
  let editor: Client;
  let admin: Client;
  let context: FixtureContext;

  beforeAll(async () => {
    testApp = await startTestApp();
    ({ editor, admin, context } = await editorialSession(testApp));
  }, 60_000);

  afterAll(() => testApp.close());

  describe.each(RESOURCES.map((spec) => [spec.path, spec] as const))('/api/%s', (path, spec) => {
    const writer = () => (spec.writeRoles?.includes('admin') ? admin : editor);

    it('creates, reads, lists with filter, search, sort and pages, updates, refuses a stale save, keeps history and restores', async () => {
      const client = writer();
      const tag = `tag${randomUUID().slice(0, 8)}`;
      const bodies = [
        await spec.build(context, tag),
        await spec.build(context, tag),
        await spec.build(context, tag),
      ];
      const created: Row[] = [];
      for (const body of bodies) {
        const response = await client.agent.post(`/api/${path}`).set(client.csrf).send(body).expect(201);
        expect(response.body).toMatchObject({ ...body, version: 1 });
        created.push(response.body);
      }

      const read = await editor.agent.get(`/api/${path}/${created[0].id}`).expect(200);
      expect(read.body).toEqual(created[0]);

      const filters = spec.filters?.(bodies[0]) ?? {};
      const pageOne = await editor.agent
        .get(`/api/${path}`)
        .query({ ...filters, q: tag.toUpperCase(), sort: `-${spec.sort}`, pageSize: 2 })
        .expect(200);
      expect(pageOne.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(pageOne.body.items).toHaveLength(2);
      const pageTwo = await editor.agent
        .get(`/api/${path}`)
        .query({ ...filters, q: tag, sort: `-${spec.sort}`, pageSize: 2, page: 2 })
        .expect(200);
      expect(pageTwo.body.items).toHaveLength(1);
      const listed: Row[] = [...pageOne.body.items, ...pageTwo.body.items];
      expect(listed.map((row) => row.id).sort()).toEqual(created.map((row) => row.id).sort());
      const sortValues = listed.map((row) => row[spec.sort] as string | number);
      expect([...sortValues].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(sortValues);

      const target = created[0];
      const updated = await client.agent
        .patch(`/api/${path}/${target.id}`)
        .set(client.csrf)
        .send({ version: 1, ...spec.change })
        .expect(200);
      expect(updated.body).toMatchObject({ ...spec.change, version: 2 });

      const stale = await client.agent
        .patch(`/api/${path}/${target.id}`)
        .set(client.csrf)
        .send({ version: 1, ...bodies[0] })
        .expect(409);
      expect(stale.body).toMatchObject({ statusCode: 409, error: 'conflict' });
      expect(stale.body.current).toEqual(updated.body);
      const staleDelete = await client.agent
        .delete(`/api/${path}/${target.id}`)
        .query({ version: 1 })
        .set(client.csrf)
        .expect(409);
      expect(staleDelete.body.current).toEqual(updated.body);
      expect((await editor.agent.get(`/api/${path}/${target.id}`).expect(200)).body).toEqual(updated.body);

      const history = await editor.agent.get(`/api/${path}/${target.id}/revisions`).expect(200);
      expect(
        history.body.items.map((revision: RevisionRecord) => [revision.action, revision.version]),
      ).toEqual([
        ['update', 2],
        ['create', 1],
      ]);
      const [update, create] = history.body.items as RevisionRecord[];
      expect(update).toMatchObject({ recordType: spec.recordType, recordId: target.id, before: target });
      expect(update.after).toEqual(updated.body);
      expect(update.changedFields.length).toBeGreaterThan(0);
      expect(update.user?.name).toBeTruthy();

      const restored = await client.agent
        .post(`/api/${path}/${target.id}/revisions/${create.id}/restore`)
        .set(client.csrf)
        .send({ version: 2 })
        .expect(200);
      expect(restored.body).toMatchObject({ ...bodies[0], version: 3 });
      const staleRestore = await client.agent
        .post(`/api/${path}/${target.id}/revisions/${create.id}/restore`)
        .set(client.csrf)
        .send({ version: 2 })
        .expect(409);
      expect(staleRestore.body.current.version).toBe(3);

      const deleted = await client.agent
        .delete(`/api/${path}/${target.id}`)
        .query({ version: 3 })
        .set(client.csrf)
        .expect(200);
      expect(deleted.body).toMatchObject({ id: target.id, version: 4 });
      await editor.agent.get(`/api/${path}/${target.id}`).expect(404);
      const afterDelete = await editor.agent.get(`/api/${path}/${target.id}/revisions`).expect(200);
      expect(afterDelete.body.items[0]).toMatchObject({ action: 'delete', version: 4, after: null });

      const undeleted = await client.agent
        .post(`/api/${path}/${target.id}/revisions/${deleted.body.revisionId}/restore`)
        .set(client.csrf)
        .send({ version: 4 })
        .expect(200);
      expect(undeleted.body).toMatchObject({
        ...bodies[0],
        id: target.id,
        version: 5,
        createdAt: target.createdAt,
      });
      const finalHistory = await editor.agent.get(`/api/${path}/${target.id}/revisions`).expect(200);
      expect(finalHistory.body.total).toBe(5);
      expect(finalHistory.body.items[0]).toMatchObject({ action: 'restore', version: 5, before: null });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const missing = await editor.agent.get(`/api/${path}/${randomUUID()}`).expect(404);
      expect(missing.body).toMatchObject({ statusCode: 404, error: 'not_found' });
      await editor.agent.get(`/api/${path}/not-a-uuid`).expect(400);
      await editor.agent.get(`/api/${path}/${randomUUID()}/revisions`).expect(404);
    });

    it('refuses unknown sort fields, unknown filters and unknown body fields', async () => {
      const response = await editor.agent
        .get(`/api/${path}`)
        .query({ sort: 'passwordHash', color: 'red', pageSize: 1000 })
        .expect(400);
      expect(response.body.fields.map((field: { field: string }) => field.field)).toEqual(
        expect.arrayContaining(['sort', 'color', 'pageSize']),
      );
      const client = writer();
      const body = { ...(await spec.build(context, 'x')), isAdmin: true };
      const refused = await client.agent.post(`/api/${path}`).set(client.csrf).send(body).expect(400);
      expect(refused.body.fields).toEqual([
        { field: 'isAdmin', message: 'property isAdmin should not exist' },
      ]);
    });
  });

  describe('references', () => {
    it('answers a 400 field error when a referenced id does not exist', async () => {
      const body = { ...(await resource('wage-statistics').build(context, 'ref')), sourceId: randomUUID() };
      const response = await editor.agent
        .post('/api/wage-statistics')
        .set(editor.csrf)
        .send(body)
        .expect(400);
      expect(response.body.fields).toEqual([
        { field: 'sourceId', message: expect.stringContaining('No source has the id') },
      ]);
      const section = {
        ...(await resource('occupation-sections').build(context, 'ref')),
        sourceIds: [context.ids.sourceId, randomUUID()],
      };
      const listResponse = await editor.agent
        .post('/api/occupation-sections')
        .set(editor.csrf)
        .send(section)
        .expect(400);
      expect(listResponse.body.fields.map((field: { field: string }) => field.field)).toEqual([
        'sourceIds.1',
      ]);
    });

    it('refuses to delete a source while a wage statistic cites it, naming the dependents', async () => {
      const sources = await editor.agent.get('/api/sources').query({ q: 'bls-oews-2024' }).expect(200);
      const source: Row = sources.body.items[0];
      const wages = await editor.agent.get('/api/wage-statistics').query({ sourceId: source.id }).expect(200);
      const response = await editor.agent
        .delete(`/api/sources/${source.id}`)
        .query({ version: source.version })
        .set(editor.csrf)
        .expect(409);
      expect(response.body.message).toContain('wage statistics');
      expect(response.body.dependents).toEqual(
        expect.arrayContaining([
          {
            type: 'wageStatistic',
            count: wages.body.total,
            ids: expect.any(Array),
            records: expect.any(Array),
          },
        ]),
      );
      const wage: Row & Record<string, string> = wages.body.items[0];
      const named = response.body.dependents.find(
        (dependent: { type: string }) => dependent.type === 'wageStatistic',
      );
      expect(named.records).toContainEqual({
        type: 'wageStatistic',
        id: wage.id,
        label: `${wage.socTitle} (${wage.socCode}), ${wage.areaName}, ${wage.referencePeriod}`,
      });
      await editor.agent.get(`/api/sources/${source.id}`).expect(200);
    });

    it('refuses to delete an occupation that programs, comparisons and accreditors refer to', async () => {
      const occupation = (
        await editor.agent.get(`/api/occupations/${context.ids.occupationIds[0]}`).expect(200)
      ).body;
      const response = await admin.agent
        .delete(`/api/occupations/${occupation.id}`)
        .query({ version: occupation.version })
        .set(admin.csrf)
        .expect(409);
      expect(response.body.dependents.map((dependent: { type: string }) => dependent.type)).toEqual(
        expect.arrayContaining(['program', 'comparison', 'accreditationBody']),
      );
    });

    it('names each dependent of a refused delete by type, id and label', async () => {
      const occupation = (
        await editor.agent.get(`/api/occupations/${context.ids.occupationIds[0]}`).expect(200)
      ).body;
      const response = await admin.agent
        .delete(`/api/occupations/${occupation.id}`)
        .query({ version: occupation.version })
        .set(admin.csrf)
        .expect(409);
      type Named = { type: string; count: number; ids: string[]; records: Record<string, string>[] };
      const dependents: Named[] = response.body.dependents;
      for (const dependent of dependents) {
        expect(dependent.records.map((record) => record.id)).toEqual(dependent.ids);
        expect(dependent.records.every((record) => record.type === dependent.type)).toBe(true);
      }

      const comparison = (await editor.agent.get(`/api/comparisons/${context.ids.comparisonId}`).expect(200))
        .body;
      expect(dependents.find((dependent) => dependent.type === 'comparison')?.records).toContainEqual({
        type: 'comparison',
        id: comparison.id,
        label: comparison.title,
      });

      const programs = dependents.find((dependent) => dependent.type === 'program')!.records;
      const program = (await editor.agent.get(`/api/programs/${programs[0].id}`).expect(200)).body;
      const school = (await editor.agent.get(`/api/schools/${program.schoolId}`).expect(200)).body;
      expect(programs[0].label).toBe(`${program.name} at ${school.name}`);
    });

    it('refuses to delete an author with comparisons and a certifying body with credentials', async () => {
      const author = (await editor.agent.get(`/api/authors/${context.ids.authorId}`).expect(200)).body;
      await editor.agent
        .delete(`/api/authors/${author.id}`)
        .query({ version: author.version })
        .set(editor.csrf)
        .expect(409);
      const body = (
        await editor.agent.get(`/api/certifying-bodies/${context.ids.certifyingBodyId}`).expect(200)
      ).body;
      const response = await editor.agent
        .delete(`/api/certifying-bodies/${body.id}`)
        .query({ version: body.version })
        .set(editor.csrf)
        .expect(409);
      expect(response.body.dependents.map((dependent: { type: string }) => dependent.type)).toContain(
        'credential',
      );
    });

    it('deletes an occupation with its own sections and paths, each with a revision', async () => {
      const occupation = await createRecord(
        context,
        'occupations',
        await resource('occupations').build(context, 'cascade'),
      );
      const section = await createRecord(context, 'occupation-sections', {
        ...(await resource('occupation-sections').build(context, 'cascade')),
        occupationId: occupation.id,
      });
      await editor.agent
        .delete(`/api/occupations/${occupation.id}`)
        .query({ version: 1 })
        .set(editor.csrf)
        .expect(200);
      await editor.agent.get(`/api/occupation-sections/${section.id}`).expect(404);
      const history = await editor.agent.get(`/api/occupation-sections/${section.id}/revisions`).expect(200);
      expect(history.body.items[0]).toMatchObject({ action: 'delete', version: 2, before: section });
    });

    it('lets editors read schools and programs but only admins write them', async () => {
      await editor.agent.get('/api/schools').expect(200);
      await editor.agent.get('/api/programs').expect(200);
      const body = await resource('schools').build(context, 'roles');
      const refused = await editor.agent.post('/api/schools').set(editor.csrf).send(body).expect(403);
      expect(refused.body).toMatchObject({ statusCode: 403, error: 'forbidden' });
      await admin.agent.post('/api/schools').set(admin.csrf).send(body).expect(201);
    });
  });

  describe('cross-field rules', () => {
    async function refused(path: string, change: Record<string, unknown>): Promise<string[]> {
      const body = { ...(await resource(path).build(context, 'rules')), ...change };
      const response = await admin.agent.post(`/api/${path}`).set(admin.csrf).send(body).expect(400);
      return response.body.fields.map((field: { field: string }) => field.field);
    }

    it('keeps percentiles in order and the mean at least the 10th percentile', async () => {
      expect(await refused('wage-statistics', { p25Annual: 29000 })).toEqual(['p25Annual']);
      expect(await refused('wage-statistics', { medianHourly: 10, p10Hourly: 12 })).toEqual(['medianHourly']);
      expect(await refused('wage-statistics', { meanAnnual: 20000 })).toEqual(['meanAnnual']);
      expect(await refused('wage-statistics', { p90Annual: 50000 })).toEqual(['flags']);
      expect(await refused('wage-statistics', { areaType: 'national' })).toEqual(['areaCode']);
    });

    it('checks a partial update against the whole record', async () => {
      const wage = await createRecord(
        context,
        'wage-statistics',
        await resource('wage-statistics').build(context, 'merge'),
      );
      const response = await editor.agent
        .patch(`/api/wage-statistics/${wage.id}`)
        .set(editor.csrf)
        .send({ version: wage.version, medianAnnual: 50000 })
        .expect(400);
      expect(response.body.fields).toEqual([
        { field: 'p75Annual', message: expect.stringContaining('medianAnnual') },
      ]);
      const nulled = await editor.agent
        .patch(`/api/wage-statistics/${wage.id}`)
        .set(editor.csrf)
        .send({ version: wage.version, socTitle: null })
        .expect(400);
      expect(new Set(nulled.body.fields.map((field: { field: string }) => field.field))).toEqual(
        new Set(['socTitle']),
      );
    });

    it("edits a projection's area (a state's code and name), never blank or null", async () => {
      const projection = await createRecord(
        context,
        'employment-projections',
        await resource('employment-projections').build(context, 'area'),
      );
      expect(projection).toMatchObject({ areaCode: 'US', areaName: 'United States' });
      const texas = await editor.agent
        .patch(`/api/employment-projections/${projection.id}`)
        .set(editor.csrf)
        .send({ version: projection.version, areaCode: 'TX', areaName: 'Texas', averageAnnualOpenings: 1200 })
        .expect(200);
      expect(texas.body).toMatchObject({ areaCode: 'TX', areaName: 'Texas', averageAnnualOpenings: 1200 });
      const fieldsOf = async (change: Record<string, unknown>) =>
        (
          await editor.agent
            .patch(`/api/employment-projections/${projection.id}`)
            .set(editor.csrf)
            .send({ version: texas.body.version, ...change })
            .expect(400)
        ).body.fields
          .map((field: { field: string }) => field.field)
          .filter((field: string, index: number, all: string[]) => all.indexOf(field) === index);
      expect(await fieldsOf({ areaCode: 'Texas' })).toEqual(['areaCode']);
      expect(await fieldsOf({ areaName: '   ' })).toEqual(['areaName']);
      expect(await fieldsOf({ areaCode: null, areaName: null })).toEqual(['areaCode', 'areaName']);
      const stored = await editor.agent.get(`/api/employment-projections/${projection.id}`).expect(200);
      expect(stored.body).toMatchObject({ areaCode: 'TX', areaName: 'Texas' });
    });

    it('keeps projections consistent and percents within 0–100', async () => {
      expect(await refused('employment-projections', { targetYear: 1800 })).toEqual(
        expect.arrayContaining(['targetYear']),
      );
      const years = await refused('employment-projections', { baseYear: 2030, targetYear: 2030 });
      expect(years).toEqual(['baseYear']);
      expect(await refused('employment-projections', { numericChange: 99 })).toEqual(['numericChange']);
      expect(await refused('work-settings', { percent: 100.5 })).toEqual(['percent']);
      expect(await refused('work-settings', { percent: -1 })).toEqual(['percent']);
      expect(await refused('education-paths', { minMonths: 20, maxMonths: 10 })).toEqual(['maxMonths']);
      expect(await refused('occupation-certifications', { certifyingBodyId: null })).toEqual([
        'certifyingBodyId',
      ]);
      expect(await refused('comparison-rows', { sectionKey: null })).toEqual(['sectionKey']);
    });
  });
});
