import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  ApiSession,
  Editor,
  OccupationFixture,
  axeViolations,
  createEditor,
  createOccupation,
  deleteOccupation,
  settled,
  signIn,
} from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, launchBrowser } from './support/browser';

/** Two editors open the same occupation; the second save meets the conflict view and loses nothing. */
describe('two editors change the same occupation', () => {
  let browser: Browser;
  let admin: ApiSession;
  let first: Editor;
  let second: Editor;
  let fixture: OccupationFixture;
  let contexts: BrowserContext[];
  let pageOne: Page;
  let pageTwo: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    first = await createEditor(admin, 'Ada Editor');
    second = await createEditor(admin, 'Bea Editor');
    fixture = await createOccupation(admin, 'conflict');
    browser = await launchBrowser();
    contexts = [
      await browser.newContext({ reducedMotion: 'reduce' }),
      await browser.newContext({ reducedMotion: 'reduce' }),
    ];
    pageOne = await contexts[0].newPage();
    pageTwo = await contexts[1].newPage();
    for (const page of [pageOne, pageTwo]) page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    if (admin && fixture) await deleteOccupation(admin, fixture);
    await admin?.dispose();
  });

  it('both open the occupation', async () => {
    const path = `/admin/occupations/${fixture.occupationId}`;
    await signIn(pageOne, first.email, first.password, path);
    await signIn(pageTwo, second.email, second.password, path);
    for (const page of [pageOne, pageTwo]) {
      await page.getByLabel('Title', { exact: true }).waitFor();
      await settled(page);
      await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(fixture.title);
    }
  });

  it('the first editor saves a new title', async () => {
    await pageOne.getByLabel('Title', { exact: true }).fill(`${fixture.title} (renamed)`);
    await pageOne.getByRole('button', { name: 'Save', exact: true }).click();
    await pageOne.getByText('Version 2').waitFor();
  });

  it('the second editor’s save of the summary meets the conflict view, field by field', async () => {
    await pageTwo.getByRole('textbox', { name: 'Summary' }).fill('A summary written by the second editor.');
    await pageTwo.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = pageTwo.getByTestId('conflict-view');
    await conflict.waitFor();
    // Who saved in between is looked up from the record's history.
    await conflict.getByText('Ada Editor').waitFor();
    const title = conflict.locator('tr[data-field="title"]');
    await expect(title.textContent()).resolves.toContain('changed by them');
    await expect(title.textContent()).resolves.toContain(`${fixture.title} (renamed)`);
    const summary = conflict.locator('tr[data-field="summaryMarkdown"]');
    await expect(summary.textContent()).resolves.toContain('changed by you');
    await expect(summary.textContent()).resolves.toContain('A summary written by the second editor.');
    // Nothing was overwritten on the server.
    const now = await admin.call<{ title: string; summaryMarkdown: string; version: number }>(
      'GET',
      `/api/occupations/${fixture.occupationId}`,
    );
    expect(now.version).toBe(2);
    expect(now.summaryMarkdown).not.toContain('second editor');
    violations.push(...(await axeViolations(pageTwo)));
  });

  it('reapplies the second editor’s change on top and saves both', async () => {
    await pageTwo.getByRole('button', { name: 'Reapply my changes on top' }).click();
    await pageTwo.getByTestId('conflict-view').waitFor({ state: 'detached' });
    await expect(pageTwo.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(
      `${fixture.title} (renamed)`,
    );
    await expect(pageTwo.getByRole('textbox', { name: 'Summary' }).inputValue()).resolves.toBe(
      'A summary written by the second editor.',
    );
    await pageTwo.getByRole('button', { name: 'Save', exact: true }).click();
    await pageTwo.getByText('Version 3').waitFor();
    const saved = await admin.call<{ title: string; summaryMarkdown: string }>(
      'GET',
      `/api/occupations/${fixture.occupationId}`,
    );
    expect(saved.title).toBe(`${fixture.title} (renamed)`);
    expect(saved.summaryMarkdown).toBe('A summary written by the second editor.');
  });

  it('shows both saves in the history', async () => {
    await pageTwo.getByRole('link', { name: 'History' }).click();
    await pageTwo.getByText('Version 3 · Changed').waitFor();
    await pageTwo.getByText('Version 2 · Changed').waitFor();
    await expect(pageTwo.getByTestId('revision-3').textContent()).resolves.toContain('Bea Editor');
    await settled(pageTwo);
    violations.push(...(await axeViolations(pageTwo)));
  });

  it('found no accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
