import { Injectable } from '@nestjs/common';
import type { OutgoingHttpHeaders } from 'node:http';

/** Far more than the public pages there are; a flood of distinct query strings only resets it. */
const MAX_ENTRIES = 2000;
/**
 * The bytes kept, whatever their number: a finder page of the catalogue is about 35 kB, so 2,000
 * distinct finder queries alone would otherwise hold some 70 MB.
 */
export const MAX_CACHED_BYTES = 24 * 1024 * 1024;

/** Headers that belong to one response only, never replayed. */
const PER_RESPONSE = new Set([
  'set-cookie',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

export interface CachedResponse {
  body: Buffer;
  headers: OutgoingHttpHeaders;
  etag: string;
}

/**
 * Public responses of the current publication, by URL: the JSON bytes and the headers the full
 * pipeline sent with them (helmet's, ETag, Cache-Control). A publication never changes, so an answer
 * stays right until the next publish; entries of an older publication are dropped as soon as a newer
 * number is stored.
 */
@Injectable()
export class PublicResponseCacheService {
  private number = -1;
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  get(publication: number, url: string): CachedResponse | undefined {
    return publication === this.number ? this.entries.get(url) : undefined;
  }

  set(publication: number, url: string, value: unknown, headers: OutgoingHttpHeaders): void {
    if (publication < this.number) return;
    const body = Buffer.from(JSON.stringify(value));
    if (body.length > MAX_CACHED_BYTES) return;
    if (
      publication > this.number ||
      this.entries.size >= MAX_ENTRIES ||
      this.bytes + body.length > MAX_CACHED_BYTES
    ) {
      this.entries.clear();
      this.bytes = 0;
      this.number = publication;
    }
    const kept: OutgoingHttpHeaders = {};
    for (const [name, header] of Object.entries(headers)) {
      const lower = name.toLowerCase();
      // CORS answers depend on the request's Origin: never replayed (such requests skip the cache).
      if (!PER_RESPONSE.has(lower) && !lower.startsWith('access-control-') && header !== undefined) {
        kept[name] = header;
      }
    }
    kept['content-type'] = 'application/json; charset=utf-8';
    this.bytes += body.length - (this.entries.get(url)?.body.length ?? 0);
    this.entries.set(url, {
      body,
      headers: kept,
      etag: `"publication-${publication}"`,
    });
  }
}
