import type { Browser, Page } from 'playwright-core';
import { BASE_URL, collectProblems, hydrated, launchBrowser } from './support/browser';

describe('the career catalogue, as a visitor on a phone uses it', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    problems = collectProblems(page);
  });

  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  afterAll(() => browser?.close());

  it('searches "nurse" from the home page and finds Registered Nurses, rendered on the server', async () => {
    await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
    await hydrated(page);
    await page.fill('#career-search', 'nurse');
    await page.press('#career-search', 'Enter');
    await page.waitForURL((url) => url.pathname === '/careers' && url.searchParams.get('q') === 'nurse');
    await page.locator('.career-result').first().waitFor();
    const titles = await page.locator('.career-result h3').allTextContents();
    expect(titles.map((title) => title.trim())).toContain('Registered Nurses');

    for (const query of ['nurse', 'phlebotomist', 'sonographer']) {
      const html = await (await fetch(`${BASE_URL}/careers?q=${query}`)).text();
      expect(html).toMatch(/class="career-result/);
    }
    const html = await (await fetch(`${BASE_URL}/careers?q=nurse`)).text();
    expect(html).toContain('Registered Nurses');
  });

  it('filters the finder to a postsecondary nondegree award and growth, then compares three careers', async () => {
    await page.goto(`${BASE_URL}/careers`, { waitUntil: 'networkidle' });
    await hydrated(page);
    // On a phone the filters are folded away until the visitor opens them.
    await expect(page.locator('#career-education').isVisible()).resolves.toBe(false);
    await page.locator('summary', { hasText: 'Filter careers' }).click();
    await page.selectOption('#career-education', 'postsecondary-nondegree-award');
    await page.fill('#career-growth', '5');
    await page.locator('#career-growth').press('Enter');
    await page.waitForURL(
      (url) =>
        url.searchParams.get('education') === 'postsecondary-nondegree-award' &&
        url.searchParams.get('growth') === '5',
    );
    await page.locator('.career-result').first().waitFor();
    // The search folds the filters again, so the results start on the first screen.
    await expect(page.locator('summary', { hasText: 'Filter careers' }).textContent()).resolves.toContain(
      '(2 applied)',
    );
    expect(await page.locator('#career-education').isVisible()).toBe(false);
    const results = page.locator('.career-result');
    const count = await results.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (const text of await results.allTextContents()) {
      expect(text).toContain('Postsecondary nondegree award');
    }

    const slugs = await page
      .locator('.career-result input[name="o"]')
      .evaluateAll((inputs) => inputs.slice(0, 3).map((input) => (input as HTMLInputElement).value));
    for (const slug of slugs) await page.check(`#compare-${slug}`);
    await page.click('.compare-bar button[type="submit"]');
    await page.waitForURL(
      (url) => url.pathname === '/compare' && url.searchParams.get('o') === slugs.join(','),
    );
    await page.locator('table.comparison').waitFor();
    const headers = await page.locator('table.comparison thead th[scope="col"]').count();
    expect(headers).toBe(3);
  });

  it('shows a data-only profile with its O*NET description, attribution, pay and related careers', async () => {
    await page.goto(`${BASE_URL}/careers/registered-nurses`, { waitUntil: 'networkidle' });
    await hydrated(page);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('$93,600');
    expect(text).toContain('Assess patient health problems');
    expect(text).toContain('Used under the CC BY 4.0 license');
    const related = page.locator('a[href^="/compare?o=registered-nurses,"]');
    expect(await related.count()).toBeGreaterThan(0);
  });
});
