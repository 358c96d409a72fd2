import { BASE_URL } from './support/browser';

/** What a crawler or a visitor without JavaScript gets: the server's HTML, headers and SEO files. */

async function html(path: string): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(`${BASE_URL}${path}`);
  return { status: response.status, body: await response.text(), headers: response.headers };
}

function jsonLd(body: string): Record<string, unknown>[] {
  const match = /<script type="application\/ld\+json" id="page-json-ld">([\s\S]*?)<\/script>/.exec(body);
  if (!match) throw new Error('No JSON-LD in the page');
  const data = JSON.parse(match[1]) as Record<string, unknown>;
  return (data['@graph'] as Record<string, unknown>[] | undefined) ?? [data];
}

const meta = (body: string, attr: string, name: string): string | null =>
  new RegExp(`<meta ${attr}="${name.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(body)?.[1] ?? null;

const PAGES = [
  '/',
  '/compare/cma-vs-medical-coder',
  '/compare?o=certified-medical-assistant,medical-coder',
  '/careers/certified-medical-assistant',
  '/careers/medical-coder',
  '/schools',
  '/schools/herzing-university',
  '/sources',
  '/about-data',
  '/changes',
];

describe('the portal without JavaScript', () => {
  it.each(PAGES)('%s has a title, a description, a canonical URL and Open Graph tags', async (path) => {
    const { status, body } = await html(path);
    expect(status).toBe(200);
    expect(body).toMatch(/<title>[^<]+Careerscope<\/title>|<title>Careerscope<\/title>/);
    expect(meta(body, 'name', 'description')?.length).toBeGreaterThan(20);
    expect(body).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+">/);
    expect(meta(body, 'property', 'og:title')).toBeTruthy();
    expect(meta(body, 'property', 'og:url')).toMatch(/^https?:\/\//);
    expect(body).toContain('<main');
  });

  it('renders what each publication changed on the server, dated in words, and links the Atom feed', async () => {
    const { status, body } = await html('/changes');
    expect(status).toBe(200);
    // The default run's first publication: the catalogue imported from reference-data/.
    expect(body).toMatch(/<time[^>]* datetime="[^"]+"[^>]*>[A-Z][a-z]+ \d{1,2}, \d{4}<\/time>/);
    expect(body).toContain('First publication');
    expect(body).toMatch(/\d+ occupations added/);
    expect(body).toContain('<link rel="alternate" type="application/atom+xml"');

    const feed = await html('/changes.atom');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(feed.body).toContain('<title>First publication</title>');
  });

  it('holds the ad-hoc comparison figures and valid JSON-LD in the server HTML', async () => {
    const { body } = await html('/compare?o=certified-medical-assistant,medical-coder');
    for (const figure of ['811,000', '194,800', '12%', '7%', '$44,200', '$50,250', '$80,950']) {
      expect(body).toContain(figure);
    }
    const occupations = jsonLd(body).filter((item) => item['@type'] === 'Occupation');
    expect(occupations.map((item) => item['occupationalCategory'])).toEqual(['31-9092', '29-2072']);
  });

  it('describes a career as a schema.org Occupation with its wage distribution and programs', async () => {
    const { body } = await html('/careers/certified-medical-assistant');
    const items = jsonLd(body);
    const occupation = items.find((item) => item['@type'] === 'Occupation') as Record<string, unknown>;
    expect(occupation).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Certified Medical Assistant (CMA)',
      occupationalCategory: '31-9092',
      estimatedSalary: [
        {
          '@type': 'MonetaryAmountDistribution',
          currency: 'USD',
          duration: 'P1Y',
          percentile10: 35020,
          percentile25: 37610,
          median: 44200,
          percentile75: 48160,
          percentile90: 57830,
        },
      ],
    });
    expect(Array.isArray(occupation['skills'])).toBe(true);
    expect(occupation['educationRequirements']).toBeDefined();
    expect(items.some((item) => item['@type'] === 'EducationalOccupationalProgram')).toBe(true);
    // The chart's data table is in the HTML; the chart itself is drawn later in the browser.
    expect(body).toContain('Wage percentiles, May 2024');
    expect(body).toContain('$44,200 a year ($21.25 an hour)');
  });

  it('says on the coder page that its figures are those of medical records specialists', async () => {
    const { body } = await html('/careers/medical-coder');
    expect(body).toContain('Medical Records Specialists');
    expect(body).toContain('SOC 29-2072');
  });

  it('answers 404 with a useful page for unknown paths, slugs and occupations', async () => {
    for (const path of [
      '/no-such-page',
      '/careers/astronaut',
      '/schools/no-such-school',
      '/compare?o=medical-coder,astronaut',
    ]) {
      const { status, body } = await html(path);
      expect(status).toBe(404);
      expect(body).toContain('Page not found');
      expect(body).toContain('href="/schools"');
    }
  });

  it('caches pages per publication: ETag, revalidation and 304', async () => {
    const first = await fetch(`${BASE_URL}/compare/cma-vs-medical-coder`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toContain('must-revalidate');
    const again = await fetch(`${BASE_URL}/compare/cma-vs-medical-coder`, {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('serves the shared cached page whatever the session cookie, and previews only to a verified session', async () => {
    const cookie = { Cookie: 'careerscope_session=not-a-real-session' };
    const response = await fetch(`${BASE_URL}/compare/cma-vs-medical-coder?utm_source=x`, {
      headers: cookie,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('must-revalidate');
    expect(response.headers.get('etag')).toBeTruthy();
    const preview = await fetch(`${BASE_URL}/compare/cma-vs-medical-coder?preview=1`, {
      headers: cookie,
      redirect: 'manual',
    });
    expect(preview.status).toBe(302);
    expect(preview.headers.get('location')).toBe('/compare/cma-vs-medical-coder');
  });

  it('serves sitemap.xml with every published page and robots.txt pointing to it', async () => {
    const sitemap = await html('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toContain('xml');
    for (const path of [
      '/compare/cma-vs-medical-coder',
      '/careers/medical-coder',
      '/schools/herzing-university',
      '/about-data',
    ]) {
      expect(sitemap.body).toMatch(new RegExp(`<loc>https?://[^<]+${path.replace(/\//g, '\\/')}</loc>`));
    }
    expect(sitemap.body).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    const robots = await html('/robots.txt');
    expect(robots.body).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(robots.body).toContain('Disallow: /admin/');
  });

  it('marks the initial scripts for eager compilation, and only those', async () => {
    // The page's scripts and what they import statically are marked; what they import() is not.
    const { body } = await html('/compare/cma-vs-medical-coder');
    const pending = [...body.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]);
    const initial = new Set<string>();
    const lazy = new Set<string>();
    while (pending.length) {
      const file = pending.pop() as string;
      if (initial.has(file)) continue;
      initial.add(file);
      const code = await (await fetch(`${BASE_URL}/${file}`)).text();
      expect([file, code.startsWith('//# allFunctionsCalledOnLoad\n')]).toEqual([file, true]);
      for (const [, path] of code.matchAll(
        /\bimport\s*(?:[{*\w$][^;"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
      )) {
        pending.push(path);
      }
      for (const [, path] of code.matchAll(/\bimport\(["']\.\/([^"']+\.js)["']\)/g)) lazy.add(path);
    }
    expect(initial.size).toBeGreaterThan(1);
    const lazyOnly = [...lazy].filter((file) => !initial.has(file));
    expect(lazyOnly.length).toBeGreaterThan(0);
    for (const file of lazyOnly) {
      const code = await (await fetch(`${BASE_URL}/${file}`)).text();
      expect([file, code.startsWith('//# allFunctionsCalledOnLoad')]).toEqual([file, false]);
    }
  });

  it('keeps the initial JavaScript within 150 kB compressed (brotli, as served)', async () => {
    // The page's scripts and everything they import statically (dynamic `import()`s load later).
    const { body } = await html('/compare/cma-vs-medical-coder');
    const pending = [...body.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map(
      (match) => new URL(match[1], `${BASE_URL}/`).href,
    );
    expect(pending.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    let compressed = 0;
    let raw = 0;
    while (pending.length) {
      const url = pending.pop() as string;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await fetch(url, { headers: { 'Accept-Encoding': 'br' } });
      expect(response.headers.get('content-encoding')).toBe('br');
      // fetch decompresses the body; Content-Length is the size on the wire.
      compressed += Number(response.headers.get('content-length'));
      const code = await response.text();
      raw += Buffer.byteLength(code);
      for (const [, path] of code.matchAll(
        /\bimport\s*(?:[{*\w$][^;"'()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g,
      )) {
        pending.push(new URL(path, url).href);
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    console.log(`initial JavaScript: ${seen.size} files, ${raw} bytes raw, ${compressed} bytes brotli`);
    expect(compressed).toBeLessThanOrEqual(150 * 1024);
  });
});
