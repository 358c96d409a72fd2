import type { Browser, Page } from 'playwright-core';

import { ApiSession, axeViolations, openAs, publish, settled, unique } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

/** An admin adds a school and a program; after publishing, the portal's directory lists it. */
describe('an admin adds a school and a program', () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let problems: string[];
  const name = `E2E Health Institute ${unique()}`;
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (admin) {
      // Leave the directory as the other journeys expect it.
      const schools = await admin.call<{ items: { id: string; version: number }[] }>(
        'GET',
        `/api/schools?q=${encodeURIComponent(name)}`,
      );
      for (const school of schools.items) {
        const programs = await admin.call<{ items: { id: string; version: number }[] }>(
          'GET',
          `/api/programs?schoolId=${school.id}`,
        );
        for (const program of programs.items)
          await admin.call('DELETE', `/api/programs/${program.id}?version=${program.version}`);
        await admin.call('DELETE', `/api/schools/${school.id}?version=${school.version}`);
      }
      await publish(admin, 'E2E: schools journey cleanup');
      await admin.dispose();
    }
  });

  it('creates the school', async () => {
    // A laptop-sized window.
    page = await openAs(browser, admin, '/admin/schools', { width: 1024, height: 768 });
    problems = collectProblems(page);
    await settled(page);
    violations.push(...(await axeViolations(page)));
    await page.getByRole('link', { name: 'New school' }).click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Slug').fill(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    await page.getByLabel('City').fill('Madison');
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Wisconsin (WI)' }).click();
    await page.getByLabel('Website').fill('https://example.org/e2e');
    violations.push(...(await axeViolations(page)));
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Version 1').waitFor();
    await page.getByRole('heading', { name: 'Programs' }).waitFor();
  });

  it('adds a program from the school’s page, choosing the occupation by search', async () => {
    await page.getByRole('link', { name: 'Add' }).click();
    await page.waitForURL(/\/admin\/programs\/new\?schoolId=/);
    await page.getByLabel('Name', { exact: true }).fill('Medical Assistant Diploma');
    await expect(page.getByRole('combobox', { name: 'School' }).inputValue()).resolves.toContain(name);
    await page.getByRole('combobox', { name: 'Occupation' }).fill('Certified');
    await page.getByRole('option', { name: /Certified Medical Assistant/ }).click();
    await page.getByRole('combobox', { name: 'Credential' }).click();
    await page.getByRole('option', { name: 'Certificate or diploma' }).click();
    await page.getByLabel('Shortest (months)').fill('9');
    await page.getByLabel('Longest (months)').fill('12');
    await settled(page);
    violations.push(...(await axeViolations(page)));
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Version 1').waitFor();
  });

  it('publishes, and the portal directory lists the school', async () => {
    await page.getByRole('link', { name: 'Publishing' }).click();
    await page.getByTestId('review-table').waitFor();
    await expect(page.getByTestId('review-table').textContent()).resolves.toContain(name);
    await page.getByLabel('Note for this publication').fill('E2E: new school');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Published publication \d+/).waitFor();

    const portal = await browser.newPage();
    await portal.goto(`${BASE_URL}/schools?state=WI`, { waitUntil: 'networkidle' });
    await expect(portal.locator('.school-card h3').allTextContents()).resolves.toContainEqual(
      expect.stringContaining(name),
    );
    await portal.close();
  });

  it('found no accessibility violation and raised no console error', () => {
    expect(violations).toEqual([]);
    expect(problems.filter((problem) => !/401|Unauthorized/.test(problem))).toEqual([]);
  });
});
