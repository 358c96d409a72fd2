import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, collectProblems, hydrated, launchBrowser } from './support/browser';

/** Screenshots of every page at both sizes, kept as the run's artefacts (gitignored). */
const ARTIFACTS = join(__dirname, 'artifacts');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const SEED_COMPARISON = '/compare/cma-vs-medical-coder';

/** One page of each type a visitor reaches. */
const PAGES = [
  '/',
  SEED_COMPARISON,
  '/compare?o=certified-medical-assistant,medical-coder,phlebotomists',
  '/careers/certified-medical-assistant',
  '/careers',
  '/schools',
  '/sources',
];

/**
 * Elements that stick out of the viewport sideways, even inside a region that scrolls: on a phone
 * no table hides a column off-screen. Only content clipped away by an ancestor (visually hidden
 * text) is left out.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow === 'hidden' || overflow === 'clip') {
          const rect = parent.getBoundingClientRect();
          if (rect.right <= width + 1 && rect.left >= -1) return true;
        }
      }
      return false;
    };
    const problems = Array.from(document.body.querySelectorAll('*')).filter((el) => {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return false;
      return (rect.right > width + 1 || rect.left < -1) && !clipped(el);
    });
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`;
    const pageWidth = document.documentElement.scrollWidth;
    return [
      ...(pageWidth > width ? [`the page scrolls sideways: ${pageWidth} px in ${width} px`] : []),
      ...problems.slice(0, 10).map(describe),
    ];
  });
}

/**
 * What the wage-range chart drew, read from its canvas: pixels of the 10th–90th band's colour, of
 * the 25th–75th band's colour, and of the median's colour with the inner band right above and below
 * it (a median line across the box, not tick text).
 */
function drawnWageRange(page: Page, titleId: string) {
  return page.evaluate((id) => {
    const figure = document.getElementById(id)?.closest('figure');
    const canvas = figure?.querySelector('canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return null;
    const style = getComputedStyle(canvas);
    const rgb = (name: string) => {
      const probe = document.createElement('span');
      probe.style.color = style.getPropertyValue(name).trim();
      document.body.appendChild(probe);
      const value = getComputedStyle(probe).color.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
      probe.remove();
      return value;
    };
    const outer = rgb('--chart-band-outer');
    const inner = rgb('--chart-band-inner');
    const ink = rgb('--chart-ink');
    const { width, height } = canvas;
    const data = context.getImageData(0, 0, width, height).data;
    const is = (x: number, y: number, colour: number[]) => {
      if (x < 0 || y < 0 || x >= width || y >= height) return false;
      const i = (y * width + x) * 4;
      return (
        Math.abs(data[i] - colour[0]) <= 2 &&
        Math.abs(data[i + 1] - colour[1]) <= 2 &&
        Math.abs(data[i + 2] - colour[2]) <= 2
      );
    };
    let outerPixels = 0;
    let innerPixels = 0;
    let medianPixels = 0;
    const gap = Math.round(6 * devicePixelRatio);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (is(x, y, outer)) outerPixels++;
        else if (is(x, y, inner)) innerPixels++;
        else if (is(x, y, ink) && is(x, y - gap, inner) && is(x, y + gap, inner)) medianPixels++;
      }
    }
    return { outerPixels, innerPixels, medianPixels };
  }, titleId);
}

async function waitForChart(page: Page, titleId: string): Promise<void> {
  await page.locator(`#${titleId}`).scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => {
    const canvas = document.getElementById(id)?.closest('figure')?.querySelector('canvas');
    return canvas?.style.boxSizing === 'border-box' && canvas.height > 0;
  }, titleId);
}

describe('the portal for a visitor, on a phone and on a desktop', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  afterAll(() => browser?.close());

  async function open(viewport: { width: number; height: number }, path: string): Promise<void> {
    context = await browser.newContext({ viewport });
    page = await context.newPage();
    problems = collectProblems(page);
    await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
    await hydrated(page);
  }

  const shot = (name: string) =>
    page.screenshot({
      path: join(ARTIFACTS, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`),
    });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('lays every page type out within a %s’s width, with screenshots', async (name, viewport) => {
    context = await browser.newContext({ viewport });
    page = await context.newPage();
    problems = collectProblems(page);
    const found: Record<string, string[]> = {};
    for (const path of PAGES) {
      await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
      await hydrated(page);
      await shot(`${name}-${viewport.width}x${viewport.height}-${path === '/' ? 'home' : path}`);
      const wide = await overflowing(page);
      if (wide.length) found[path] = wide;
    }
    expect(found).toEqual({});
  });

  it('shows a phone visitor both careers’ pay within the first two screens, without scrolling sideways', async () => {
    await open(PHONE, SEED_COMPARISON);
    const cards = await page.locator('.glance__card').evaluateAll((elements) =>
      elements.map((card) => {
        const pay = Array.from(card.querySelectorAll('.glance__figures > div')).find((row) =>
          row.querySelector('dt')?.textContent?.startsWith('Median pay'),
        );
        const value = pay?.querySelector('dd');
        const rect = value?.getBoundingClientRect();
        return {
          career: card.querySelector('h3')?.textContent?.trim(),
          pay: value?.querySelector('.glance__value')?.textContent?.trim(),
          top: rect ? rect.top + window.scrollY : Infinity,
          left: rect?.left ?? -1,
          right: rect?.right ?? Infinity,
        };
      }),
    );
    expect(cards.map((card) => card.career)).toEqual(['CMA', 'Medical coder']);
    // No figure or phrase on the cards breaks inside a word ("Postsecondar / y").
    const brokenWords = await page.locator('.glance__value').evaluateAll((values) =>
      values.flatMap((value) => {
        const text = value.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        return Array.from((text.textContent ?? '').matchAll(/\S+/g)).flatMap((word) => {
          const range = document.createRange();
          range.setStart(text, word.index ?? 0);
          range.setEnd(text, (word.index ?? 0) + word[0].length);
          const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
          return lines.size > 1 ? [word[0]] : [];
        });
      }),
    );
    expect(brokenWords).toEqual([]);
    for (const card of cards) {
      expect(card.pay).toMatch(/^\$\d{2},\d{3} a year$/);
      expect(card.top).toBeLessThan(2 * PHONE.height);
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(PHONE.width);
    }
    // The table below keeps every career visible too: its rows stack, each cell names its career.
    const labels = await page
      .locator('table.comparison tbody tr:not(.group-heading) td')
      .evaluateAll((cells) => cells.slice(0, 2).map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels).toEqual(['"Certified Medical Assistant (CMA)"', '"Medical Coder"']);
    await shot('phone-seed-comparison-first-screen');
  });

  it('draws the wage range with the 10th–90th band, the 25th–75th band and the median, annual and hourly', async () => {
    await open(DESKTOP, SEED_COMPARISON);
    const id = 'chart-compare-wages-title';
    await waitForChart(page, id);
    const annual = await drawnWageRange(page, id);
    expect(annual).not.toBeNull();
    expect(annual?.outerPixels).toBeGreaterThan(200);
    expect(annual?.innerPixels).toBeGreaterThan(200);
    expect(annual?.medianPixels).toBeGreaterThan(20);

    const figure = page.locator(`figure:has(#${id})`);
    await figure.getByRole('button', { name: 'Hourly' }).click();
    await page.waitForFunction(
      (title) =>
        document
          .getElementById(title)
          ?.closest('figure')
          ?.querySelector('button[aria-pressed="true"]')
          ?.textContent?.trim() === 'Hourly',
      id,
    );
    const hourly = await drawnWageRange(page, id);
    expect(hourly?.outerPixels).toBeGreaterThan(200);
    expect(hourly?.innerPixels).toBeGreaterThan(200);
    expect(hourly?.medianPixels).toBeGreaterThan(20);
    await figure.screenshot({ path: join(ARTIFACTS, 'desktop-seed-comparison-wage-chart.png') });
  });
});
