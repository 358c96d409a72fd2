import type { Browser, Page } from 'playwright-core';
import { BASE_URL, collectProblems, launchBrowser } from './support/browser';

const COMPARE_PATH = '/compare/cma-vs-medical-coder';

/** Every figure of the seed article, as a visitor reads it, with the publisher its footnote must name. */
const SEED_FIGURES: Array<{ display: string; row: string; publisher: RegExp; period: RegExp }> = [
  {
    display: '811,000',
    row: 'Number practicing',
    publisher: /Bureau of Labor Statistics/,
    period: /2024–34/,
  },
  {
    display: '194,800',
    row: 'Number practicing',
    publisher: /Bureau of Labor Statistics/,
    period: /2024–34/,
  },
  { display: '12%', row: 'Expected job growth', publisher: /Employment Projections/, period: /2024–34/ },
  { display: '7%', row: 'Expected job growth', publisher: /Employment Projections/, period: /2024–34/ },
  { display: '+101,200', row: 'new positions', publisher: /Employment Projections/, period: /2024–34/ },
  { display: '912,200', row: 'new positions', publisher: /Employment Projections/, period: /2024–34/ },
  { display: '+13,800', row: 'new positions', publisher: /Employment Projections/, period: /2024–34/ },
  { display: '208,600', row: 'new positions', publisher: /Employment Projections/, period: /2024–34/ },
  {
    display: '793,460',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$44,720',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$35,020',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$37,610',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$44,200',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$48,160',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$57,830',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '187,910',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$55,970',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$35,780',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$41,600',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$50,250',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$64,070',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  {
    display: '$80,950',
    row: 'Pay',
    publisher: /Occupational Employment and Wage Statistics/,
    period: /May 2024/,
  },
  { display: '4–15 months', row: 'Program details', publisher: /Careerscope/, period: /.*/ },
  { display: '60 months', row: 'Certification renewals', publisher: /AAMA/, period: /.*/ },
  { display: '60 points', row: 'Certification renewals', publisher: /AAMA/, period: /.*/ },
];

const SEED_SHARES = ['57%', '17%', '10%', '28%', '19%', '8%'];

describe('the seed comparison in a browser', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    problems = collectProblems(page);
    await page.goto(`${BASE_URL}${COMPARE_PATH}`, { waitUntil: 'networkidle' });
  });

  afterAll(() => browser?.close());

  it('is served with every figure already in the HTML, before any script runs', async () => {
    const response = await fetch(`${BASE_URL}${COMPARE_PATH}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const figure of [...SEED_FIGURES.map((item) => item.display), ...SEED_SHARES]) {
      expect(html).toContain(figure);
    }
    expect(html).toContain('Certified Medical Assistant (CMA) vs. Medical Coder');
    expect(html).toContain('Farheen Gani');
  });

  it('shows the title and both occupations as column headers', async () => {
    await expect(page.locator('h1').textContent()).resolves.toContain(
      'Certified Medical Assistant (CMA) vs. Medical Coder',
    );
    const headers = await page.locator('table thead th[scope="col"]').allTextContents();
    expect(headers.map((text) => text.trim())).toEqual([
      'Certified Medical Assistant (CMA)',
      'Medical Coder',
    ]);
  });

  it.each(SEED_FIGURES)('shows $display in its row with a footnote to its source', async (figure) => {
    const row = page.locator('table tbody tr', {
      has: page.locator('th[scope="row"]', { hasText: figure.row }),
    });
    const value = row.locator('dd', { hasText: figure.display }).first();
    await expect(value.isVisible()).resolves.toBe(true);
    const href = await value.locator('sup a').getAttribute('href');
    expect(href).toMatch(new RegExp(`^${COMPARE_PATH}#source-\\d+$`));
    const anchor = href?.split('#')[1] as string;
    const footnote = page.locator(`[id="${anchor}"]`);
    const text = (await footnote.textContent()) ?? '';
    expect(text).toMatch(figure.publisher);
    expect(text).toMatch(figure.period);
  });

  it('moves to the footnote when its reference is followed, without leaving the page', async () => {
    const reference = page.locator('dd', { hasText: '$44,720' }).locator('sup a').first();
    await reference.click();
    await page.waitForFunction(() => window.location.hash.startsWith('#source-'));
    expect(new URL(page.url()).pathname).toBe(COMPARE_PATH);
  });

  it('lists the practice settings with their shares', async () => {
    const row = page.locator('table tbody tr', {
      has: page.locator('th', { hasText: 'Common practice settings' }),
    });
    const text = (await row.textContent()) ?? '';
    for (const share of SEED_SHARES) expect(text).toContain(share);
    expect(text).toContain('Offices of physicians');
  });

  it('loads without console errors', () => {
    expect(problems).toEqual([]);
  });
});
