import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

import { ApiSession, Editor, axeViolations, createEditor, settled, signIn } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

const DATA_DIR = process.env.CAREERSCOPE_DATA_DIR ?? resolve(__dirname, '../reference-data');
const MAY_2023 = `${DATA_DIR}/bls/national_M2023_dl.xlsx`;

/**
 * The yearly update, backwards: an editor uploads the May 2023 OEWS national file, reviews its preview
 * (two new rows, one per tracked occupation), applies it and publishes. The seed's May 2024 figures
 * stay the newest; the portal gains May 2023 in the wage history.
 */
describe('an editor imports a BLS wage file and publishes it', () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let editor: Editor;
  let problems: string[];
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    editor = await createEditor(admin, 'Ivy Imports');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    page.setDefaultTimeout(15_000);
    problems = collectProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.dispose();
  });

  it('signs in as the editor and opens the imports from the navigation', async () => {
    await signIn(page, editor.email, editor.password);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Imports', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Imports', level: 1 }).waitFor();
    await settled(page);
    violations.push(...(await axeViolations(page)));
  });

  it('uploads national_M2023_dl.xlsx and sees its preview: two new rows', async () => {
    await page.getByRole('link', { name: 'Upload a BLS file' }).first().click();
    await page.getByRole('heading', { name: 'Upload a BLS file', level: 1 }).waitFor();
    await settled(page);
    violations.push(...(await axeViolations(page)));

    await page.getByLabel('BLS file').setInputFiles(MAY_2023);
    await page.getByText('Chosen: national_M2023_dl.xlsx').waitFor();
    const sent = page.waitForRequest(
      (request) => request.method() === 'POST' && request.url().endsWith('/api/imports'),
    );
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    // XMLHttpRequest, not fetch(): only it reports upload progress.
    expect((await sent).resourceType()).toBe('xhr');
    await page.waitForURL(/\/admin\/imports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    await page.getByRole('heading', { name: 'Import preview: national_M2023_dl.xlsx' }).waitFor();
    await settled(page);

    const counts = (await page.getByTestId('import-counts').textContent())!.replace(/\s+/g, ' ');
    expect(counts).toContain('2 new rows');
    expect(counts).toContain('0 changed');
    const facts = (await page.locator('dl.imports__facts').textContent())!.replace(/\s+/g, ' ');
    expect(facts).toContain('May 2023');
    expect(facts).toContain('Previewed, not applied');

    const table = page.getByTestId('import-changes');
    await table.locator('tr', { hasText: 'Certified Medical Assistant' }).first().waitFor();
    await table.locator('tr', { hasText: 'Medical Coder' }).first().waitFor();
    const median = table.locator('tr', { hasText: 'SOC 31-9092' }).filter({ hasText: 'Median wage, annual' });
    await expect(median.textContent()).resolves.toMatch(/none \(new\).*\$\d{2},\d{3}/);
    violations.push(...(await axeViolations(page)));
  });

  it('applies the file after a confirmation that says what will be written', async () => {
    await page.getByRole('button', { name: 'Apply to the working copy' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('This writes 2 new rows and 0 changed rows');
    violations.push(...(await axeViolations(page)));
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();

    await page.getByTestId('applied').waitFor();
    await page.getByText(/Applied: 2 new rows and 0 changed rows of May 2023/).waitFor();
    await page.getByTestId('import-status').filter({ hasText: 'Applied' }).waitFor();

    const wages = await admin.call<{ items: { referencePeriod: string; medianAnnual: number | null }[] }>(
      'GET',
      '/api/wage-statistics?socCode=31-9092&pageSize=100',
    );
    const periods = wages.items.map((row) => row.referencePeriod);
    expect(periods).toEqual(expect.arrayContaining(['May 2023', 'May 2024']));
  });

  it('reviews and publishes with a note on the publishing screen', async () => {
    await page.getByRole('link', { name: 'Review and publish' }).click();
    await page.getByTestId('review-table').waitFor();
    await page.getByLabel('Note for this publication').fill('E2E: May 2023 wage history from the BLS file');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Published publication \d+/).waitFor();
  });

  it('the portal keeps the May 2024 figures and shows May 2023 in the wage history', async () => {
    const portal = await browser.newPage();
    await portal.goto(`${BASE_URL}/careers/certified-medical-assistant`, { waitUntil: 'networkidle' });
    const text = (await portal.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Median pay, May 2024 $44,200 per year');
    await portal.getByRole('heading', { name: 'Wage history' }).waitFor();
    const history = text.slice(text.indexOf('Wage history'));
    expect(history).toContain('May 2023 to May 2024');
    expect(history).toMatch(/May 2023 \$[\d,]+ \$42,000 /);
    expect(history).toMatch(/May 2024 \$35,020 \$44,200 \$57,830 \$44,720/);
    await portal.close();
  });

  it('lists the applied file in the history, and a second upload of it says it was already applied', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Imports', exact: true })
      .click();
    const history = page.getByTestId('imports-history');
    const row = history.locator('tr', { hasText: 'national_M2023_dl.xlsx' }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/OEWS wages.*May 2023.*Applied.*2 new/);
    await settled(page);
    violations.push(...(await axeViolations(page)));

    await page.getByRole('link', { name: 'Upload a BLS file' }).first().click();
    await page.getByLabel('BLS file').setInputFiles(MAY_2023);
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page.getByTestId('already-applied').waitFor({ timeout: 60_000 });
    await page.getByTestId('nothing-to-change').waitFor();
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard', exact: true }).click();
    await page.getByTestId('import-status').filter({ hasText: 'Discarded' }).waitFor();
  });

  it('refuses a file that is not a BLS file, with the reason beside the file field', async () => {
    await page.getByRole('link', { name: 'Upload a BLS file' }).first().click();
    await page.getByLabel('BLS file').setInputFiles({
      name: 'budget.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Item,Amount\nRent,1200\n'),
    });
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    const reason = page.locator('.drop__error').first();
    await reason.waitFor();
    await expect(reason.textContent()).resolves.toContain(
      'neither an OEWS wage estimates file nor an Employment Projections',
    );
    await expect(page.getByLabel('BLS file').getAttribute('aria-invalid')).resolves.toBe('true');
    violations.push(...(await axeViolations(page)));
  });

  it('shows the freshness report and the SOC code periods of an occupation', async () => {
    await page.getByRole('link', { name: 'Data freshness' }).click();
    await page.getByRole('heading', { name: 'Next expected releases' }).waitFor();
    await settled(page);
    violations.push(...(await axeViolations(page)));

    await page.getByRole('link', { name: 'SOC code periods' }).click();
    await page.getByRole('heading', { name: 'SOC code periods', level: 1 }).waitFor();
    await settled(page);
    await page.getByRole('combobox', { name: 'Occupation' }).click();
    await page.getByRole('listbox').waitFor();
    await page.getByRole('option', { name: /Medical Coder/ }).click();
    await page.getByRole('heading', { name: /Periods of Medical Coder/ }).waitFor();
    await settled(page);
    violations.push(...(await axeViolations(page)));

    // Add a period and take it away again, so other journeys' imports are not affected.
    await page.getByRole('button', { name: 'Add a period' }).click();
    await page.getByRole('textbox', { name: 'SOC code' }).fill('29-2071');
    await page.getByRole('textbox', { name: 'To year' }).fill('2018');
    await page.getByRole('textbox', { name: 'Note' }).fill('E2E: before the SOC 2018 revision');
    await settled(page);
    violations.push(...(await axeViolations(page)));
    await page.getByRole('button', { name: 'Add period' }).click();
    const period = page.getByTestId('periods').locator('tr', { hasText: '29-2071' });
    await expect(period.textContent()).resolves.toContain('until 2018');
    await period.getByRole('button', { name: /Delete/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByTestId('no-periods').waitFor();
  });

  it('found no accessibility violation and raised no console error', () => {
    expect(violations).toEqual([]);
    // The refused upload answers 400 and the browser logs the failed request.
    expect(problems.filter((problem) => !/401|Unauthorized|400 \(Bad Request\)/.test(problem))).toEqual([]);
  });
});
