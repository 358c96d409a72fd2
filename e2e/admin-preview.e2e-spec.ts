import type { Browser } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, launchBrowser } from './support/browser';
import { ApiSession, openAs } from './support/admin';

interface ComparisonRecord {
  id: string;
  version: number;
  slug: string;
  title: string;
}

describe('previewing the working copy on the portal', () => {
  let browser: Browser;
  let admin: ApiSession;
  let comparison: ComparisonRecord;
  const draftTitle = 'CMA vs. Medical Coder (draft title, not published)';

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const list = await admin.call<{ items: ComparisonRecord[] }>(
      'GET',
      '/api/comparisons?q=cma-vs-medical-coder',
    );
    comparison = list.items.find((item) => item.slug === 'cma-vs-medical-coder') as ComparisonRecord;
    comparison = await admin.call<ComparisonRecord>('PATCH', `/api/comparisons/${comparison.id}`, {
      version: comparison.version,
      title: draftTitle,
    });
  });

  afterAll(async () => {
    // Put the working copy back, so nothing unreviewed is published by a later journey.
    const current = await admin.call<ComparisonRecord>('GET', `/api/comparisons/${comparison.id}`);
    await admin.call('PATCH', `/api/comparisons/${comparison.id}`, {
      version: current.version,
      title: 'Certified Medical Assistant (CMA) vs. Medical Coder',
    });
    await admin.dispose();
    await browser?.close();
  });

  it('shows a signed-in editor the unpublished change, rendered on the server', async () => {
    const page = await openAs(browser, admin, '/compare/cma-vs-medical-coder?preview=1');
    await expect(page.locator('h1').textContent()).resolves.toContain(draftTitle);
    await expect(page.getByText('Preview of unpublished changes').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('keeps showing visitors the published page', async () => {
    const response = await fetch(`${BASE_URL}/compare/cma-vs-medical-coder`);
    const html = await response.text();
    expect(html).not.toContain(draftTitle);
    expect(html).toContain('Certified Medical Assistant (CMA) vs. Medical Coder');
  });

  it('gives a preview to no one who is not signed in', async () => {
    const response = await fetch(`${BASE_URL}/api/public/comparisons/cma-vs-medical-coder?preview=1`);
    expect(response.status).toBe(401);
  });
});
