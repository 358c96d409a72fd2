import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { PublicationsService } from '../publications/publications.service';

/**
 * Public responses change only when something is published: they carry an ETag naming the
 * publication, and Express answers 304 when the client (or a CDN) already has that one.
 */
@Injectable()
export class PublicationCacheInterceptor implements NestInterceptor {
  constructor(private readonly publications: PublicationsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return from(this.publications.currentNumber()).pipe(
      switchMap((number) => {
        if (number !== null) {
          response.setHeader('ETag', `"publication-${number}"`);
          response.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
        }
        return next.handle();
      }),
    );
  }
}
