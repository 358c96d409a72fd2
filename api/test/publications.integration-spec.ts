import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  ComparisonView,
  PublicationDetail,
  PublicationDiff,
  PublicationSummary,
} from '@careerscope/shared';
import { browserAgent, signedInAgent, startSecondInstance, startTestApp, TestApp } from './support/test-app';

const COMPARISON = '/api/public/comparisons/cma-vs-medical-coder';
const CMA = 'certified-medical-assistant';
const EDITOR = { email: 'publisher@test.careerscope', password: 'violet tractor seventeen' };

describe('publishing', () => {
  let testApp: TestApp;
  let db: DataSource;
  let editor: Awaited<ReturnType<typeof signedInAgent>>;

  /** Edits the working copy directly (the editorial endpoints are tested elsewhere). */
  const setSummary = (slug: string, markdown: string) =>
    db.query('UPDATE occupations SET summary_markdown = $2 WHERE slug = $1', [slug, markdown]);

  const publish = async (note: string): Promise<PublicationSummary> =>
    (await editor.agent.post('/api/publications').set(editor.csrf).send({ note }).expect(201)).body;

  const cmaSummary = (comparison: ComparisonView) =>
    comparison.occupations.find((occupation) => occupation.slug === CMA)?.summaryHtml;

  beforeAll(async () => {
    testApp = await startTestApp();
    db = testApp.app.get(DataSource);
    const admin = await signedInAgent(testApp);
    await admin.agent
      .post('/api/users')
      .set(admin.csrf)
      .send({ ...EDITOR, name: 'Pat Publisher', role: 'editor' })
      .expect(201);
    editor = await signedInAgent(testApp, EDITOR);
  });

  afterAll(() => testApp.close());

  it('refuses the publication routes to anonymous visitors (401), editors and admins may use them', async () => {
    const anonymous = await browserAgent(testApp);
    await anonymous.agent.get('/api/publications').expect(401);
    await anonymous.agent.get('/api/publications/1').expect(401);
    await anonymous.agent.get('/api/publications/1/diff/1').expect(401);
    await anonymous.agent.post('/api/publications').set(anonymous.csrf).send({ note: 'x' }).expect(401);
    await anonymous.agent
      .post('/api/publications/1/restore')
      .set(anonymous.csrf)
      .send({ note: 'x' })
      .expect(401);
    const list = await editor.agent.get('/api/publications').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ number: 1, publishedByName: null, restoredFromNumber: null, current: true }),
    ]);
    await editor.agent.get('/api/publications/abc').expect(400);
    await editor.agent.get('/api/publications/99').expect(404);
    await editor.agent
      .post('/api/publications')
      .set(editor.csrf)
      .send({ note: 'x', extra: true })
      .expect(400);
  });

  it('answers a repeated public request from the per-publication cache with the same bytes and headers', async () => {
    const url = '/api/public/occupations/medical-coder';
    const first = await request(testApp.server).get(url).expect(200);
    const second = await request(testApp.server).get(url).expect(200);
    expect(second.text).toBe(first.text);
    const { date: _d1, ...firstHeaders } = first.headers;
    const { date: _d2, ...secondHeaders } = second.headers;
    expect(secondHeaders).toEqual(firstHeaders);
    expect(secondHeaders['content-security-policy']).toBeDefined();
    expect(secondHeaders['set-cookie']).toBeUndefined();
    const notModified = await request(testApp.server)
      .get(url)
      .set('If-None-Match', first.headers.etag)
      .expect(304);
    expect(notModified.text).toBe('');
  });

  it('refuses to publish a working copy with gaps (422, every problem by field) and publishes nothing', async () => {
    const [{ summary }] = await db.query(
      "SELECT summary_markdown AS summary FROM occupations WHERE slug = 'medical-coder'",
    );
    const [section] = await db.query(
      "SELECT s.id, s.body_markdown FROM occupation_sections s JOIN occupations o ON o.id = s.occupation_id WHERE o.slug = $1 AND s.key = 'licensing'",
      [CMA],
    );
    await setSummary('medical-coder', '   ');
    await db.query("UPDATE occupation_sections SET body_markdown = '' WHERE id = $1", [section.id]);
    await db.query(
      "UPDATE wage_statistics SET area_type = 'state', area_code = 'WI' WHERE soc_code = '31-9092' AND area_type = 'national'",
    );
    try {
      const refused = await editor.agent
        .post('/api/publications')
        .set(editor.csrf)
        .send({ note: 'Gaps' })
        .expect(422);
      expect(refused.body.error).toBe('validation_failed');
      expect(refused.body.message).toMatch(/cannot be published yet: 3 problems/);
      expect(refused.body.fields).toEqual(
        expect.arrayContaining([
          {
            field: 'occupations.medical-coder.summary',
            message: 'Medical Coder has no summary, and O*NET has no description of SOC 29-2072',
          },
          {
            field: `occupations.${CMA}.wages`,
            message: expect.stringContaining('no national wage statistic for SOC 31-9092'),
          },
          {
            field: 'comparisons.cma-vs-medical-coder.rows.licensing',
            message: expect.stringContaining('"licensing"'),
          },
        ]),
      );
      const list = await editor.agent.get('/api/publications').expect(200);
      expect(list.body).toHaveLength(1);
      const publication = await request(testApp.server).get('/api/public/publication').expect(200);
      expect(publication.body.number).toBe(1);
    } finally {
      await setSummary('medical-coder', summary);
      await db.query('UPDATE occupation_sections SET body_markdown = $2 WHERE id = $1', [
        section.id,
        section.body_markdown,
      ]);
      await db.query(
        "UPDATE wage_statistics SET area_type = 'national', area_code = 'US' WHERE soc_code = '31-9092' AND area_code = 'WI'",
      );
    }
  });

  it('lets signed-in users preview the working copy (publication 0, private, no ETag); anonymous get 401', async () => {
    await setSummary(CMA, 'Preview **only** summary.');
    const anonymous = await request(testApp.server).get(COMPARISON).query({ preview: 1 }).expect(401);
    expect(anonymous.body.error).toBe('unauthorized');

    const preview = await editor.agent.get(COMPARISON).query({ preview: 1 }).expect(200);
    expect(preview.body.publication).toMatchObject({ number: 0, preview: true });
    expect(cmaSummary(preview.body)).toBe('<p>Preview <strong>only</strong> summary.</p>');
    expect(preview.headers['cache-control']).toBe('private, no-store');
    expect(preview.headers.etag).toBeUndefined();
    const schools = await editor.agent
      .get('/api/public/schools')
      .query({ preview: '1', state: 'WI' })
      .expect(200);
    expect(schools.body.publication.number).toBe(0);

    const published = await request(testApp.server).get(COMPARISON).expect(200);
    expect(published.body.publication).toMatchObject({ number: 1, preview: false });
    expect(cmaSummary(published.body)).not.toContain('Preview');
    expect(published.headers.etag).toBe('"publication-1"');
  });

  it('publishes the working copy; readers polling meanwhile see the old or the new publication, never a mix', async () => {
    const expected = new Map<number, string | undefined>();
    expected.set(1, cmaSummary((await request(testApp.server).get(COMPARISON).expect(200)).body));

    let polling = true;
    const seen: Array<{ number: number; summary: string | undefined }> = [];
    const numbers: number[] = [];
    const poll = async () => {
      while (polling) {
        const [comparison, publication] = await Promise.all([
          request(testApp.server).get(COMPARISON),
          request(testApp.server).get('/api/public/publication'),
        ]);
        expect(comparison.status).toBe(200);
        expect(comparison.headers.etag).toBe(`"publication-${comparison.body.publication.number}"`);
        seen.push({ number: comparison.body.publication.number, summary: cmaSummary(comparison.body) });
        numbers.push(publication.body.number);
      }
    };
    const pollers = [poll(), poll(), poll()];
    for (const text of ['Second edition summary.', 'Third edition summary.']) {
      await setSummary(CMA, text);
      const published = await publish(`Publish: ${text}`);
      expected.set(published.number, `<p>${text}</p>`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    polling = false;
    await Promise.all(pollers);

    expect(seen.length).toBeGreaterThan(5);
    for (const response of seen) {
      expect(expected.has(response.number)).toBe(true);
      expect(response.summary).toBe(expected.get(response.number));
    }
    expect(new Set(seen.map((response) => response.number))).toEqual(new Set([1, 2, 3]));
    // Numbers only go up for each reader.
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);

    const list = (await editor.agent.get('/api/publications').expect(200)).body as PublicationSummary[];
    expect(list.map((item) => item.number)).toEqual([3, 2, 1]);
    expect(list[0]).toMatchObject({
      publishedByName: 'Pat Publisher',
      current: true,
      note: 'Publish: Third edition summary.',
    });
  });

  it('diffs two publications record by record, field by field', async () => {
    const diff = (await editor.agent.get('/api/publications/1/diff/3').expect(200)).body as PublicationDiff;
    expect(diff).toMatchObject({ from: 1, to: 3 });
    expect(diff.summary).toMatchObject({ added: 0, removed: 0 });
    const occupation = diff.changes.find(
      (change) => change.collection === 'occupations' && change.key === CMA,
    );
    expect(occupation).toMatchObject({ change: 'changed', label: 'Certified Medical Assistant (CMA)' });
    expect(occupation?.fields).toContainEqual({
      path: 'summaryHtml',
      label: 'Summary',
      change: 'changed',
      before: expected1(),
      after: '<p>Third edition summary.</p>',
    });
    const comparison = diff.changes.find((change) => change.collection === 'comparisons');
    expect(comparison?.fields.map((field) => field.path)).toContain(`occupations[${CMA}].summaryHtml`);
    const none = (await editor.agent.get('/api/publications/2/diff/2').expect(200)).body as PublicationDiff;
    expect(none.changes).toEqual([]);
    await editor.agent.get('/api/publications/1/diff/42').expect(404);

    function expected1() {
      return expect.stringContaining('<p>');
    }
  });

  it('rolls back by publishing an earlier snapshot again, exactly', async () => {
    const restored = await editor.agent
      .post('/api/publications/1/restore')
      .set(editor.csrf)
      .send({ note: 'Back to the seed' })
      .expect(201);
    expect(restored.body).toMatchObject({
      number: 4,
      restoredFromNumber: 1,
      note: 'Back to the seed',
      current: true,
    });
    const [first, fourth] = await Promise.all(
      [1, 4].map(
        async (number) =>
          (await editor.agent.get(`/api/publications/${number}`).expect(200)).body as PublicationDetail,
      ),
    );
    expect(fourth.snapshot).toEqual(first.snapshot);
    expect(fourth.counts).toEqual({
      sources: first.snapshot.sources.length,
      occupations: 2,
      comparisons: 1,
      schools: 10,
    });
    const publicNow = await request(testApp.server).get(COMPARISON).expect(200);
    expect(publicNow.body.publication.number).toBe(4);
    const seed = first.snapshot.comparisons[0].occupations.find((occupation) => occupation.slug === CMA);
    expect(cmaSummary(publicNow.body)).toBe(seed?.summaryHtml);
    const diff = (await editor.agent.get('/api/publications/1/diff/4').expect(200)).body as PublicationDiff;
    expect(diff.changes).toEqual([]);
    await editor.agent.post('/api/publications/77/restore').set(editor.csrf).send({ note: '' }).expect(404);
  });

  it('records publishes and rollbacks in the audit log', async () => {
    const admin = await signedInAgent(testApp);
    const events = await admin.agent
      .get('/api/audit-events')
      .query({ type: 'publication.restored' })
      .expect(200);
    expect(events.body.items[0]).toMatchObject({
      subjectType: 'publication',
      subjectId: '4',
      actor: { email: EDITOR.email },
      details: { restoredFromNumber: 1, note: 'Back to the seed' },
    });
    const published = await admin.agent
      .get('/api/audit-events')
      .query({ type: 'publication.published' })
      .expect(200);
    // The seed's publication 1, then 2 and 3.
    expect(published.body.items.map((event: { subjectId: string }) => event.subjectId)).toEqual([
      '3',
      '2',
      '1',
    ]);
  });

  it('reaches a second API instance on the same database within a second (LISTEN/NOTIFY)', async () => {
    const second = await startSecondInstance(testApp);
    try {
      const before = await request(second.server).get('/api/public/publication').expect(200);
      expect(before.body.number).toBe(4);
      await setSummary(CMA, 'Seen everywhere.');
      const published = await publish('Across instances');
      const started = Date.now();
      let number = before.body.number;
      while (number !== published.number && Date.now() - started < 1000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        number = (await request(second.server).get('/api/public/publication').expect(200)).body.number;
      }
      expect(number).toBe(published.number);
      expect(Date.now() - started).toBeLessThan(1000);
      const comparison = await request(second.server).get(COMPARISON).expect(200);
      expect(cmaSummary(comparison.body)).toBe('<p>Seen everywhere.</p>');
    } finally {
      await second.close();
    }
  });
});
