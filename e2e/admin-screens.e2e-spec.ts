import type { Browser, Page } from 'playwright-core';

import { ApiSession, axeViolations, openAs, settled } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

const LISTS = [
  'occupations',
  'occupation-sections',
  'occupation-certifications',
  'education-paths',
  'work-settings',
  'wage-statistics',
  'employment-projections',
  'accreditation-bodies',
  'certifying-bodies',
  'credentials',
  'schools',
  'programs',
  'sources',
  'comparisons',
  'comparison-rows',
  'authors',
  'users',
];

/** Every screen of the admin, as an admin reaches it, passes axe; lists keep their state in the URL. */
describe('every admin screen', () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let problems: string[];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchBrowser();
    page = await openAs(browser, admin, '/admin/');
    problems = collectProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.dispose();
  });

  async function visit(path: string): Promise<string[]> {
    await page.goto(`${BASE_URL}/admin${path}`, { waitUntil: 'networkidle' });
    await settled(page);
    await page.locator('main h1').first().waitFor();
    return axeViolations(page);
  }

  it.each(['/', '/publishing', '/audit', '/webhooks', '/account'])(
    '%s has no axe violation',
    async (path) => {
      await expect(visit(path)).resolves.toEqual([]);
    },
  );

  it.each(LISTS)('the %s list, its new-record form and a record have no axe violation', async (path) => {
    expect(await visit(`/${path}`)).toEqual([]);
    expect(await visit(`/${path}/new`)).toEqual([]);
    const page1 = await admin.call<{ items: { id: string }[] }>('GET', `/api/${path}?pageSize=1`);
    if (page1.items[0]) {
      expect(await visit(`/${path}/${page1.items[0].id}`)).toEqual([]);
      if (path !== 'users') expect(await visit(`/${path}/${page1.items[0].id}/history`)).toEqual([]);
    }
  });

  it('keeps sort, page size, search and filters in the URL', async () => {
    await page.goto(`${BASE_URL}/admin/wage-statistics?sort=-medianAnnual&pageSize=10&areaType=national`, {
      waitUntil: 'networkidle',
    });
    await settled(page);
    const header = page.getByRole('columnheader', { name: /Median annual/ });
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await page
      .getByRole('columnheader', { name: /Employment/ })
      .getByRole('button')
      .click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'employment');
    expect(new URL(page.url()).searchParams.get('areaType')).toBe('national');
    await page.getByRole('searchbox').fill('Medical');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Medical');
    await settled(page);
    await page.reload({ waitUntil: 'networkidle' });
    await settled(page);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('Medical');
    await expect(page.getByRole('row').count()).resolves.toBeGreaterThan(1);
  });

  it('works on a tablet: the navigation opens from the menu button', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${BASE_URL}/admin/occupations`, { waitUntil: 'networkidle' });
    await settled(page);
    await page.getByRole('button', { name: 'Navigation' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await page.waitForURL(/\/admin\/sources/);
    await settled(page);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('names and links the records that keep an occupation from being deleted', async () => {
    const occupations = await admin.call<{ items: { id: string; slug: string }[] }>(
      'GET',
      '/api/occupations?pageSize=100',
    );
    const coder = occupations.items.find((occupation) => occupation.slug === 'medical-coder')!;
    const comparisons = await admin.call<{ items: { id: string; title: string; occupationIds: string[] }[] }>(
      'GET',
      '/api/comparisons?pageSize=100',
    );
    const comparison = comparisons.items.find((item) => item.occupationIds.includes(coder.id))!;
    // A page of its own: the refused delete answers 409, which the browser logs as an error.
    const other = await openAs(browser, admin, `/admin/occupations/${coder.id}`);
    await settled(other);
    await other.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = other.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const alert = other.getByTestId('dependents');
    await alert.waitFor();
    const link = alert.getByRole('link', { name: `Comparison: ${comparison.title}` });
    await expect(link.getAttribute('href')).resolves.toBe(`/admin/comparisons/${comparison.id}`);
    await expect(alert.textContent()).resolves.toMatch(/Program: .+ at .+/);
    await expect(axeViolations(other)).resolves.toEqual([]);
    await link.click();
    await other.waitForURL(new RegExp(`/admin/comparisons/${comparison.id}$`));
    await other.close();
    // Nothing was deleted.
    await admin.call('GET', `/api/occupations/${coder.id}`);
  });

  it('raised no console error', () => {
    expect(problems.filter((problem) => !/401|Unauthorized/.test(problem))).toEqual([]);
  });
});
