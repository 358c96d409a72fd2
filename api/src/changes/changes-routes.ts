import type express from 'express';
import { CHANGES_FEED_PATH, DEFAULT_PAGE_SIZE } from '@careerscope/shared';
import type { AppConfig } from '../config/app-config';
import { ATOM_CONTENT_TYPE, buildChangesFeed } from './changes-feed';
import type { ChangesService } from './changes.service';

/**
 * Serves the Atom feed at `/changes.atom`, beside the `/changes` page it mirrors. It sits on the
 * site router (like sitemap.xml) because Nest's controllers all sit under `/api`.
 */
export function mountChangesFeed(site: express.IRouter, changes: ChangesService, config: AppConfig): void {
  site.get(CHANGES_FEED_PATH, (req, res, next) => {
    feed(req, res, changes, config).catch(next);
  });
}

async function feed(
  req: express.Request,
  res: express.Response,
  changes: ChangesService,
  config: AppConfig,
): Promise<void> {
  const page = await changes.list(1, DEFAULT_PAGE_SIZE);
  const newest = page.items[0]?.number ?? 0;
  // The feed changes only when something is published: the newest publication is its ETag.
  const etag = `"changes-publication-${newest}"`;
  res.setHeader('Content-Type', ATOM_CONTENT_TYPE);
  res.setHeader('Cache-Control', 'public, max-age=300, must-revalidate');
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  res.status(200).send(buildChangesFeed(config.publicUrl.replace(/\/+$/, ''), page.items));
}
