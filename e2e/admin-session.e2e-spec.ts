import type { Browser, BrowserContext, Page } from 'playwright-core';

import { ApiSession, Editor, axeViolations, createEditor, settled, signIn } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, launchBrowser } from './support/browser';

/** An expired session leads to sign-in and back; an editor changes their own password. */
describe('the session and your own account', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: ApiSession;
  let editor: Editor;
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    editor = await createEditor(admin, 'Sam Session');
    browser = await launchBrowser();
    context = await browser.newContext({ reducedMotion: 'reduce' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.dispose();
  });

  it('sends the user to sign in when the session has ended, then back to the page they were on', async () => {
    await signIn(page, editor.email, editor.password, '/admin/sources?q=BLS');
    await settled(page);
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authors' }).click();
    await page.waitForURL(/\/admin\/sign-in\?returnUrl=%2Fauthors/);
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${BASE_URL}/admin/authors`);
    await page.getByRole('heading', { name: 'authors' }).waitFor();
  });

  it('changes the password, with the server’s answer beside the field when the current one is wrong', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your account' }).click();
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase 2026');
    await page.getByLabel('New password again').fill('a brand new passphrase 2026');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('password-error').locator('p').waitFor();
    violations.push(...(await axeViolations(page)));

    await page.getByLabel('Current password').fill(editor.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed.').waitFor();
    const fresh = await ApiSession.signIn(editor.email, 'a brand new passphrase 2026');
    await expect(fresh.call<{ email: string }>('GET', '/api/auth/me')).resolves.toMatchObject({
      email: editor.email,
    });
    await fresh.dispose();
  });

  it('found no accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
