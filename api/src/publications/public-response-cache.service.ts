import { Injectable } from '@nestjs/common';
import type { OutgoingHttpHeaders } from 'node:http';

/** Far more than the public pages there are; a flood of distinct query strings only resets it. */
const MAX_ENTRIES = 2000;

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

  get(publication: number, url: string): CachedResponse | undefined {
    return publication === this.number ? this.entries.get(url) : undefined;
  }

  set(publication: number, url: string, value: unknown, headers: OutgoingHttpHeaders): void {
    if (publication < this.number) return;
    if (publication > this.number || this.entries.size >= MAX_ENTRIES) {
      this.entries.clear();
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
    this.entries.set(url, {
      body: Buffer.from(JSON.stringify(value)),
      headers: kept,
      etag: `"publication-${publication}"`,
    });
  }
}
