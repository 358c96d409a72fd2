import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

import { ApiSession, axeViolations, openAs, settled } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

/** Rows of the real 2022 IPEDS directory, in its own format: two Gainesville institutions and one in Denver. */
function directoryExtract(): Buffer {
  const file = join(__dirname, '..', 'reference-data', 'ipeds', 'hd2022.csv');
  const lines = readFileSync(file, 'latin1')
    .split('\n')
    .filter((line, index) => index === 0 || /^(134130|137096|127158),/.test(line));
  return Buffer.from(lines.join('\n'), 'latin1');
}

/**
 * An admin finds an institution of the IPEDS directory by its city and lists it, then narrows the
 * programs to one state and gives two of them a programmatic accreditation at once.
 */
describe('an admin keeps the school directory', () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let problems: string[];
  let caahepId: string;
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.upload('/api/ipeds/directory', {
      name: 'hd2022.csv',
      mimeType: 'text/csv',
      buffer: directoryExtract(),
    });
    const bodies = await admin.call<{ items: { id: string; abbreviation: string }[] }>(
      'GET',
      '/api/accreditation-bodies?pageSize=100',
    );
    caahepId = bodies.items.find((body) => body.abbreviation === 'CAAHEP')!.id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (admin) {
      // Leave the directory as the other journeys expect it.
      await admin.call('POST', '/api/programs/accreditation', {
        accreditationBodyId: null,
        filter: { state: 'WI', accreditationBodyId: caahepId },
      });
      const listed = await admin.call<{ items: { id: string; version: number }[] }>(
        'GET',
        '/api/schools?q=University%20of%20Florida',
      );
      for (const school of listed.items)
        await admin.call('DELETE', `/api/schools/${school.id}?version=${school.version}`);
      await admin.dispose();
    }
  });

  it('finds an institution by its city and creates its listing', async () => {
    page = await openAs(browser, admin, '/admin/ipeds-institutions', { width: 1024, height: 768 });
    problems = collectProblems(page);
    await settled(page);
    await page.getByLabel('Name, city or UNITID').fill('Gainesville');
    await page.getByRole('button', { name: 'Find' }).click();
    await page
      .getByRole('row', { name: /University of Florida/ })
      .getByText('Not listed')
      .waitFor();
    await expect(page.getByRole('row', { name: /Santa Fe College/ }).textContent()).resolves.toContain(
      'Listed',
    );
    violations.push(...(await axeViolations(page)));

    await page.getByRole('button', { name: 'Create listing: University of Florida' }).click();
    await page.getByRole('status').getByText('University of Florida is now listed.').first().waitFor();
    await page.getByRole('button', { name: 'Refresh from IPEDS: University of Florida' }).waitFor();
    violations.push(...(await axeViolations(page)));
  });

  it('fits a phone without scrolling sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    // Whatever of this screen reaches past the window's right edge, outside a scrolling table.
    const beyondEdge = () =>
      Array.from(document.querySelectorAll('cs-ipeds-institutions-page *'))
        .filter((element) => !element.closest('.ipeds__wrap, .cdk-overlay-container'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`)
        .slice(0, 5);
    // The form fields lay themselves out again a few frames after the window narrows (sooner on a
    // quiet machine than on a busy one): give them a second before reading what still overflows.
    await page
      .waitForFunction(`(${beyondEdge.toString()})().length === 0`, undefined, {
        polling: 'raf',
        timeout: 1000,
      })
      .catch(() => undefined);
    expect(await page.evaluate(beyondEdge)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('filters the programs by state and assigns CAAHEP to two of them after confirming', async () => {
    await page.goto(`${BASE_URL}/admin/programs`, { waitUntil: 'networkidle' });
    await settled(page);
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Wisconsin (WI)' }).click();
    await page.waitForURL(/state=WI/);
    await settled(page);
    const rows = page.locator('tr.mat-mdc-row');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.allTextContents()).resolves.toEqual(
      Array.from({ length: 3 }, () => expect.stringContaining(', WI)')),
    );
    violations.push(...(await axeViolations(page)));

    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('status').getByText('2 programs chosen.').first().waitFor();
    // By keyboard: the select opens with Enter.
    await page.getByRole('combobox', { name: 'Programmatic accreditation' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /^CAAHEP/ }).click();
    await page.getByRole('button', { name: 'Set accreditation' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('2 programs will be accredited by CAAHEP').waitFor();
    violations.push(...(await axeViolations(page)));
    await dialog.getByRole('button', { name: 'Assign to 2 programs' }).click();
    await page.getByText('CAAHEP assigned to 2 programs.').first().waitFor();
    await settled(page);
    await expect(page.getByRole('cell', { name: 'CAAHEP', exact: true }).count()).resolves.toBe(2);
  });

  it('found no accessibility violation and raised no console error', () => {
    expect(violations).toEqual([]);
    expect(problems.filter((problem) => !/401|Unauthorized/.test(problem))).toEqual([]);
  });
});
