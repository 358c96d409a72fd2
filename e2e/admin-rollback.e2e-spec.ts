import type { Browser, Page } from 'playwright-core';

import {
  ApiSession,
  OccupationFixture,
  axeViolations,
  createOccupation,
  deleteOccupation,
  publish,
  openAs,
  settled,
} from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, launchBrowser } from './support/browser';

interface Publication {
  number: number;
  current: boolean;
}

/** Rolling back a publication brings the earlier figures back to the portal. */
describe('rolling back a publication', () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  let fixture: OccupationFixture;
  let before: number;
  let after: number;
  const violations: string[] = [];

  async function portalText(): Promise<string> {
    const portal = await browser.newPage();
    await portal.goto(`${BASE_URL}/careers/${fixture.slug}`, { waitUntil: 'networkidle' });
    const text = await portal.content();
    await portal.close();
    return text;
  }

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    fixture = await createOccupation(admin, 'rollback');
    await publish(admin, 'E2E: rollback journey, first figures');
    before = (await admin.call<Publication[]>('GET', '/api/publications'))[0].number;
    const wage = await admin.call<{ version: number }>('GET', `/api/wage-statistics/${fixture.wageId}`);
    await admin.call('PATCH', `/api/wage-statistics/${fixture.wageId}`, {
      version: wage.version,
      medianAnnual: 52345,
    });
    await publish(admin, 'E2E: rollback journey, corrected median');
    after = (await admin.call<Publication[]>('GET', '/api/publications'))[0].number;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (admin && fixture) {
      await deleteOccupation(admin, fixture);
      await publish(admin, 'E2E: rollback journey cleanup');
    }
    await admin?.dispose();
  });

  it('the portal shows the newer median', async () => {
    await expect(portalText()).resolves.toContain('$52,345');
  });

  it('lists the publications with what each changed', async () => {
    page = await openAs(browser, admin, '/admin/publishing');
    await settled(page);
    const panel = page.locator(`mat-expansion-panel[data-publication="${after}"]`);
    await panel.locator('mat-expansion-panel-header').click();
    await panel.getByText('Compared with publication').waitFor();
    await expect(panel.textContent()).resolves.toMatch(/50,000\s*52,345/);
    violations.push(...(await axeViolations(page)));
  });

  it('rolls back after confirming, and the portal shows the earlier median again', async () => {
    const panel = page.locator(`mat-expansion-panel[data-publication="${before}"]`);
    await panel.locator('mat-expansion-panel-header').click();
    await panel.getByRole('button', { name: `Roll back to publication ${before}` }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    violations.push(...(await axeViolations(page)));
    await dialog.getByRole('button', { name: `Roll back to ${before}` }).click();
    await page.getByText(`Rolled back: publication ${after + 1} repeats publication ${before}.`).waitFor();

    const text = await portalText();
    expect(text).not.toContain('$52,345');
    expect(text).toContain('$50,000');
    const [latest] = await admin.call<(Publication & { restoredFromNumber: number })[]>(
      'GET',
      '/api/publications',
    );
    expect(latest).toMatchObject({ number: after + 1, current: true, restoredFromNumber: before });
  });

  it('found no accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
