import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type express from 'express';
import { type SeoDocument, SeoService } from './seo.service';

/**
 * Serves /sitemap.xml and /robots.txt at the site's root. They are mounted on Express directly
 * (like the portal) because every Nest controller sits under the global `/api` prefix.
 */
@Injectable()
export class SeoRoutesService implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly seo: SeoService,
  ) {}

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter.getInstance<express.Express>();
    app.get('/sitemap.xml', (req, res, next) => {
      this.seo.sitemap().then((doc) => send(req, res, doc), next);
    });
    app.get('/robots.txt', (req, res, next) => {
      this.seo.robots().then((doc) => send(req, res, doc), next);
    });
  }
}

/** Both change only when something is published: the publication number is their ETag. */
function send(req: express.Request, res: express.Response, doc: SeoDocument): void {
  res.setHeader('Content-Type', doc.contentType);
  res.setHeader('Cache-Control', 'public, max-age=300, must-revalidate');
  if (doc.publicationNumber !== null) {
    const etag = `"seo-publication-${doc.publicationNumber}"`;
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
  }
  res.status(200).send(doc.body);
}
