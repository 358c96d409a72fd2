import { AsyncLocalStorage } from 'node:async_hooks';
import type { PublicationInfo } from '@careerscope/shared';
import type { PublicSnapshot } from './public-snapshot';

export interface CurrentPublication {
  info: PublicationInfo;
  snapshot: PublicSnapshot;
}

/**
 * The publication one public request is answered from, pinned when the request starts (see
 * PublicationCacheInterceptor): every read in that request sees the same publication even if a new one
 * goes live meanwhile, and a preview request sees the working copy through the same code.
 */
export const publicationContext = new AsyncLocalStorage<CurrentPublication>();
