import type express from 'express';
import type { SeoDocument, SeoService } from './seo.service';

/**
 * Serves /sitemap.xml and /robots.txt at the site's root. They sit on the site router (like the
 * portal) because every Nest controller sits under the global `/api` prefix.
 */
export function mountSeoRoutes(site: express.IRouter, seo: SeoService): void {
  site.get('/sitemap.xml', (req, res, next) => {
    seo.sitemap().then((doc) => send(req, res, doc), next);
  });
  site.get('/robots.txt', (req, res, next) => {
    seo.robots().then((doc) => send(req, res, doc), next);
  });
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
