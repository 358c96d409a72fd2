import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PORTAL_QUERY_PARAMS } from '@careerscope/shared';

const READ_PARAMS: ReadonlySet<string> = new Set(PORTAL_QUERY_PARAMS);

/** A rendered page, stored once per publication with its compressed variants. */
export interface CachedPage {
  status: number;
  contentType: string;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export function toCachedPage(status: number, contentType: string, body: string): CachedPage {
  const identity = Buffer.from(body, 'utf8');
  return {
    status,
    contentType,
    etag: `"${createHash('sha1').update(identity).digest('base64url')}"`,
    identity,
    gzip: gzipSync(identity, { level: 6 }),
    br: brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
  };
}

/** A request URL as path and query string, without parsing the path (`//x` stays a path). */
function splitUrl(url: string): { path: string; query: URLSearchParams } {
  const at = url.indexOf('?');
  return at < 0
    ? { path: url, query: new URLSearchParams() }
    : { path: url.slice(0, at), query: new URLSearchParams(url.slice(at + 1)) };
}

function withQuery(path: string, params: [string, string][]): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The URL a published page is rendered from and cached under: its path and only the query
 * parameters some page reads (PORTAL_QUERY_PARAMS), sorted by name (repeated ones keep their
 * order). `?utm_source=x&q=a` and `?q=a&preview=0` are the same page as `?q=a`.
 */
export function publishedPageUrl(url: string): string {
  const { path, query } = splitUrl(url);
  const kept = [...query].filter(([name]) => READ_PARAMS.has(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return withQuery(path, kept);
}

/**
 * The cache key of a published page: the URL it is rendered from, and the headers the renderer
 * builds absolute URLs from (host, and the forwarded host and protocol the engine trusts), so that
 * a request with a strange forwarded host cannot store its rendering for everyone else.
 */
export function pageCacheKey(headers: IncomingHttpHeaders, pageUrl: string): string {
  const header = (name: string) => String(headers[name] ?? '').toLowerCase();
  return [header('host'), header('x-forwarded-host'), header('x-forwarded-proto'), pageUrl].join(' ');
}

/** Whether the URL asks for a preview, read as the portal reads it (the first `preview` is `1`). */
export function isPreviewUrl(url: string): boolean {
  return splitUrl(url).query.get('preview') === '1';
}

/** The same URL without `preview`, for a preview nobody verified; never a protocol-relative URL. */
export function withoutPreview(url: string): string {
  const { path, query } = splitUrl(url);
  return withQuery(
    path.replace(/^[/\\]+/, '/'),
    [...query].filter(([name]) => name !== 'preview'),
  );
}

/** The encoding to answer with, from an `Accept-Encoding` header: brotli, then gzip, else none. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(?:\.0*)?$/.test(q.trim()))
    .map(([name]) => name.toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/**
 * Server-rendered HTML for anonymous GETs, keyed by the publication the page was rendered from.
 * A publish changes the current publication number: the first request that sees the new number
 * empties the cache, so no page of an older publication is served again. Bounded by entries and
 * by bytes; the least recently used page goes first.
 */
export class HtmlCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private publication: number | null = null;

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get size(): number {
    return this.pages.size;
  }

  get(publication: number, key: string): CachedPage | undefined {
    this.follow(publication);
    const page = this.pages.get(key);
    if (page) {
      // Re-inserting moves the entry to the end: Map keeps insertion order, the front is the LRU.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(publication: number, key: string, page: CachedPage): void {
    // A page rendered before a publish finished after it: never store it under the newer number.
    if (this.publication !== null && publication < this.publication) return;
    this.follow(publication);
    const size = page.identity.length + page.gzip.length + page.br.length;
    if (size > this.maxBytes / 4) return;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldest] of this.pages) {
      if (this.pages.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (page) {
      this.bytes -= page.identity.length + page.gzip.length + page.br.length;
      this.pages.delete(key);
    }
  }

  private follow(publication: number): void {
    if (publication !== this.publication) {
      this.pages.clear();
      this.bytes = 0;
      this.publication = publication;
    }
  }
}
