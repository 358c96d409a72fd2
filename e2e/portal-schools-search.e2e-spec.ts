import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Client } from 'pg';
import { ApiSession, axeViolations, publish, unique } from './support/admin';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  BASE_URL,
  collectProblems,
  hydrated,
  launchBrowser,
} from './support/browser';

const CMA = 'certified-medical-assistant';

/** Medical assisting programs around Dallas (ZIP 75201), and one in Houston, beyond 50 miles. */
const SCHOOLS = [
  {
    name: 'Trinity Medical Careers',
    city: 'Dallas',
    zip: '75204',
    lat: 32.8029,
    lon: -96.7887,
    tuition: 9000,
  },
  {
    name: 'Arlington Allied Health',
    city: 'Arlington',
    zip: '76010',
    lat: 32.7207,
    lon: -97.0827,
    tuition: 4200,
  },
  {
    name: 'Denton Clinical Institute',
    city: 'Denton',
    zip: '76201',
    lat: 33.2148,
    lon: -97.1331,
    tuition: 12_500,
  },
  {
    name: 'Bayou Medical Academy',
    city: 'Houston',
    zip: '77002',
    lat: 29.7565,
    lon: -95.3651,
    tuition: 6000,
  },
];

/** The page scrolls sideways when its content is wider than the viewport. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('a visitor on a phone finds medical assisting programs near a ZIP code, compares three on cost and opens one', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const tag = unique();
  const names = SCHOOLS.map((school) => `${school.name} ${tag}`);

  beforeAll(async () => {
    const admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const occupation = (
      await admin.call<{ items: Array<{ id: string; slug: string }> }>(
        'GET',
        '/api/occupations?q=Certified%20Medical&pageSize=5',
      )
    ).items.find((item) => item.slug === CMA)!;
    const source = (await admin.call<{ items: Array<{ id: string }> }>('GET', '/api/sources?pageSize=1'))
      .items[0];
    const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    try {
      for (const [index, school] of SCHOOLS.entries()) {
        const created = await admin.call<{ id: string }>('POST', '/api/schools', {
          slug: `${school.name.toLowerCase().replace(/ /g, '-')}-${tag}`,
          name: names[index],
          city: school.city,
          state: 'TX',
          website: null,
          ipedsUnitId: null,
          sourceId: null,
          zip: school.zip,
          latitude: school.lat,
          longitude: school.lon,
        });
        const program = await admin.call<{ id: string }>('POST', '/api/programs', {
          schoolId: created.id,
          occupationId: occupation.id,
          name: 'Medical Assisting',
          credentialLevel: 'certificate',
          delivery: 'campus',
          minMonths: 9,
          maxMonths: 12,
          accreditationBodyId: null,
          url: null,
          cipCode: '51.0801',
          awardLevel: 21,
        });
        // What the IPEDS importers write: published charges and completions.
        await db.query(
          `UPDATE schools SET tuition_in_state = $2, tuition_out_of_state = $3, books_and_supplies = 1500,
             prices_year = 2022, prices_source_id = $4 WHERE id = $1`,
          [created.id, school.tuition, school.tuition * 2, source.id],
        );
        await db.query(
          'UPDATE programs SET completions = $2, completions_year = 2023, completions_source_id = $3 WHERE id = $1',
          [program.id, 20 + index, source.id],
        );
      }
    } finally {
      await db.end();
    }
    await publish(admin, `E2E: schools near Dallas ${tag}`);
    await admin.dispose();

    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
    problems = collectProblems(page);
  }, 120_000);

  afterAll(() => browser?.close());

  it('renders the search near a ZIP code on the server, nearest first, with distances and costs', async () => {
    const response = await page.request.get(`${BASE_URL}/schools?occupation=${CMA}&zip=75201&sort=distance`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const positions = names.map((name) => html.indexOf(name));
    // Dallas, Arlington, Denton, then Houston: every one listed, in distance order, before any script runs.
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(html).toMatch(/[0-9.]+ miles from Dallas, TX/);
    expect(html).toContain('$10,500 (in-state tuition and fees $9,000 + books and supplies $1,500; 2022–23)');
  });

  it("shows the URL's filters chosen and applied without scripts, in the server's HTML", async () => {
    const noScripts = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      javaScriptEnabled: false,
    });
    try {
      const plain = await noScripts.newPage();
      await plain.goto(
        `${BASE_URL}/schools?occupation=${CMA}&state=TX&zip=75201&radius=50&sort=distance&closed=1`,
      );
      const value = (label: string) => plain.getByLabel(label, { exact: true }).inputValue();
      await expect(value('Career')).resolves.toBe(CMA);
      await expect(value('State')).resolves.toBe('TX');
      await expect(value('Near ZIP code')).resolves.toBe('75201');
      await expect(value('Within')).resolves.toBe('50');
      await expect(value('Sort by')).resolves.toBe('distance');
      await expect(plain.getByLabel(/Also list schools that have closed/).isChecked()).resolves.toBe(true);
      // The radius applies too: Houston, beyond 50 miles, is not listed.
      await plain.getByRole('heading', { name: /within 50 miles of Dallas, TX 75201/ }).waitFor();
      const listed = (await plain.locator('.school-card h3').allTextContents()).map((name) => name.trim());
      expect(listed.filter((name) => name.endsWith(tag))).toEqual(names.slice(0, 3));
    } finally {
      await noScripts.close();
    }
  });

  it('finds the programs within 50 miles on a phone, compares three on cost and opens one with its payback', async () => {
    await page.goto(`${BASE_URL}/schools`, { waitUntil: 'networkidle' });
    await hydrated(page);
    // The results start on the first screen: the filters are folded behind a disclosure.
    const firstResult = await page.locator('.school-card').first().boundingBox();
    expect(firstResult?.y).toBeLessThan(844);
    await expect(page.getByLabel('Career', { exact: true }).isVisible()).resolves.toBe(false);
    // The disclosure opens from the keyboard.
    await page.locator('summary', { hasText: 'Filter schools' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Career', { exact: true }).selectOption(CMA);
    await page.getByLabel('Near ZIP code').fill('75201');
    await page.getByLabel('Within', { exact: true }).selectOption('50');
    await page.getByLabel('Sort by', { exact: true }).selectOption('distance');
    await page.getByRole('button', { name: 'Show schools' }).click();
    await page.getByRole('heading', { name: /within 50 miles of Dallas, TX 75201/ }).waitFor();
    expect(page.url()).toContain('zip=75201');
    expect(page.url()).toContain('radius=50');

    const listed = await page.locator('.school-card h3').allTextContents();
    const ours = listed.map((name) => name.trim()).filter((name) => name.endsWith(tag));
    expect(ours).toEqual(names.slice(0, 3));
    const card = page.locator('.school-card', { hasText: names[1] });
    await expect(card.locator('.school-facts').textContent()).resolves.toMatch(
      /[0-9.]+ miles from Dallas, TX.*\$5,700 \(in-state tuition and fees \$4,200/,
    );
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    for (const name of names.slice(0, 3)) await page.getByLabel(`Compare ${name}`).check();
    await page.getByRole('button', { name: 'Compare selected schools' }).click();
    await page.getByRole('heading', { name: 'Compare schools' }).waitFor();
    await page.waitForLoadState('networkidle');
    const rows = page.locator('table.school-compare tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    const arlington = rows.filter({ hasText: names[1] });
    await expect(arlington.locator('td[data-label="Yearly cost"]').textContent()).resolves.toContain(
      '$5,700',
    );
    await expect(arlington.locator('td[data-label="Estimated total cost"]').textContent()).resolves.toContain(
      '$5,700 = ($4,200 in-state tuition and fees + $1,500 books and supplies) × 12 ÷ 12',
    );
    await expect(arlington.locator('td[data-label="Distance"]').textContent()).resolves.toMatch(
      /[0-9.]+ miles/,
    );
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await arlington.getByRole('link', { name: names[1] }).click();
    await page.getByRole('heading', { name: 'Cost and payback' }).waitFor();
    await page.waitForLoadState('networkidle');
    const payback = page.locator('.cost-lines [data-key="payback"]');
    await expect(payback.textContent()).resolves.toMatch(/[0-9.]+ years = \$5,700 ÷ \(10 % × \$[0-9,]+\)/);
    await expect(page.locator('.cost-lines [data-key="pay"] sup a').count()).resolves.toBe(1);
    expect(
      await page.getByText(/Payback = estimated total cost ÷ \(10 % of the median annual pay/).count(),
    ).toBe(1);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
