import type { Browser, Page } from 'playwright-core';

import { ApiSession, Editor, axeViolations, createEditor, openAs, settled } from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, launchBrowser } from './support/browser';

/** What an editor may not do is not offered, and the API refuses it anyway. */
describe('an editor and the admin-only areas', () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let editor: Editor;
  let editorApi: ApiSession;
  let schoolId: string;
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    editor = await createEditor(admin, 'Eli Editor');
    editorApi = await ApiSession.signIn(editor.email, editor.password);
    const schools = await admin.call<{ items: { id: string }[] }>('GET', '/api/schools?pageSize=1&sort=name');
    schoolId = schools.items[0].id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await editorApi?.dispose();
    await admin?.dispose();
  });

  it('offers the editor no user management or audit log', async () => {
    page = await openAs(browser, editorApi, '/admin/');
    await settled(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Wage statistics' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);
    violations.push(...(await axeViolations(page)));
  });

  it('sends the editor to the forbidden page when typing the users URL', async () => {
    await page.goto(`${BASE_URL}/admin/users`, { waitUntil: 'networkidle' });
    await page.waitForURL(/\/admin\/forbidden/);
    violations.push(...(await axeViolations(page)));
  });

  it('lets the editor read a school but not change it', async () => {
    await page.goto(`${BASE_URL}/admin/schools`, { waitUntil: 'networkidle' });
    await settled(page);
    await expect(page.getByRole('link', { name: 'New school' }).count()).resolves.toBe(0);
    await page.goto(`${BASE_URL}/admin/schools/${schoolId}`, { waitUntil: 'networkidle' });
    await settled(page);
    await page.getByText('only admins change it').waitFor();
    await expect(page.getByLabel('Name', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Save', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Delete' }).count()).resolves.toBe(0);
    violations.push(...(await axeViolations(page)));
  });

  it('is refused by the API as well', async () => {
    const school = await editorApi.call<{ version: number }>('GET', `/api/schools/${schoolId}`);
    const patch = await editorApi.send('PATCH', `/api/schools/${schoolId}`, {
      version: school.version,
      name: 'Nope',
    });
    expect(patch.status).toBe(403);
    const users = await editorApi.send('GET', '/api/users');
    expect(users.status).toBe(403);
  });

  it('found no accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
