import { HtmlCache, pickEncoding, toCachedPage } from './html-cache';

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
