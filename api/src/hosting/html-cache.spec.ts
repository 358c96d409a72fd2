import {
  HtmlCache,
  isPreviewUrl,
  pageCacheKey,
  pickEncoding,
  publishedPageUrl,
  toCachedPage,
  withoutPreview,
} from './html-cache';

const page = (body: string) => toCachedPage(200, 'text/html', body);

describe('HtmlCache', () => {
  it('serves a page only for the publication it was rendered from', () => {
    const cache = new HtmlCache();
    cache.set(1, '/compare/a', page('one'));

    expect(cache.get(1, '/compare/a')?.identity.toString()).toBe('one');
    expect(cache.get(2, '/compare/a')).toBeUndefined();
    expect(cache.get(1, '/compare/a')).toBeUndefined();
  });

  it('never stores a page rendered before a newer publication was seen', () => {
    const cache = new HtmlCache();
    cache.get(3, '/');
    cache.set(2, '/', page('old'));

    expect(cache.get(3, '/')).toBeUndefined();
  });

  it('drops the least recently used page beyond its bound', () => {
    const cache = new HtmlCache(2);
    cache.set(1, 'a', page('a'));
    cache.set(1, 'b', page('b'));
    cache.get(1, 'a');
    cache.set(1, 'c', page('c'));

    expect(cache.get(1, 'b')).toBeUndefined();
    expect(cache.get(1, 'a')).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('keeps brotli and gzip variants and a strong ETag', () => {
    const entry = page('<p>x</p>'.repeat(100));
    expect(entry.br.length).toBeLessThan(entry.identity.length);
    expect(entry.gzip.length).toBeLessThan(entry.identity.length);
    expect(entry.etag).toMatch(/^"[\w-]+"$/);
  });
});

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding(undefined)).toBeNull();
  });
});

describe('publishedPageUrl', () => {
  it('keeps only the parameters pages read, sorted by name', () => {
    expect(publishedPageUrl('/schools?utm_source=x&state=CA&occupation=medical-assistant&junk=1')).toBe(
      '/schools?occupation=medical-assistant&state=CA',
    );
    expect(publishedPageUrl('/?q=nurse&preview=0&fbclid=abc')).toBe('/?q=nurse');
    expect(publishedPageUrl('/compare/cma-vs-medical-coder?x=1')).toBe('/compare/cma-vs-medical-coder');
  });

  it('keeps the order of a repeated parameter', () => {
    expect(publishedPageUrl('/compare?o=b&page=2&o=a')).toBe('/compare?o=b&o=a&page=2');
  });

  it('keeps the careers finder and school directory parameters', () => {
    const finder =
      'bright=1&education=bachelor&growth=5&maxPay=90000&minPay=40000&page=2&q=nurse&sort=pay&state=TX';
    expect(publishedPageUrl(`/careers?${finder}&ref=mail`)).toBe(`/careers?${finder}`);
    const schools =
      'accreditation=caahep&closed=1&credential=certificate&delivery=online&maxCost=20000&occupation=ma&page=3&radius=50&sort=cost&state=CA&zip=94110';
    expect(publishedPageUrl(`/schools?${schools}&gclid=1`)).toBe(`/schools?${schools}`);
  });

  it('does not parse the path as a URL', () => {
    expect(publishedPageUrl('//evil.example/x?q=a')).toBe('//evil.example/x?q=a');
  });
});

describe('pageCacheKey', () => {
  it('tells hosts and forwarded hosts apart, whatever their case', () => {
    const key = pageCacheKey({ host: 'Example.org' }, '/');
    expect(pageCacheKey({ host: 'example.org' }, '/')).toBe(key);
    expect(pageCacheKey({ host: 'example.org', 'x-forwarded-host': 'evil.example' }, '/')).not.toBe(key);
    expect(pageCacheKey({ host: 'example.org', 'x-forwarded-proto': 'https' }, '/')).not.toBe(key);
    expect(pageCacheKey({ host: 'example.org' }, '/?q=a')).not.toBe(key);
  });
});

describe('previews', () => {
  it('reads preview as the portal does: the first value is 1', () => {
    expect(isPreviewUrl('/?preview=1')).toBe(true);
    expect(isPreviewUrl('/?preview=1&preview=0')).toBe(true);
    expect(isPreviewUrl('/?preview=true')).toBe(false);
    expect(isPreviewUrl('/?preview')).toBe(false);
  });

  it('drops preview, keeps the rest, and never makes a protocol-relative URL', () => {
    expect(withoutPreview('/schools?state=CA&preview=1&utm=x')).toBe('/schools?state=CA&utm=x');
    expect(withoutPreview('/?preview=1')).toBe('/');
    expect(withoutPreview('//evil.example/?preview=1')).toBe('/evil.example/');
    expect(withoutPreview('/\\evil.example/?preview=1')).toBe('/evil.example/');
  });
});
