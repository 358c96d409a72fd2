import type { PublicationScheduleView, ReviewDetail, ReviewSummary } from '@careerscope/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PublicationSchedulesService } from '../src/reviews/publication-schedules.service';
import { Client, clients, Clients } from './support/editorial-fixtures';
import { signedInAgent, startSecondInstance, startTestApp, TestApp } from './support/test-app';

const REVIEWER = { email: 'reviewer@test.careerscope', password: 'a third correct horse battery' };
const CODER = 'medical-coder';

/**
 * Review before publishing and scheduled publishes, with REQUIRE_REVIEW=true, on two app instances
 * that both poll for due publishes every 200 ms.
 */
describe('reviews and scheduled publishing (REQUIRE_REVIEW=true, two instances)', () => {
  let testApp: TestApp;
  let second: Awaited<ReturnType<typeof startSecondInstance>>;
  let db: DataSource;
  let people: Clients;
  let reviewer: Client;

  const publicationCount = async () =>
    Number((await db.query('SELECT count(*)::int AS n FROM publications'))[0].n);

  /** Saves a new summary for the medical coder through the editorial API, as an editor would. */
  const saveSummary = async (as: Client, markdown: string) => {
    const list = await as.agent
      .get('/api/occupations')
      .query({ q: 'Medical Coder', pageSize: 100 })
      .expect(200);
    const found = list.body.items.find((item: { slug: string }) => item.slug === CODER);
    const current = await as.agent.get(`/api/occupations/${found.id}`).expect(200);
    await as.agent
      .patch(`/api/occupations/${found.id}`)
      .set(as.csrf)
      .send({ version: current.body.version, summaryMarkdown: markdown })
      .expect(200);
  };

  const submit = async (as: Client, note: string): Promise<ReviewSummary> =>
    (await as.agent.post('/api/reviews').set(as.csrf).send({ note }).expect(201)).body;

  const approve = async (as: Client, id: string): Promise<ReviewSummary> =>
    (await as.agent.post(`/api/reviews/${id}/approve`).set(as.csrf).send({}).expect(200)).body;

  const review = async (as: Client, id: string): Promise<ReviewDetail> =>
    (await as.agent.get(`/api/reviews/${id}`).expect(200)).body;

  const auditFor = async (type: string, subjectId: string) => {
    const answer = await people.admin.agent
      .get('/api/audit-events')
      .query({ type, pageSize: 100 })
      .expect(200);
    return (
      answer.body.items as Array<{ subjectId: string; actor: { email: string } | null; details: object }>
    ).filter((event) => event.subjectId === subjectId);
  };

  const waitForSchedule = async (id: string, done: (s: PublicationScheduleView) => boolean) => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const list = await people.editor.agent.get('/api/publication-schedules').expect(200);
      const schedule = (list.body as PublicationScheduleView[]).find((item) => item.id === id)!;
      if (done(schedule)) return schedule;
      if (Date.now() > deadline) throw new Error(`schedule still ${schedule.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    testApp = await startTestApp({ REQUIRE_REVIEW: 'true', SCHEDULE_POLL_MS: '200' });
    second = await startSecondInstance(testApp);
    db = testApp.app.get(DataSource);
    people = await clients(testApp);
    await people.admin.agent
      .post('/api/users')
      .set(people.admin.csrf)
      .send({ ...REVIEWER, name: 'Rae Reviewer', role: 'editor' })
      .expect(201);
    reviewer = await signedInAgent(testApp, REVIEWER);
  }, 60_000);

  afterAll(async () => {
    await second?.close();
    await testApp?.close();
  });

  it('refuses the review routes to anonymous visitors', async () => {
    await people.anonymous.agent.get('/api/reviews').expect(401);
    await people.anonymous.agent
      .post('/api/reviews')
      .set(people.anonymous.csrf)
      .send({ note: 'x' })
      .expect(401);
    await people.anonymous.agent.get('/api/publication-schedules').expect(401);
  });

  it('with REQUIRE_REVIEW=true refuses a publish without an approved review (409) and publishes nothing', async () => {
    await saveSummary(people.editor, 'Medical coders turn care into codes. (unreviewed)');
    const before = await publicationCount();
    const live = (await request(testApp.server).get('/api/public/publication').expect(200)).body.number;
    const refused = await people.admin.agent
      .post('/api/publications')
      .set(people.admin.csrf)
      .send({ note: 'Without review' })
      .expect(409);
    expect(refused.body).toMatchObject({ error: 'review_required' });
    expect(refused.body.message).toMatch(/publishing needs an approved review/);
    expect(await publicationCount()).toBe(before);
    expect((await request(testApp.server).get('/api/public/publication').expect(200)).body.number).toBe(live);
    // Nor can a publish be scheduled before an approval.
    await people.editor.agent
      .post('/api/publication-schedules')
      .set(people.editor.csrf)
      .send({ note: 'Later', dueAt: new Date(Date.now() + 60_000).toISOString() })
      .expect(409);
  });

  it('refuses the submitter their own approval (403): another editor approves, and only then it publishes', async () => {
    const submitted = await submit(people.editor, 'New coder summary');
    expect(submitted).toMatchObject({ status: 'pending', submittedBy: { name: 'Test Editor' } });
    // One review at a time.
    await people.admin.agent
      .post('/api/reviews')
      .set(people.admin.csrf)
      .send({ note: 'Another' })
      .expect(409);

    const own = await people.editor.agent
      .post(`/api/reviews/${submitted.id}/approve`)
      .set(people.editor.csrf)
      .send({})
      .expect(403);
    expect(own.body.message).toMatch(/You submitted this review/);
    await people.editor.agent
      .post(`/api/reviews/${submitted.id}/request-changes`)
      .set(people.editor.csrf)
      .send({ note: 'Mine' })
      .expect(403);
    const seenBySubmitter = await review(people.editor, submitted.id);
    expect(seenBySubmitter).toMatchObject({ status: 'pending', canDecide: false, waitsOnMe: false });
    expect(seenBySubmitter.diff?.changes.map((change) => change.key)).toContain(CODER);

    const seenByReviewer = await review(reviewer, submitted.id);
    expect(seenByReviewer).toMatchObject({ canDecide: true, waitsOnMe: true });
    expect((await reviewer.agent.get('/api/reviews/waiting').expect(200)).body).toEqual({
      count: 1,
      reviewRequired: true,
    });
    expect((await people.editor.agent.get('/api/reviews/waiting').expect(200)).body.count).toBe(0);

    await approve(reviewer, submitted.id);
    const before = await publicationCount();
    const published = await people.editor.agent
      .post('/api/publications')
      .set(people.editor.csrf)
      .send({ note: 'Reviewed coder summary' })
      .expect(201);
    expect(await publicationCount()).toBe(before + 1);
    expect(await review(people.editor, submitted.id)).toMatchObject({
      status: 'published',
      publicationNumber: published.body.number,
      diff: null,
    });
  });

  it('runs a review cycle with comments on a record and a field, changes asked for and made, every step audited', async () => {
    await saveSummary(people.editor, 'Medical coders turn visits into codes, threee times a day.');
    const submitted = await submit(people.editor, 'Coder summary again');
    const opened = await review(reviewer, submitted.id);
    const change = opened.diff!.changes.find((item) => item.key === CODER)!;
    const field = change.fields[0];

    await reviewer.agent
      .post(`/api/reviews/${submitted.id}/comments`)
      .set(reviewer.csrf)
      .send({
        body: 'Typo: "threee".',
        collection: change.collection,
        recordKey: CODER,
        recordLabel: change.label,
        fieldPath: field.path,
        fieldLabel: field.label,
      })
      .expect(201);
    await reviewer.agent
      .post(`/api/reviews/${submitted.id}/comments`)
      .set(reviewer.csrf)
      .send({ body: 'Otherwise fine.' })
      .expect(201);
    const bad = await reviewer.agent
      .post(`/api/reviews/${submitted.id}/comments`)
      .set(reviewer.csrf)
      .send({ body: '  ', fieldPath: 'summaryHtml' })
      .expect(400);
    expect(bad.body.fields.map((item: { field: string }) => item.field)).toEqual(
      expect.arrayContaining(['body', 'recordKey']),
    );

    await reviewer.agent
      .post(`/api/reviews/${submitted.id}/request-changes`)
      .set(reviewer.csrf)
      .send({ note: 'Fix the typo, please' })
      .expect(200);
    expect((await people.editor.agent.get('/api/reviews/waiting').expect(200)).body.count).toBe(1);
    // Not the reviewer's to hand back.
    await reviewer.agent
      .post(`/api/reviews/${submitted.id}/resubmit`)
      .set(reviewer.csrf)
      .send({ note: '' })
      .expect(403);

    await saveSummary(people.editor, 'Medical coders turn visits into codes, three times a day.');
    await people.editor.agent
      .post(`/api/reviews/${submitted.id}/resubmit`)
      .set(people.editor.csrf)
      .send({ note: 'Typo fixed' })
      .expect(200);
    await approve(people.admin, submitted.id);

    const detail = await review(people.editor, submitted.id);
    expect(detail).toMatchObject({ status: 'approved', decidedBy: { name: expect.any(String) } });
    expect(detail.comments).toEqual([
      expect.objectContaining({
        body: 'Typo: "threee".',
        recordKey: CODER,
        fieldPath: field.path,
        fieldLabel: field.label,
        author: expect.objectContaining({ name: 'Rae Reviewer' }),
      }),
      expect.objectContaining({ body: 'Otherwise fine.', recordKey: null, fieldPath: null }),
    ]);
    for (const [type, email] of [
      ['review.submitted', 'editor@test.careerscope'],
      ['review.commented', REVIEWER.email],
      ['review.changes_requested', REVIEWER.email],
      ['review.resubmitted', 'editor@test.careerscope'],
      ['review.approved', 'admin@test.careerscope'],
    ]) {
      const events = await auditFor(type, submitted.id);
      expect(events.length).toBeGreaterThan(0);
      expect(events[0].actor?.email).toBe(email);
    }
  });

  it('voids an approval when content is saved after it: the publish is refused (409) and the void is audited', async () => {
    const [approved] = (await people.editor.agent.get('/api/reviews').expect(200)).body.filter(
      (item: ReviewSummary) => item.status === 'approved',
    );
    await saveSummary(people.editor, 'Medical coders turn visits into codes. Saved after the approval.');
    const voided = await review(people.editor, approved.id);
    expect(voided).toMatchObject({ status: 'voided', voidReason: 'Content was saved after the approval' });
    const before = await publicationCount();
    await people.editor.agent
      .post('/api/publications')
      .set(people.editor.csrf)
      .send({ note: 'After the void' })
      .expect(409);
    expect(await publicationCount()).toBe(before);
    const [event] = await auditFor('review.voided', approved.id);
    expect(event.details).toMatchObject({
      reason: 'Content was saved after the approval',
      savedBy: 'editor@test.careerscope',
    });
  });

  it('voids an approval when the working copy changed without a revision, at the publish itself', async () => {
    const submitted = await submit(people.editor, 'Summary saved after the approval');
    await approve(reviewer, submitted.id);
    const [{ summary }] = await db.query(
      'SELECT summary_markdown AS summary FROM occupations WHERE slug = $1',
      [CODER],
    );
    await db.query('UPDATE occupations SET summary_markdown = $2 WHERE slug = $1', [
      CODER,
      `${summary} Edited.`,
    ]);
    const before = await publicationCount();
    const refused = await people.editor.agent
      .post('/api/publications')
      .set(people.editor.csrf)
      .send({ note: 'Changed underneath' })
      .expect(409);
    expect(refused.body.message).toMatch(/approval no longer covers the working copy/);
    expect(await publicationCount()).toBe(before);
    expect((await review(people.editor, submitted.id)).status).toBe('voided');
  });

  it('publishes a due schedule exactly once with two instances polling and claiming at the same time', async () => {
    await saveSummary(people.editor, 'Medical coders turn visits into codes, from 10:00 Eastern.');
    const submitted = await submit(people.editor, 'For the scheduled release');
    await approve(reviewer, submitted.id);
    const before = await publicationCount();
    const note = `Scheduled ${Date.now()}`;
    const created: PublicationScheduleView = (
      await people.editor.agent
        .post('/api/publication-schedules')
        .set(people.editor.csrf)
        .send({ note, dueAt: new Date(Date.now() + 1500).toISOString() })
        .expect(201)
    ).body;
    expect(created).toMatchObject({ status: 'scheduled', reviewId: submitted.id });
    // Both instances also run the claim by hand, over and over, around the due time.
    const race = async () => {
      const handled: number[] = [];
      const until = Date.now() + 3000;
      while (Date.now() < until) {
        handled.push(
          ...(await Promise.all([
            testApp.app.get(PublicationSchedulesService).runDue(),
            second.app.get(PublicationSchedulesService).runDue(),
          ])),
        );
      }
      return handled;
    };
    await race();
    const done = await waitForSchedule(created.id, (schedule) => schedule.status === 'published');
    expect(await publicationCount()).toBe(before + 1);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM publications WHERE note = $1', [note]);
    expect(n).toBe(1);
    expect(done.publicationNumber).toBe(before + 1);
    expect(await auditFor('schedule.published', created.id)).toHaveLength(1);
    expect((await review(people.editor, submitted.id)).status).toBe('published');
    const onSecond = await request(second.server).get('/api/public/publication').expect(200);
    expect(onSecond.body.number).toBe(before + 1);
  });

  it('marks a scheduled publish that fails validation as failed, with the reason, and publishes nothing', async () => {
    const [section] = await db.query(
      "SELECT s.id, s.body_markdown FROM occupation_sections s JOIN occupations o ON o.id = s.occupation_id WHERE o.slug = 'certified-medical-assistant' AND s.key = 'licensing'",
    );
    await db.query("UPDATE occupation_sections SET body_markdown = '' WHERE id = $1", [section.id]);
    try {
      const submitted = await submit(people.editor, 'Licensing section removed');
      await approve(reviewer, submitted.id);
      const before = await publicationCount();
      const created: PublicationScheduleView = (
        await people.editor.agent
          .post('/api/publication-schedules')
          .set(people.editor.csrf)
          .send({ note: 'Will fail', dueAt: new Date(Date.now() + 800).toISOString() })
          .expect(201)
      ).body;
      const failed = await waitForSchedule(created.id, (schedule) => schedule.status === 'failed');
      expect(failed.failureReason).toMatch(/cannot be published yet: 1 problem/);
      expect(failed.failureFields).toEqual([
        {
          field: 'comparisons.cma-vs-medical-coder.rows.licensing',
          message: expect.stringContaining('licensing'),
        },
      ]);
      expect(await publicationCount()).toBe(before);
      const [event] = await auditFor('schedule.failed', created.id);
      expect(event.details).toMatchObject({ reason: failed.failureReason, problems: 1 });
      await people.editor.agent
        .post(`/api/reviews/${submitted.id}/withdraw`)
        .set(people.editor.csrf)
        .expect(200);
    } finally {
      await db.query('UPDATE occupation_sections SET body_markdown = $2 WHERE id = $1', [
        section.id,
        section.body_markdown,
      ]);
    }
  });

  it('moves and cancels a scheduled publish; refuses a time in the past (400) and a stale version (409)', async () => {
    await saveSummary(people.editor, 'Medical coders turn visits into codes, for a later release.');
    const submitted = await submit(people.editor, 'To be scheduled and cancelled');
    await approve(reviewer, submitted.id);
    const past = await people.editor.agent
      .post('/api/publication-schedules')
      .set(people.editor.csrf)
      .send({ note: 'Past', dueAt: '2020-01-01T15:00:00Z' })
      .expect(400);
    expect(past.body.fields).toEqual([{ field: 'dueAt', message: 'Choose a time in the future' }]);
    const created: PublicationScheduleView = (
      await people.editor.agent
        .post('/api/publication-schedules')
        .set(people.editor.csrf)
        .send({ note: 'Tomorrow', dueAt: new Date(Date.now() + 86_400_000).toISOString() })
        .expect(201)
    ).body;
    await people.editor.agent
      .post('/api/publication-schedules')
      .set(people.editor.csrf)
      .send({ note: 'Twice', dueAt: new Date(Date.now() + 86_400_000).toISOString() })
      .expect(409);
    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const moved = await people.admin.agent
      .patch(`/api/publication-schedules/${created.id}`)
      .set(people.admin.csrf)
      .send({ version: created.version, dueAt: later })
      .expect(200);
    expect(moved.body.dueAt).toBe(later);
    await people.editor.agent
      .post(`/api/publication-schedules/${created.id}/cancel`)
      .set(people.editor.csrf)
      .send({ version: created.version })
      .expect(409);
    const cancelled = await people.editor.agent
      .post(`/api/publication-schedules/${created.id}/cancel`)
      .set(people.editor.csrf)
      .send({ version: moved.body.version })
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await auditFor('schedule.moved', created.id)).toHaveLength(1);
    expect(await auditFor('schedule.cancelled', created.id)).toHaveLength(1);
  });
});
