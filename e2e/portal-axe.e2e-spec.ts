import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './support/browser';

const AXE = join(__dirname, '../node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** One page of each type, as a visitor reaches it. */
const PAGES = [
  '/',
  '/compare/cma-vs-medical-coder',
  '/compare?o=certified-medical-assistant,medical-coder',
  '/compare?o=medical-coder',
  '/careers/certified-medical-assistant',
  '/careers',
  '/careers?q=nurse&education=bachelors-degree&sort=pay',
  '/careers?q=zzzz',
  '/careers/registered-nurses',
  '/schools',
  '/schools?state=WI&delivery=online',
  '/schools?occupation=certified-medical-assistant&zip=75201&radius=100&sort=distance',
  '/schools?zip=00000',
  '/schools/herzing-university?zip=75201',
  '/schools/herzing-university',
  '/schools/compare?s=herzing-university,pima-community-college',
  '/sources',
  '/about-data',
  '/changes',
  '/no-such-page',
];

/** Each page in the light and the dark theme (the portal follows the system's colour scheme). */
const RUNS = PAGES.flatMap((path) => [
  [path, 'light'],
  [path, 'dark'],
]) as [string, 'light' | 'dark'][];

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(() => browser?.close());

  it.each(RUNS)('%s has no violation (%s theme)', async (path, colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('cs-root')?.hasAttribute('ng-version'));
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      });
      return result.violations;
    });
    const summary = (violations as AxeViolation[]).map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  });
});
