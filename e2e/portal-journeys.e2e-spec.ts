import type { Browser, Page } from 'playwright-core';
import { BASE_URL, collectProblems, hydrated, launchBrowser } from './support/browser';

const CMA = 'certified-medical-assistant';
const CODER = 'medical-coder';

describe('portal journeys in a browser', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    problems = collectProblems(page);
  });

  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  afterAll(() => browser?.close());

  it('builds a comparison: add an occupation, remove one, and stays within 2–5', async () => {
    await page.goto(`${BASE_URL}/compare?o=${CMA}`, { waitUntil: 'networkidle' });
    await hydrated(page);
    await expect(page.locator('[role="status"]').first().textContent()).resolves.toContain(
      'Add one more occupation',
    );
    expect(await page.locator('table.comparison').count()).toBe(0);

    // The picker searches the whole catalogue.
    await page.fill('#add-occupation', 'coder');
    await page.click('form.add-occupation button[type="submit"]');
    await page.click('a.add[aria-label="Add Medical Coder to the comparison"]');
    await page.waitForURL((url) => url.search === `?o=${CMA},${CODER}`);
    await page.locator('table.comparison').waitFor();
    const headers = await page.locator('table.comparison thead th[scope="col"]').allTextContents();
    expect(headers.map((text) => text.trim())).toEqual([
      'Certified Medical Assistant (CMA)',
      'Medical Coder',
    ]);

    await page.click('a.remove[aria-label="Remove Certified Medical Assistant (CMA) from the comparison"]');
    await page.waitForURL((url) => url.search === `?o=${CODER}`);
    await page.locator('#add-occupation').waitFor();
    expect(await page.locator('table.comparison').count()).toBe(0);
  });

  it('refuses more than 5 occupations in a shared link and explains it', async () => {
    // Six names (four made up): the bound is explained before any name is looked up.
    const response = await page.goto(`${BASE_URL}/compare?o=${CMA},${CODER},a-1,b-2,c-3,d-4`, {
      waitUntil: 'networkidle',
    });
    expect(response?.status()).toBe(200);
    await expect(page.locator('[role="alert"]').textContent()).resolves.toContain(
      'A comparison holds at most 5 occupations; this link names 6',
    );
    expect(await page.locator('table.comparison').count()).toBe(0);
    expect(await page.locator('#add-occupation').count()).toBe(0);
  });

  it('filters the school directory to online programs in a state, with the filters in the URL', async () => {
    await page.goto(`${BASE_URL}/schools`, { waitUntil: 'networkidle' });
    await hydrated(page);
    const all = await page.locator('.school-card').count();
    expect(all).toBe(10);

    await page.selectOption('#filter-state', 'WI');
    await page.selectOption('#filter-delivery', 'online');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(
      (url) => url.searchParams.get('state') === 'WI' && url.searchParams.get('delivery') === 'online',
    );
    // The state's own schools first; then online programs elsewhere, open to every state, and saying so.
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('.school-card')).filter(
          (card) => !card.querySelector('.online-note'),
        ).length === 2,
    );

    const cards = await page.locator('.school-card').evaluateAll((elements) =>
      elements.map((card) => ({
        name: card.querySelector('h3')?.textContent?.trim() ?? '',
        elsewhere: card.querySelector('.online-note') !== null,
      })),
    );
    expect(
      cards
        .slice(0, 2)
        .map((card) => card.name)
        .sort(),
    ).toEqual(['Herzing University', 'Northeast Wisconsin Technical College']);
    expect(cards.slice(2).every((card) => card.elsewhere)).toBe(true);
    for (const text of await page.locator('.school-card .programs').allTextContents()) {
      expect(text).toContain('Online');
    }
    // The same URL, loaded fresh, shows the same result from the server.
    const html = await (await fetch(page.url())).text();
    expect(html).toContain('Herzing University');
    expect(html.indexOf('Northeast Wisconsin Technical College')).toBeLessThan(
      html.indexOf('Listed for its online programs'),
    );
  });

  it('compares two schools picked in the directory', async () => {
    await page.goto(`${BASE_URL}/schools?delivery=online`, { waitUntil: 'networkidle' });
    await hydrated(page);
    await page.check('#compare-herzing-university');
    await page.check('#compare-pima-community-college');
    await page.click('.compare-bar button[type="submit"]');
    await page.waitForURL(/\/schools\/compare\?s=/);
    const schools = await page.locator('table tbody th[scope="row"] a').allTextContents();
    expect(schools.map((text) => text.trim())).toEqual(['Herzing University', 'Pima Community College']);
  });

  it('can be used with the keyboard alone: skip link, navigation, filters and footnotes', async () => {
    await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
    await hydrated(page);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Skip to main content',
    );
    const focusStyle = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(focusStyle).not.toBe('none');

    // Tab to the Schools link in the main navigation and follow it with Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Schools') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/schools$/);
    await page.locator('#filter-q').waitFor();

    // Search by typing in the search box and pressing Enter.
    await page.focus('#filter-q');
    await page.keyboard.type('Herzing');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Herzing/);
    await page.waitForFunction(() => document.querySelectorAll('.school-card').length === 1);

    // On a comparison, a footnote reference is reached and followed with the keyboard.
    await page.goto(`${BASE_URL}/compare/cma-vs-medical-coder`, { waitUntil: 'networkidle' });
    await hydrated(page);
    await page.locator('table.comparison sup a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash.startsWith('#source-'));

    // The chart's unit buttons are real buttons that toggle with Space.
    await page.goto(`${BASE_URL}/careers/medical-coder`, { waitUntil: 'networkidle' });
    await hydrated(page);
    const hourly = page
      .locator('#chart-wages-title')
      .locator('xpath=ancestor::figure')
      .locator('button', { hasText: 'Hourly' });
    await hourly.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.chart-views button')).some(
        (button) => button.textContent?.trim() === 'Hourly' && button.getAttribute('aria-pressed') === 'true',
      ),
    );
  });

  it('draws the charts in the browser from a lazily loaded chunk', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${BASE_URL}/careers/certified-medical-assistant`, { waitUntil: 'networkidle' });
    // Charts load when they come near the viewport.
    await page.locator('#chart-wages-title').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const canvas = document.querySelector('#chart-wages-title')?.closest('figure')?.querySelector('canvas');
      // Chart.js sizes the canvas itself once it has drawn on it.
      return canvas?.style.boxSizing === 'border-box' && canvas.height > 0;
    });
    expect(scripts.length).toBeGreaterThan(0);
  });
});
