import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type express from 'express';
import { CHANGES_FEED_PATH, DEFAULT_PAGE_SIZE } from '@careerscope/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ATOM_CONTENT_TYPE, buildChangesFeed } from './changes-feed';
import { ChangesService } from './changes.service';

/**
 * Serves the Atom feed at `/changes.atom`, beside the `/changes` page it mirrors. Mounted on Express
 * directly (like sitemap.xml) because Nest's controllers all sit under `/api`.
 */
@Injectable()
export class ChangesRoutesService implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly changes: ChangesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter.getInstance<express.Express>();
    app.get(CHANGES_FEED_PATH, (req, res, next) => {
      this.feed(req, res).catch(next);
    });
  }

  private async feed(req: express.Request, res: express.Response): Promise<void> {
    const page = await this.changes.list(1, DEFAULT_PAGE_SIZE);
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
    res.status(200).send(buildChangesFeed(this.config.publicUrl.replace(/\/+$/, ''), page.items));
  }
}
