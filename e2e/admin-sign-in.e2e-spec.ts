import type { Browser, Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';

describe('signing in to the admin', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    problems = collectProblems(page);
  });

  afterAll(() => browser?.close());

  it('sends a signed-out visitor to the sign-in page', async () => {
    await page.goto(`${BASE_URL}/admin/`, { waitUntil: 'networkidle' });
    await page.waitForURL(/\/admin\/sign-in/);
    await expect(page.getByLabel('Email').isVisible()).resolves.toBe(true);
  });

  it('says so when the password is wrong', async () => {
    await page.getByLabel('Email').fill(ADMIN_EMAIL);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/incorrect/i);
  });

  it('signs in and shows the signed-in user', async () => {
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.includes('sign-in'));
    await page.getByText('Administrator').first().waitFor();
    expect(page.url()).toContain('/admin/');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: /sign out/i }).click();
    await page.waitForURL(/\/admin\/sign-in/);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
  });

  it('raised no console errors beyond the expected 401s', () => {
    expect(problems.filter((problem) => !/401|Unauthorized/.test(problem))).toEqual([]);
  });
});
