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
  signIn,
  unique,
} from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

/**
 * An editor corrects a wage figure, is stopped by the percentile order rule, fixes it, saves, reviews
 * the change (and a school deleted meanwhile) before publishing, publishes it and sees it on the portal.
 */
describe('an editor updates a wage figure and publishes it', () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let editor: Editor;
  let fixture: OccupationFixture;
  let school: { id: string; name: string };
  let problems: string[];
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    editor = await createEditor(admin, 'Wendy Wages');
    fixture = await createOccupation(admin, 'wages');
    const name = `E2E closing school ${unique()}`;
    school = {
      name,
      id: (
        await admin.call<{ id: string }>('POST', '/api/schools', {
          slug: `e2e-closing-${unique()}`,
          name,
          city: 'Denver',
          state: 'CO',
          website: null,
        })
      ).id,
    };
    await publish(admin, 'E2E: wages journey setup');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    page.setDefaultTimeout(10_000);
    problems = collectProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    if (admin && fixture) {
      await deleteOccupation(admin, fixture);
      if (school) await deleteSchool(school.id);
      await publish(admin, 'E2E: wages journey cleanup');
    }
    await admin?.dispose();
  });

  it('signs in as the editor and finds the wage row by searching the list', async () => {
    await signIn(page, editor.email, editor.password, '/admin/wage-statistics');
    await settled(page);
    violations.push(...(await axeViolations(page)));
    await page.getByLabel('Search wage statistics').fill(fixture.socCode);
    await page.waitForURL((url) => url.searchParams.get('q') === fixture.socCode);
    await settled(page);
    await page.getByRole('link', { name: new RegExp(fixture.socCode) }).click();
    await page.getByLabel('25th percentile, annual').waitFor();
    await settled(page);
    violations.push(...(await axeViolations(page)));
  });

  it('shows the order rule beside the 25th percentile as soon as it drops below the 10th', async () => {
    const p25 = page.getByLabel('25th percentile, annual');
    await p25.fill('29000');
    const error = page.locator('mat-error', { hasText: 'must be at least the 10th percentile' });
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain(
      'The 25th percentile ($29,000) must be at least the 10th percentile ($30,000).',
    );
    await expect(p25.getAttribute('aria-invalid')).resolves.toBe('true');
    violations.push(...(await axeViolations(page)));

    // Saving is refused in the browser; the message stays beside the field.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('form-errors').getByText('Some fields need your attention').waitFor();
  });

  it('saves once the figure is in order', async () => {
    await page.getByLabel('25th percentile, annual').fill('41250');
    await page.locator('mat-error', { hasText: 'must be at least' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/Saved wage statistic/).waitFor();
    await page.getByText('Version 2').waitFor();
    const saved = await admin.call<{ p25Annual: number }>('GET', `/api/wage-statistics/${fixture.wageId}`);
    expect(saved.p25Annual).toBe(41250);
  });

  it('reviews the change, field by field, and a deleted record on the publishing screen', async () => {
    // Meanwhile an admin deletes a school the current publication shows.
    await deleteSchool(school.id);
    await page.getByRole('link', { name: 'Publishing' }).click();
    const review = page.getByTestId('review-table');
    await review.waitFor();
    const row = review.locator('tr', { hasText: '25th percentile, annual' });
    await expect(row.textContent()).resolves.toMatch(/40,000.*41,250/);
    await expect(row.getByRole('link').getAttribute('href')).resolves.toBe(
      `/admin/wage-statistics/${fixture.wageId}`,
    );
    const deleted = review.locator('[data-group="schools"] [data-change="removed"]', {
      hasText: school.name,
    });
    await expect(deleted.locator('h4').textContent()).resolves.toMatch(/Deleted:\s*E2E closing school/);
    await expect(deleted.getByRole('link').count()).resolves.toBe(0);
    await settled(page);
    violations.push(...(await axeViolations(page)));
  });

  it('publishes with a note and the portal shows the new figure', async () => {
    await page.getByLabel('Note for this publication').fill('E2E: corrected 25th percentile');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Published publication \d+/).waitFor();
    await page.getByTestId('no-changes').waitFor();

    const portal = await browser.newPage();
    await portal.goto(`${BASE_URL}/careers/${fixture.slug}`, { waitUntil: 'networkidle' });
    await expect(portal.content()).resolves.toContain('$41,250');
    await portal.close();
  });

  async function deleteSchool(id: string): Promise<void> {
    const found = await admin.send('GET', `/api/schools/${id}`);
    if (found.status !== 200) return;
    const { version } = found.body as { version: number };
    await admin.call('DELETE', `/api/schools/${id}?version=${version}`);
  }

  it('found no accessibility violation and raised no console error', () => {
    expect(violations).toEqual([]);
    expect(problems.filter((problem) => !/401|Unauthorized/.test(problem))).toEqual([]);
  });
});
