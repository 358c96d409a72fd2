import type { Browser, Page } from 'playwright-core';

import {
  ApiSession,
  Editor,
  OccupationFixture,
  axeViolations,
  createEditor,
  createOccupation,
  deleteOccupation,
  publish,
  settled,
} from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

// Rendering the working copy for a diff takes seconds on a busy machine; give each step room.
jest.setTimeout(120_000);

/** A page in its own browser context, signed in with the API session's cookies. */
async function pageFor(browser: Browser, session: ApiSession, path: string): Promise<Page> {
  const context = await browser.newContext({
    storageState: await session.storageState(),
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
  return page;
}

interface Review {
  id: string;
  status: string;
}

/**
 * Two pairs of eyes: an editor submits a change for review, a reviewer comments on the changed field
 * and asks for changes, the editor fixes it and hands it back, the reviewer approves and schedules
 * the publish; it goes live on its own and the portal shows it.
 */
describe('review before publishing, then a scheduled publish', () => {
  let browser: Browser;
  let admin: ApiSession;
  let submitter: ApiSession;
  let reviewer: ApiSession;
  let submitterPage: Page;
  let reviewerPage: Page;
  let fixture: OccupationFixture;
  let sam: Editor;
  let reviewId: string;
  const problems: string[] = [];
  const violations: string[] = [];

  const saveSummary = async (markdown: string) => {
    const current = await submitter.call<{ version: number }>(
      'GET',
      `/api/occupations/${fixture.occupationId}`,
    );
    await submitter.call('PATCH', `/api/occupations/${fixture.occupationId}`, {
      version: current.version,
      summaryMarkdown: markdown,
    });
  };

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    for (const open of (await admin.call<Review[]>('GET', '/api/reviews')).filter((review) =>
      ['pending', 'changes_requested', 'approved'].includes(review.status),
    )) {
      await admin.call('POST', `/api/reviews/${open.id}/withdraw`);
    }
    fixture = await createOccupation(admin, 'review');
    await publish(admin, 'E2E: review journey setup');
    sam = await createEditor(admin, 'Sam Submitter');
    const rae = await createEditor(admin, 'Rae Reviewer');
    submitter = await ApiSession.signIn(sam.email, sam.password);
    reviewer = await ApiSession.signIn(rae.email, rae.password);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (admin && fixture) {
      await deleteOccupation(admin, fixture);
      await publish(admin, 'E2E: review journey cleanup');
    }
    await Promise.all([admin?.dispose(), submitter?.dispose(), reviewer?.dispose()]);
  });

  afterAll(() => {
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the editor submits the pending change for review with a note', async () => {
    await saveSummary('Reviewed occupations help patientss every day.');
    submitterPage = await pageFor(browser, submitter, '/admin/reviews');
    problems.push(...collectProblems(submitterPage));
    await settled(submitterPage);
    await submitterPage.getByTestId('no-open-review').waitFor();
    violations.push(...(await axeViolations(submitterPage)));
    // A note is required, said beside the field.
    await submitterPage.getByRole('button', { name: 'Submit for review' }).click();
    await submitterPage.getByText('Write a note for the reviewer.').waitFor();
    await submitterPage.getByLabel('Note for the reviewer').fill('New summary for the review occupation');
    await submitterPage.getByRole('button', { name: 'Submit for review' }).click();
    await submitterPage.waitForURL(/\/admin\/reviews\/[0-9a-f-]{36}$/);
    reviewId = submitterPage.url().split('/').pop()!;
    await settled(submitterPage);
    await expect(submitterPage.getByTestId('review-status').textContent()).resolves.toContain(
      'Waiting for a reviewer',
    );
    await expect(submitterPage.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
  });

  it('the reviewer sees it waiting, comments on the changed field and asks for changes', async () => {
    reviewerPage = await pageFor(browser, reviewer, '/admin/reviews');
    problems.push(...collectProblems(reviewerPage));
    await settled(reviewerPage);
    await expect(reviewerPage.getByTestId('reviews-waiting').textContent()).resolves.toBe('1 waiting on you');
    await reviewerPage.getByTestId('open-review').click();
    await settled(reviewerPage);
    await reviewerPage.locator('cs-diff-groups').getByText('patientss').first().waitFor();

    await reviewerPage.getByLabel('Comment on').click();
    await reviewerPage.getByRole('option', { name: `${fixture.title} › Summary` }).click();
    await reviewerPage.getByLabel('Comment', { exact: true }).fill('Typo: “patientss”.');
    await reviewerPage.getByRole('button', { name: 'Add comment' }).click();
    await reviewerPage.getByTestId('comments').getByText(`On ${fixture.title} › Summary`).waitFor();
    violations.push(...(await axeViolations(reviewerPage)));

    // Asking for changes needs a note.
    await reviewerPage.getByRole('button', { name: 'Request changes' }).click();
    await reviewerPage.getByTestId('decision-error').waitFor();
    await reviewerPage.getByLabel('Note to the submitter').fill('Please fix the typo');
    await reviewerPage.getByRole('button', { name: 'Request changes' }).click();
    await reviewerPage.getByTestId('review-status').getByText('Changes requested').waitFor();
  });

  it('the editor fixes the change and hands the review back', async () => {
    await saveSummary('Reviewed occupations help patients every day.');
    await submitterPage.reload({ waitUntil: 'networkidle' });
    await settled(submitterPage);
    await expect(submitterPage.getByTestId('changes-requested').textContent()).resolves.toContain(
      'Please fix the typo',
    );
    await expect(submitterPage.getByTestId('reviews-waiting').textContent()).resolves.toBe(
      '1 waiting on you',
    );
    await submitterPage.getByLabel('Note to the reviewers').fill('Typo fixed');
    await submitterPage.getByRole('button', { name: 'Hand back for review' }).click();
    await submitterPage.getByTestId('review-status').getByText('Waiting for a reviewer').waitFor();
  });

  it('the reviewer approves and schedules the publish in Eastern time', async () => {
    await reviewerPage.reload({ waitUntil: 'networkidle' });
    await settled(reviewerPage);
    await reviewerPage.locator('cs-diff-groups').getByText('patients every day').first().waitFor();
    await reviewerPage.getByRole('button', { name: 'Approve' }).click();
    await reviewerPage.getByTestId('review-status').getByText('Approved').waitFor();

    // Tomorrow at 10:00 Eastern, the suggested time, shown in both zones.
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', {
      timeZone: 'America/New_York',
    });
    await reviewerPage.getByLabel('Day (Eastern time)').fill(tomorrow);
    await expect(reviewerPage.getByLabel('Time (Eastern time)').inputValue()).resolves.toBe('10:00');
    await expect(reviewerPage.getByTestId('schedule-preview').textContent()).resolves.toMatch(
      /10:00 AM E[SD]T/,
    );
    await reviewerPage.getByRole('button', { name: 'Schedule the publish' }).click();
    await reviewerPage.getByTestId('schedule-waiting').waitFor();
    violations.push(...(await axeViolations(reviewerPage)));
  });

  it('goes live on its own when due, once, and the portal shows it', async () => {
    const before = await admin.call<{ number: number }>('GET', '/api/public/publication');
    const [waiting] = (
      await reviewer.call<Array<{ id: string; version: number; status: string }>>(
        'GET',
        '/api/publication-schedules',
      )
    ).filter((schedule) => schedule.status === 'scheduled');
    // Moved to a few seconds from now, so the journey need not wait until tomorrow.
    await reviewer.call('PATCH', `/api/publication-schedules/${waiting.id}`, {
      version: waiting.version,
      dueAt: new Date(Date.now() + 3000).toISOString(),
    });
    const deadline = Date.now() + 30_000;
    let schedule = { status: 'scheduled', publicationNumber: null as number | null };
    while (schedule.status !== 'published' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      schedule = (
        await reviewer.call<Array<{ id: string; status: string; publicationNumber: number | null }>>(
          'GET',
          '/api/publication-schedules',
        )
      ).find((item) => item.id === waiting.id)!;
    }
    expect(schedule).toMatchObject({ status: 'published', publicationNumber: before.number + 1 });
    const review = await reviewer.call<{ status: string }>('GET', `/api/reviews/${reviewId}`);
    expect(review.status).toBe('published');

    const portal = await browser.newPage();
    await portal.goto(`${BASE_URL}/careers/${fixture.slug}`, { waitUntil: 'networkidle' });
    await portal.getByText('Reviewed occupations help patients every day.').first().waitFor();
    // The change page and the Atom feed list the publication the schedule made.
    await portal.goto(`${BASE_URL}/changes`, { waitUntil: 'networkidle' });
    await portal.locator(`#publication-${before.number + 1}`).waitFor();
    const feed = await portal.request.get(`${BASE_URL}/changes.atom`);
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    expect(await feed.text()).toContain(`#publication-${before.number + 1}</id>`);
    await portal.close();
  });

  it('the audit log tells the review cycle', async () => {
    const events = await admin.call<{ items: Array<{ type: string; subjectId: string }> }>(
      'GET',
      '/api/audit-events?pageSize=100',
    );
    const cycle = events.items
      .filter((event) => event.subjectId === reviewId)
      .map((event) => event.type)
      .reverse();
    expect(cycle).toEqual([
      'review.submitted',
      'review.commented',
      'review.changes_requested',
      'review.resubmitted',
      'review.approved',
    ]);
  });
});
