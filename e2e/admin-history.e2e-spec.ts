import type { Browser, Page } from 'playwright-core';

import {
  ApiSession,
  Editor,
  OccupationFixture,
  axeViolations,
  createEditor,
  createOccupation,
  deleteOccupation,
  openAs,
  settled,
} from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, launchBrowser } from './support/browser';

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** No horizontal page scroll: the page is no wider than the window. */
async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * An editor's saves read word by word in the history; an admin sees who else is editing, restores an
 * earlier version after confirming, and reads all of it as sentences in the audit log.
 */
describe('history, restore, presence and the audit log', () => {
  let browser: Browser;
  let admin: ApiSession;
  let ana: Editor;
  let anaSession: ApiSession;
  let fixture: OccupationFixture;
  const violations: string[] = [];
  const pages: Page[] = [];

  const open = async (path: string, viewport = DESKTOP) => {
    const page = await openAs(browser, admin, path, viewport);
    pages.push(page);
    await settled(page);
    return page;
  };

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    ana = await createEditor(admin, 'Ana Lopez');
    anaSession = await ApiSession.signIn(ana.email, ana.password);
    fixture = await createOccupation(admin, 'history');
    // Ana saves the summary twice: version 2, then version 3.
    let version = (await admin.call<{ version: number }>('GET', `/api/occupations/${fixture.occupationId}`))
      .version;
    for (const summary of [
      'Nurses plan patient care and teach families at home.',
      'Nurses plan patient care and support families in clinics.',
    ]) {
      version = (
        await anaSession.call<{ version: number }>('PATCH', `/api/occupations/${fixture.occupationId}`, {
          version,
          summaryMarkdown: summary,
        })
      ).version;
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser?.close();
    if (anaSession && fixture) {
      await anaSession.send('DELETE', `/api/presence/occupation/${fixture.occupationId}`);
    }
    if (admin && fixture) await deleteOccupation(admin, fixture);
    await anaSession?.dispose();
    await admin?.dispose();
  });

  it('says on the edit form that Ana is editing the occupation, and since when', async () => {
    await anaSession.call('PUT', `/api/presence/occupation/${fixture.occupationId}`);
    const page = await open(`/admin/occupations/${fixture.occupationId}`);
    const notice = page.getByTestId('presence');
    await notice.getByText('Ana Lopez').waitFor();
    await expect(notice.textContent()).resolves.toMatch(/Ana Lopez\s+is editing this since\s+\d{1,2}:\d\d/);
  });

  it('shows each version’s changed words, readable at 1366 px, with Restore on earlier versions', async () => {
    const page = await open(`/admin/occupations/${fixture.occupationId}/history`);
    const latest = page.getByTestId('revision-3');
    await latest.getByText('Version 3 · Changed').waitFor();
    await expect(latest.textContent()).resolves.toContain('Ana Lopez');
    await expect(latest.locator('del').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('teach')]),
    );
    await expect(latest.locator('ins').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('support')]),
    );
    // The current version has nothing to restore; every earlier one has its button.
    await expect(latest.getByRole('button', { name: /Restore/ }).count()).resolves.toBe(0);
    await page.getByTestId('revision-2').getByRole('button', { name: 'Restore version 2' }).waitFor();
    await page.getByTestId('revision-1').getByRole('button', { name: 'Restore version 1' }).waitFor();
    // The field's name reads on one line, not one letter a line.
    const label = await latest.locator('dt').first().boundingBox();
    expect(label!.width).toBeGreaterThan(50);
    expect(label!.height).toBeLessThan(40);
    violations.push(...(await axeViolations(page)));
  });

  it('reads well on a phone: no sideways scroll', async () => {
    const page = await open(`/admin/occupations/${fixture.occupationId}/history`, PHONE);
    await page.getByTestId('revision-3').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    violations.push(...(await axeViolations(page)));
  });

  it('restores version 2 after confirming, as a new version 4', async () => {
    const page = await open(`/admin/occupations/${fixture.occupationId}/history`);
    await page.getByTestId('revision-2').getByRole('button', { name: 'Restore version 2' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Restore version 2?').waitFor();
    violations.push(...(await axeViolations(page)));
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByTestId('revision-4').getByText('Version 4 · Restored').waitFor();
    const restored = await admin.call<{ version: number; summaryMarkdown: string }>(
      'GET',
      `/api/occupations/${fixture.occupationId}`,
    );
    expect(restored).toMatchObject({
      version: 4,
      summaryMarkdown: 'Nurses plan patient care and teach families at home.',
    });
  });

  it('reads the audit log as sentences with names, filtered in the URL, at 1366 px and on a phone', async () => {
    const page = await open(`/admin/audit?actorId=${ana.id}&category=content`);
    const sentences = await page.getByTestId('audit-event').locator('.audit__sentence').allTextContents();
    expect(sentences.slice(0, 2)).toEqual([
      `Ana Lopez saved ${fixture.title}: summary`,
      `Ana Lopez saved ${fixture.title}: summary`,
    ]);
    expect(sentences.join(' ')).not.toContain(fixture.occupationId);
    violations.push(...(await axeViolations(page)));

    const restores = await open('/admin/audit?type=record.restored');
    await restores.getByText(`restored ${fixture.title} to version 2`).waitFor();
    const phone = await open(`/admin/audit?actorId=${ana.id}`, PHONE);
    await phone.getByText('Ana Lopez signed in').first().waitFor();
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width);
    violations.push(...(await axeViolations(phone)));
  });

  it('found no accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
