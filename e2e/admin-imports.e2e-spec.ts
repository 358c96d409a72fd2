import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

import { ApiSession, Editor, axeViolations, createEditor, openAs, settled, signIn } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

const DATA_DIR = process.env.CAREERSCOPE_DATA_DIR ?? resolve(__dirname, '../reference-data');
const MAY_2023 = `${DATA_DIR}/bls/national_M2023_dl.xlsx`;
const MAY_2024 = `${DATA_DIR}/bls/national_M2024_dl.xlsx`;
const EDUCATION = `${DATA_DIR}/bls/ep_education_table5.4_2024.xlsx`;
const OCCUPATION_DATA = `${DATA_DIR}/onet/Occupation Data.txt`;

/**
 * The yearly update of the catalogue. The app starts with every file of `reference-data/` imported,
 * so re-importing them changes nothing, except for an occupation the catalogue did not hold: an admin
 * adds Epidemiologists (SOC 19-1041) to the catalogue scope, and the editor's uploads of the May 2024
 * OEWS file, the O*NET Occupation Data (release 29.3) and the BLS education table create it and give
 * it its pay, description and typical education; then the editor publishes.
 */
describe('an editor brings the yearly update in and publishes it', () => {
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

  /** Uploads a file from the upload page and waits for its preview. */
  async function upload(path: string, fileName: string, release?: string): Promise<void> {
    await page.getByRole('link', { name: 'Upload a data file' }).first().click();
    await page.getByRole('heading', { name: 'Upload a data file', level: 1 }).waitFor();
    await page.getByLabel('Data file').setInputFiles(path);
    await page.getByText(`Chosen: ${fileName}`).waitFor();
    if (release !== undefined) await page.getByLabel('O*NET release').fill(release);
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page.getByRole('heading', { name: `Import preview: ${fileName}` }).waitFor({ timeout: 60_000 });
    await settled(page);
  }

  async function counts(): Promise<string> {
    return (await page.getByTestId('import-counts').textContent())!.replace(/\s+/g, ' ');
  }

  async function applyPreview(expected: RegExp): Promise<void> {
    await page.getByRole('button', { name: 'Apply to the working copy' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(expected);
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByTestId('applied').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-status').filter({ hasText: 'Applied' }).waitFor();
    await settled(page);
  }

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

  it('shows the editor the catalogue scope, read-only', async () => {
    await page.getByRole('link', { name: 'Catalogue scope' }).click();
    await page.getByRole('heading', { name: 'Catalogue scope', level: 1 }).waitFor();
    await settled(page);
    const groups = (await page.getByTestId('scope-groups').textContent())!.replace(/\s+/g, ' ');
    expect(groups).toContain('29-0000 Healthcare Practitioners and Technical');
    expect(groups).toContain('31-0000 Healthcare Support');
    await expect(page.getByTestId('scope-codes').textContent()).resolves.toContain('11-9111');
    await page.getByTestId('scope-read-only').waitFor();
    expect(await page.getByRole('button', { name: 'Save the scope' }).count()).toBe(0);
    violations.push(...(await axeViolations(page)));
  });

  it('an admin adds Epidemiologists (19-1041) to the scope, after a message about a group code', async () => {
    const adminPage = await openAs(browser, admin, '/admin/imports/scope');
    try {
      await adminPage.getByRole('heading', { name: 'Change the scope' }).waitFor();
      const codes = adminPage.getByLabel('Named SOC codes');
      const held = await codes.inputValue();
      expect(held).not.toContain('19-1041');
      await codes.fill(`${held}\n19-0000`);
      await adminPage.getByRole('button', { name: 'Save the scope' }).click();
      await adminPage.getByText('Not an occupation code: 19-0000.').waitFor();
      violations.push(...(await axeViolations(adminPage)));

      await codes.fill(`${held}\n19-1041`);
      const saved = adminPage.waitForResponse(
        (response) =>
          response.request().method() === 'PUT' && response.url().endsWith('/api/catalogue/scope'),
      );
      await adminPage.getByRole('button', { name: 'Save the scope' }).click();
      expect((await saved).status()).toBe(200);
      await expect(adminPage.getByTestId('scope-codes').textContent()).resolves.toContain('19-1041');
      await settled(adminPage);
      violations.push(...(await axeViolations(adminPage)));
    } finally {
      await adminPage.context().close();
    }
  });

  it('uploads national_M2024_dl.xlsx: its preview offers Epidemiologists as a new occupation', async () => {
    await upload(MAY_2024, 'national_M2024_dl.xlsx');
    violations.push(...(await axeViolations(page)));

    const created = page.getByTestId('new-occupations');
    await expect(created.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      '1 new occupation',
    );
    await expect(created.locator('tbody tr').first().textContent()).resolves.toMatch(
      /Epidemiologists\s*19-1041\s*epidemiologists/,
    );
    const summary = await counts();
    expect(summary).toContain('1 new row');
    expect(summary).toContain('0 changed');

    // The server filters the rows: new or changed first, and a search finds the occupation.
    const table = page.getByTestId('import-changes');
    const median = table.locator('tr', { hasText: 'SOC 19-1041' }).filter({ hasText: 'Median wage, annual' });
    await expect(median.textContent()).resolves.toMatch(/new occupation.*\$\d{2,3},\d{3}/);
    await page.getByLabel('Search occupations, SOC codes or areas').fill('epidemiologists');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('shown-count').filter({ hasText: '1 row matches' }).waitFor();
    await settled(page);

    await applyPreview(/creates 1 new occupation from national_M2024_dl\.xlsx/);
    const occupations = await admin.call<{ items: { slug: string; title: string }[] }>(
      'GET',
      '/api/occupations?socCode=19-1041',
    );
    expect(occupations.items.map(({ slug, title }) => `${title} (${slug})`)).toEqual([
      'Epidemiologists (epidemiologists)',
    ]);
  });

  it('asks for the O*NET release of Occupation Data.txt, then previews its one new description', async () => {
    await page.getByRole('link', { name: 'Upload a data file' }).first().click();
    await page.getByRole('heading', { name: 'Upload a data file', level: 1 }).waitFor();
    await settled(page);
    violations.push(...(await axeViolations(page)));
    await page.getByLabel('Data file').setInputFiles(OCCUPATION_DATA);
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    const error = page.getByTestId('release-error');
    await error.waitFor({ timeout: 60_000 });
    await expect(error.textContent()).resolves.toContain(
      'Say which O*NET release Occupation Data.txt comes from',
    );
    violations.push(...(await axeViolations(page)));

    await page.getByLabel('O*NET release').fill('29.3');
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page
      .getByRole('heading', { name: 'Import preview: Occupation Data.txt' })
      .waitFor({ timeout: 60_000 });
    await settled(page);
    // Every other occupation already has this release's description.
    const summary = await counts();
    expect(summary).toContain('1 new row');
    expect(summary).toContain('0 changed');
    const description = page
      .getByTestId('import-changes')
      .locator('tr', { hasText: 'SOC 19-1041' })
      .filter({ hasText: 'Description' });
    await expect(description.textContent()).resolves.toMatch(
      /none \(new\).*determinants and distribution of disease/,
    );
    violations.push(...(await axeViolations(page)));
    await applyPreview(/This writes 1 new row and 0 changed rows from Occupation Data\.txt/);
  });

  it('uploads the BLS education table 5.4: Epidemiologists gain their typical education, the rest is unchanged', async () => {
    await upload(EDUCATION, 'ep_education_table5.4_2024.xlsx');
    const summary = await counts();
    expect(summary).toContain('1 new row');
    expect(summary).toContain('0 changed');
    const education = page
      .getByTestId('import-changes')
      .locator('tr', { hasText: 'SOC 19-1041' })
      .filter({ hasText: 'Typical education needed for entry' });
    await expect(education.textContent()).resolves.toContain("Master's degree");

    // Every row of the file, a page at a time: the unchanged ones say so.
    await page.getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'All rows' }).click();
    await page.getByText('Every fact').first().waitFor();
    await settled(page);
    await expect(page.getByTestId('shown-count').textContent()).resolves.toMatch(/\d{2,} rows match/);
    violations.push(...(await axeViolations(page)));
    await applyPreview(/This writes 1 new row and 0 changed rows from ep_education_table5\.4_2024\.xlsx/);
  });

  it('reviews and publishes with a note on the publishing screen', async () => {
    await page.getByRole('link', { name: 'Review and publish' }).click();
    await page.getByTestId('review-table').waitFor();
    await page.getByLabel('Note for this publication').fill('E2E: Epidemiologists join the catalogue');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Published publication \d+/).waitFor();
  });

  it('the portal shows the new occupation with its pay and typical education', async () => {
    const portal = await browser.newPage();
    await portal.goto(`${BASE_URL}/careers/epidemiologists`, { waitUntil: 'networkidle' });
    await portal.getByRole('heading', { name: 'Epidemiologists', level: 1 }).waitFor();
    const text = (await portal.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('May 2024');
    expect(text).toContain("Master's degree");
    await portal.close();
  });

  it('lists the files applied at first start; an upload of one says so, and offers only the new occupation’s rows', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Imports', exact: true })
      .click();
    const history = page.getByTestId('imports-history');
    const row = history.locator('tr', { hasText: 'national_M2023_dl.xlsx' }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/OEWS wages.*May 2023.*Applied/);
    await settled(page);
    violations.push(...(await axeViolations(page)));

    await page.getByRole('link', { name: 'Upload a data file' }).first().click();
    await page.getByLabel('Data file').setInputFiles(MAY_2023);
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page.getByTestId('already-applied').waitFor({ timeout: 60_000 });
    await settled(page);
    // Applied at first start, but the catalogue has gained Epidemiologists since: only their May 2023
    // figures are new.
    const summary = await counts();
    expect(summary).toContain('1 new row');
    expect(summary).toContain('0 changed');
    await expect(
      page.getByTestId('import-changes').locator('tbody tr').first().textContent(),
    ).resolves.toContain('Epidemiologists');
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard', exact: true }).click();
    await page.getByTestId('import-status').filter({ hasText: 'Discarded' }).waitFor();
  });

  it('refuses a file that is none of the imported kinds, with the reason beside the file field', async () => {
    await page.getByRole('link', { name: 'Upload a data file' }).first().click();
    await page.getByLabel('Data file').setInputFiles({
      name: 'budget.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Item,Amount\nRent,1200\n'),
    });
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    const reason = page.locator('.drop__error').first();
    await reason.waitFor();
    await expect(reason.textContent()).resolves.toContain(
      'budget.csv is not one of the files Careerscope imports',
    );
    await expect(page.getByLabel('Data file').getAttribute('aria-invalid')).resolves.toBe('true');
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
    // The refused uploads answer 400 and the browser logs the failed requests.
    expect(problems.filter((problem) => !/401|Unauthorized|400 \(Bad Request\)/.test(problem))).toEqual([]);
  });
});
