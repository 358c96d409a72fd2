import { MAX_CACHED_BYTES, PublicResponseCacheService } from './public-response-cache.service';

describe('PublicResponseCacheService', () => {
  const page = (bytes: number) => ({ items: 'x'.repeat(bytes) });

  it('keeps answers of the current publication by URL, and drops them when a newer one is stored', () => {
    const cache = new PublicResponseCacheService();
    cache.set(3, '/api/public/occupations?q=nurse', page(10), {});
    expect(cache.get(3, '/api/public/occupations?q=nurse')?.body.toString()).toBe(JSON.stringify(page(10)));
    cache.set(4, '/api/public/occupations', page(10), {});
    expect(cache.get(3, '/api/public/occupations?q=nurse')).toBeUndefined();
  });

  it('holds a bounded number of bytes however large the answers (finder pages of the catalogue)', () => {
    const cache = new PublicResponseCacheService();
    const size = 1024 * 1024;
    const count = Math.ceil(MAX_CACHED_BYTES / size) + 2;
    for (let index = 0; index < count; index++)
      cache.set(1, `/api/public/occupations?minPay=${index}`, page(size), {});
    expect(cache.get(1, '/api/public/occupations?minPay=0')).toBeUndefined();
    expect(cache.get(1, `/api/public/occupations?minPay=${count - 1}`)).toBeDefined();
    let kept = 0;
    for (let index = 0; index < count; index++) {
      kept += cache.get(1, `/api/public/occupations?minPay=${index}`)?.body.length ?? 0;
    }
    expect(kept).toBeLessThanOrEqual(MAX_CACHED_BYTES);
  });

  it('counts a URL stored again once', () => {
    const cache = new PublicResponseCacheService();
    const size = Math.floor(MAX_CACHED_BYTES / 4);
    cache.set(1, '/api/public/sources', page(10), {});
    for (let round = 0; round < 8; round++) cache.set(1, '/api/public/occupations', page(size), {});
    expect(cache.get(1, '/api/public/sources')).toBeDefined();
  });
});
