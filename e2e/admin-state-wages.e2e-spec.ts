import type { Browser, Page } from 'playwright-core';

import type { ImportView } from '@careerscope/shared';

import { ApiSession, Editor, axeViolations, createEditor, publish, settled } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

/**
 * State wages, end to end: an editor's OEWS state file (in the layout BLS publishes, `state_M2024_dl`)
 * is applied and published; a visitor then picks a state on the comparison and on a career profile
 * and sees that state's figures beside the national ones, with their source.
 *
 * The figures are this journey's own, replacing the real May 2024 state figures the default run
 * imports. Wisconsin has both occupations; the Virgin Islands only medical assistants (as in BLS's
 * own file, which has no medical records specialists there).
 */
const HEADER =
  'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90';
const ROWS = [
  '55,Wisconsin,2,WI,000000,31-9092,Medical Assistants,detailed,"14,230",21.02,"43,720",16.50,18.40,20.85,23.10,26.40,"34,320","38,270","43,370","48,050","54,910"',
  '55,Wisconsin,2,WI,000000,29-2072,Medical Records Specialists,detailed,"4,010",24.10,"50,130",16.90,19.60,23.05,27.70,33.10,"35,150","40,770","47,940","57,620","68,850"',
  '78,Virgin Islands,2,VI,000000,31-9092,Medical Assistants,detailed,"160",18.02,"37,480",14.80,16.02,17.51,19.11,21.81,"30,780","33,320","36,420","39,750","45,360"',
  // BLS state files also carry metropolitan areas; the importer counts and leaves them.
  '33340,"Milwaukee-Waukesha, WI",4,WI,000000,31-9092,Medical Assistants,detailed,"5,120",21.80,"45,340",17.10,19.02,21.60,23.90,27.20,"35,570","39,560","44,930","49,710","56,580"',
];
const STATE_FILE = {
  name: 'state_M2024_dl.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`${HEADER}\n${ROWS.join('\n')}\n`),
};

const COMPARE = `${BASE_URL}/compare/cma-vs-medical-coder`;

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().innerText()) ?? '').replace(/\s+/g, ' ');

describe('an editor publishes state wages and a visitor compares them by state', () => {
  let browser: Browser;
  let admin: ApiSession;
  let editor: Editor;
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    editor = await createEditor(admin, 'Stella States');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.dispose();
  });

  it("publishes the editor's state file: three changed state rows, the metropolitan row left out", async () => {
    // The upload, preview and apply screens have their own journey (admin-imports); here the API.
    const session = await ApiSession.signIn(editor.email, editor.password);
    try {
      const preview = await session.upload<ImportView>('/api/imports', STATE_FILE);
      expect(preview).toMatchObject({ kind: 'oews', referencePeriod: 'May 2024' });
      expect(preview.counts).toMatchObject({ new: 0, changed: 3 });
      await session.call('POST', `/api/imports/${preview.id}/apply`, { version: preview.version });
      await publish(session, 'E2E: May 2024 state wages');
    } finally {
      await session.dispose();
    }
  });

  it('serves the chosen state in the HTML, before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${COMPARE}?state=WI`);
    const section = await text(plain, 'section:has(#state-wages-heading)');
    expect(section).toContain('Wisconsin');
    expect(section).toContain('$43,370');
    expect(section).toContain('$47,940');
    // The state picker is a plain GET form: it works without JavaScript too.
    await expect(plain.locator('#compare-state').inputValue()).resolves.toBe('WI');
    await context.close();
  });

  it('a visitor picks Wisconsin, then the Virgin Islands, with the keyboard on the comparison', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const visitorProblems = collectProblems(visitor);
    await visitor.goto(COMPARE, { waitUntil: 'networkidle' });
    await visitor.waitForFunction(() => document.querySelector('cs-root')?.hasAttribute('ng-version'));
    await visitor.getByRole('heading', { name: 'Wages by state' }).waitFor();
    const sourcesBefore = await visitor.locator('.sources li').count();

    await visitor.locator('#compare-state').focus();
    await visitor.locator('#compare-state').selectOption('WI');
    await visitor.keyboard.press('Tab');
    await visitor.keyboard.press('Enter');
    await visitor.waitForURL((url) => url.searchParams.get('state') === 'WI');
    const figure = visitor.locator('section:has(#state-wages-heading) figure');
    await figure.waitFor();
    const wisconsin = (await figure.innerText()).replace(/\s+/g, ' ');
    expect(wisconsin).toContain('$43,370');
    expect(wisconsin).toContain('$47,940');
    // The national table is unchanged; the state figures' source joins the list when it is new.
    await expect(visitor.locator('table.comparison').innerText()).resolves.toContain('$44,720');
    expect(await visitor.locator('.sources li').count()).toBeGreaterThanOrEqual(sourcesBefore);
    const stateNote = figure.locator('sup a').first();
    const target = (await stateNote.getAttribute('href'))!.split('#')[1];
    await expect(visitor.locator(`#${target}`).count()).resolves.toBe(1);

    await visitor.locator('#compare-state').selectOption('VI');
    await visitor.getByRole('button', { name: 'Show' }).press('Enter');
    await visitor.waitForURL((url) => url.searchParams.get('state') === 'VI');
    await visitor.getByText('No VI wage figures are published for Medical Coder.').waitFor();
    await expect(figure.innerText()).resolves.toContain('$36,420');
    await settled(visitor);
    violations.push(...(await axeViolations(visitor)));
    expect(visitorProblems).toEqual([]);
    await visitor.close();
  });

  it('a career profile shows the state beside the national figures, served and picked', async () => {
    const visitor = await browser.newPage();
    const visitorProblems = collectProblems(visitor);
    await visitor.goto(`${BASE_URL}/careers/medical-coder?state=WI`, { waitUntil: 'networkidle' });
    const main = (await visitor.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(main).toContain('Wisconsin');
    expect(main).toContain('$47,940');
    expect(main).toContain('$50,250');

    // Back to national figures, then Wisconsin again, in the page (no reload): one wage chart each time.
    await visitor.waitForFunction(() => document.querySelector('cs-root')?.hasAttribute('ng-version'));
    const wages = visitor.locator('figure[aria-labelledby="chart-wages-title"]');
    await visitor.getByLabel('State wages').selectOption('');
    await visitor.getByRole('button', { name: 'Show' }).click();
    await visitor.waitForURL((url) => !url.searchParams.has('state'));
    await wages.filter({ hasNotText: 'Wisconsin' }).waitFor();
    await expect(wages.count()).resolves.toBe(1);
    await visitor.getByLabel('State wages').selectOption('WI');
    await visitor.getByRole('button', { name: 'Show' }).click();
    await wages.filter({ hasText: '$47,940' }).waitFor();
    await expect(wages.count()).resolves.toBe(1);
    expect(visitorProblems).toEqual([]);
    await visitor.close();
  });

  it('found no accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
