import type { Browser, Page } from 'playwright-core';

import { ApiSession, axeViolations, openAs, settled, unique } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, launchBrowser } from './support/browser';

interface Row {
  id: string;
  key: string;
  label: string;
  position: number;
  version: number;
}

/** The value `read` gives once it stops changing to something else than expected, within a few seconds. */
async function eventually(
  read: () => Promise<string>,
  expected = 'wages,growth,employment',
): Promise<string> {
  let value = await read();
  for (let attempt = 0; attempt < 20 && value !== expected; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

/** Editing a comparison: intro and author, rows reordered by drag and drop and renamed, and its preview. */
describe('editing a comparison', () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let comparisonId: string;
  let slug: string;
  const violations: string[] = [];

  async function rows(): Promise<Row[]> {
    const page1 = await admin.call<{ items: Row[] }>(
      'GET',
      `/api/comparison-rows?comparisonId=${comparisonId}&sort=position`,
    );
    return page1.items;
  }

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const occupations = await admin.call<{ items: { id: string }[] }>(
      'GET',
      '/api/occupations?sort=title&pageSize=2',
    );
    slug = `e2e-comparison-${unique()}`;
    const comparison = await admin.call<{ id: string }>('POST', '/api/comparisons', {
      slug,
      title: 'E2E comparison',
      introMarkdown: 'First intro.',
      authorId: null,
      occupationIds: occupations.items.map((o) => o.id),
    });
    comparisonId = comparison.id;
    const kinds = [
      ['employment', 'Number practicing'],
      ['growth', 'Expected growth'],
      ['wages', 'Pay'],
    ] as const;
    for (const [index, [kind, label]] of kinds.entries()) {
      await admin.call('POST', '/api/comparison-rows', {
        comparisonId,
        key: kind,
        group: null,
        label,
        kind,
        sectionKey: null,
        delivery: null,
        position: index,
      });
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (admin && comparisonId) {
      for (const row of await rows())
        await admin.call('DELETE', `/api/comparison-rows/${row.id}?version=${row.version}`);
      const comparison = await admin.call<{ version: number }>('GET', `/api/comparisons/${comparisonId}`);
      await admin.call('DELETE', `/api/comparisons/${comparisonId}?version=${comparison.version}`);
    }
    await admin?.dispose();
  });

  it('edits the intro and picks the author by search', async () => {
    page = await openAs(browser, admin, `/admin/comparisons/${comparisonId}`, { width: 1280, height: 1000 });
    await settled(page);
    await page.getByRole('textbox', { name: 'Introduction' }).fill('A new intro, written in the admin.');
    await page.getByRole('combobox', { name: 'Author' }).fill('a');
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Version 2').waitFor();
    const saved = await admin.call<{ introMarkdown: string; authorId: string | null }>(
      'GET',
      `/api/comparisons/${comparisonId}`,
    );
    expect(saved.introMarkdown).toBe('A new intro, written in the admin.');
    expect(saved.authorId).not.toBeNull();
    violations.push(...(await axeViolations(page)));
  });

  it('reorders the columns: drags the second occupation first, then moves it back with the keyboard', async () => {
    const before = await admin.call<{ occupationIds: string[] }>('GET', `/api/comparisons/${comparisonId}`);
    const chosen = page.getByRole('list', { name: 'Occupations compared: chosen' }).getByRole('listitem');
    await expect(chosen.count()).resolves.toBe(2);
    const [firstLabel, secondLabel] = (await chosen.allTextContents()).map((text) =>
      text
        .replace(/^\d+\.\s*/, '')
        .replace(/[‹›×]/g, '')
        .trim(),
    );

    await chosen.first().scrollIntoViewIfNeeded();
    const from = await chosen.nth(1).boundingBox();
    const to = await chosen.nth(0).boundingBox();
    if (!from || !to) throw new Error('the chosen occupations are not visible');
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + from.height / 2, { steps: 5 });
    await page.mouse.move(to.x + 4, to.y + to.height / 2, { steps: 20 });
    await page.mouse.up();
    await chosen.first().filter({ hasText: secondLabel }).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Version 3').waitFor();
    const swapped = await admin.call<{ occupationIds: string[] }>('GET', `/api/comparisons/${comparisonId}`);
    expect(swapped.occupationIds).toEqual([...before.occupationIds].reverse());

    // The preview renders the working copy: the columns in the new order.
    const preview = page.frameLocator('iframe[title="Preview of the comparison page"]');
    await page.getByRole('button', { name: 'Refresh preview' }).click();
    await preview
      .locator('table.comparison thead th[scope="col"]')
      .first()
      .filter({ hasText: secondLabel })
      .waitFor();

    const back = page.getByRole('button', { name: `Move ${firstLabel} earlier` });
    await back.focus();
    await page.keyboard.press('Enter');
    await chosen.first().filter({ hasText: firstLabel }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${firstLabel} moved to position 1 of 2.` })
      .waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Version 4').waitFor();
    const restored = await admin.call<{ occupationIds: string[] }>('GET', `/api/comparisons/${comparisonId}`);
    expect(restored.occupationIds).toEqual(before.occupationIds);
    violations.push(...(await axeViolations(page)));
  });

  it('moves the last row to the top by drag and drop', async () => {
    const items = page.locator('li[data-row-key]');
    await expect(items.count()).resolves.toBe(3);
    await page.evaluate(() => document.getElementById('rows-title')?.scrollIntoView());
    const from = await items.nth(2).locator('.rows__handle').boundingBox();
    const to = await items.nth(0).locator('.rows__handle').boundingBox();
    if (!from || !to) throw new Error('rows are not visible');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 20 });
    await page.mouse.up();
    await page.getByText('Saved the new order of the rows.').waitFor();
    expect((await rows()).map((row) => row.key)).toEqual(['wages', 'employment', 'growth']);
  });

  it('moves a row with the keyboard-friendly buttons', async () => {
    await page.getByRole('button', { name: 'Move down: Number practicing' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('li[data-row-key]:nth-child(3)')?.getAttribute('data-row-key') ===
        'employment',
    );
    await expect(eventually(async () => (await rows()).map((row) => row.key).join())).resolves.toBe(
      'wages,growth,employment',
    );
  });

  it('renames a row in place', async () => {
    const label = page.getByLabel('Label of row 1');
    await label.fill('Pay (median and range)');
    await label.press('Enter');
    await page.getByText('Renamed to “Pay (median and range)”.').waitFor();
    expect((await rows())[0].label).toBe('Pay (median and range)');
  });

  it('shows the page as the portal will', async () => {
    const frame = page.locator('iframe[title="Preview of the comparison page"]');
    await expect(frame.getAttribute('src')).resolves.toContain(`/compare/${slug}?preview=1`);
    violations.push(...(await axeViolations(page)));
  });

  it('found no accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
