import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, Observable, switchMap, tap } from 'rxjs';
import { PUBLICATION_HEADER, PUBLICATION_QUERY_PARAMETER } from '@careerscope/shared';
import { AuthService } from '../auth/auth.service';
import { CurrentPublication, publicationContext } from '../publications/publication-context';
import { PublicResponseCacheService } from '../publications/public-response-cache.service';
import { CurrentPublicationService } from '../publications/current-publication.service';
import { PublicationsService } from '../publications/publications.service';

const PREVIEW_VALUES = new Set(['1', 'true']);

/**
 * Pins one publication for the whole request (so a response never mixes two), and tags the response:
 * - published: an ETag and an `X-Publication` header naming the publication, so Express answers 304
 *   and a CDN can cache until the next publish;
 * - `?publication=N`: that publication exactly (server rendering pins the first one a page read for
 *   the rest of the page); 404 if there is none, 410 once superseded for a while;
 * - `?preview=1` with a valid session: the working copy rendered live as publication 0, `private,
 *   no-store`, no ETag. Without a session, 401.
 */
@Injectable()
export class PublicationCacheInterceptor implements NestInterceptor {
  constructor(
    private readonly published: CurrentPublicationService,
    private readonly publications: PublicationsService,
    private readonly auth: AuthService,
    private readonly cache: PublicResponseCacheService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const previewValue = takeQueryParameter(request, 'preview');
    const preview = typeof previewValue === 'string' && PREVIEW_VALUES.has(previewValue);
    const pinned = publicationNumber(takeQueryParameter(request, PUBLICATION_QUERY_PARAMETER));
    if (preview && pinned !== null) {
      throw new BadRequestException('Ask for the preview or for a publication, not both');
    }
    return from(this.resolve(request, preview, pinned)).pipe(
      switchMap((publication) => {
        if (publication === null) return next.handle();
        if (publication.info.preview) {
          response.setHeader('Cache-Control', 'private, no-store');
        } else {
          response.setHeader('ETag', `"publication-${publication.info.number}"`);
          response.setHeader(PUBLICATION_HEADER, String(publication.info.number));
          response.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
        }
        const answer = new Observable<unknown>((subscriber) =>
          publicationContext.run(publication, () => next.handle().subscribe(subscriber)),
        );
        if (publication.info.preview || request.method !== 'GET') return answer;
        // Remembered for the public fast path (public-fast-path.ts): the next request for this URL skips the framework.
        return answer.pipe(
          tap((value) =>
            this.cache.set(publication.info.number, request.originalUrl, value, response.getHeaders()),
          ),
        );
      }),
    );
  }

  private async resolve(
    request: Request,
    preview: boolean,
    pinned: number | null,
  ): Promise<CurrentPublication | null> {
    if (preview) {
      const user = await this.auth.userFromRequest(request);
      if (!user) throw new UnauthorizedException('Sign in to preview the working copy');
      return this.publications.preview();
    }
    try {
      return await (pinned === null ? this.published.latest() : this.published.pinned(pinned));
    } catch (error) {
      // Nothing published yet: the handler answers that itself.
      if (error instanceof ServiceUnavailableException) return null;
      throw error;
    }
  }
}

/** `?publication=N`: a whole number from 1; absent is null, anything else a 400. */
function publicationNumber(value: unknown): number | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && /^[1-9][0-9]{0,8}$/.test(value)) return Number(value);
  throw new BadRequestException('"publication" must be a publication number (1, 2, 3 …)');
}

/**
 * Reads and removes a parameter every public endpoint accepts (`preview`, `publication`) from the
 * query, so the endpoints' query DTOs (which refuse unknown fields) need not each declare it.
 */
function takeQueryParameter(request: Request, name: string): unknown {
  const query = { ...(request.query as Record<string, unknown>) };
  if (!(name in query)) return undefined;
  const value = query[name];
  delete query[name];
  // Express 5 computes req.query on each read; an own property shadows the getter for this request.
  Object.defineProperty(request, 'query', {
    value: query,
    configurable: true,
    enumerable: true,
    writable: true,
  });
  return value;
}
