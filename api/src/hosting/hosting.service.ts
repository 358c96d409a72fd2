import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Inject, Injectable, Logger } from '@nestjs/common';
import express, { IRouter, Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CurrentPublicationService } from '../publications/current-publication.service';
import {
  CachedPage,
  HtmlCache,
  isPreviewUrl,
  pageCacheKey,
  pickEncoding,
  publishedPageUrl,
  toCachedPage,
  withoutPreview,
} from './html-cache';
import { precompressedStatic } from './precompressed-static';

/** A page as the portal's engine rendered it. */
export interface RenderedPage {
  status: number;
  contentType: string;
  body: string;
}

/** Renders the page a request asks for; null when the portal has no such page. */
/** Renders a page; `publication` pins every API call of the render to that publication. */
export type PageRenderer = (req: Request, publication: number | null) => Promise<RenderedPage | null>;

/** What the portal's server bundle (portal/src/server.ts) exports for this host. */
interface PortalServerBundle {
  createPortalRenderer(options: {
    allowedHosts: string[];
  }): (
    req: Request,
    context: { apiBaseUrl: string; publicOrigin: string; publication: number | null },
  ) => Promise<RenderedPage | null>;
}

const REPO_ROOT = resolve(__dirname, '../../..');
export const ADMIN_DIST = join(REPO_ROOT, 'admin/dist/admin/browser');
export const PORTAL_BROWSER_DIST = join(REPO_ROOT, 'portal/dist/portal/browser');
export const PORTAL_SERVER_BUNDLE = join(REPO_ROOT, 'portal/dist/portal/server/server.mjs');

/**
 * Paths the portal does not render: the API, the admin, the SEO files served by SeoModule and the
 * Atom feed served by ChangesModule.
 */
const PORTAL_PATHS = /^(?!\/api(?:\/|$)|\/admin(?:\/|$)|\/sitemap\.xml$|\/robots\.txt$|\/changes\.atom$).*/;

/** Public pages change only when something is published; a CDN may keep them but must revalidate. */
const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, must-revalidate';

/**
 * Serves the built admin under /admin and the server-rendered portal at /, from the same process
 * as the API. bootstrap.ts mounts both on the site router, which runs after the API's routes and
 * before its 404 handler.
 *
 * Rendering a page costs tens of milliseconds of CPU on the one event loop the API shares, so
 * pages are answered from an in-memory cache keyed by the current publication number (a publish
 * changes the number and the cache starts over) and by the URL reduced to the parameters pages
 * read. Only a preview (`?preview=1`) by a verified session is rendered every time and never
 * stored; a preview link without one redirects to the published page. Answers other than 200 are
 * never stored.
 */
@Injectable()
export class HostingService {
  private readonly logger = new Logger('Hosting');
  private readonly cache = new HtmlCache();
  /** Renders in flight, so a burst of requests for one uncached page renders it once. */
  private readonly inFlight = new Map<string, Promise<CachedPage | RenderedPage | null>>();

  constructor(
    private readonly publications: CurrentPublicationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  /** The built admin under /admin; a warning and nothing mounted when it is not built. */
  mountAdmin(app: IRouter): void {
    if (!existsSync(join(ADMIN_DIST, 'index.html'))) {
      this.logger.warn(`The admin is not built (${ADMIN_DIST}); run npm run build`);
      return;
    }
    app.get(/^\/admin$/, (_req, res) => res.redirect(301, '/admin/'));
    app.use('/admin', express.static(ADMIN_DIST, { index: false, maxAge: '1h' }));
    // Deep links into the admin get its index.html; a missing script or stylesheet stays a 404.
    app.get(/^\/admin\/(?!.*\.(?:js|css|map|ico|png|svg|woff2?|json)$).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(ADMIN_DIST, 'index.html'));
    });
  }

  /** The portal's files and server-rendered pages; a warning and nothing mounted when it is not built. */
  async mountPortal(app: IRouter): Promise<void> {
    if (!existsSync(PORTAL_SERVER_BUNDLE)) {
      this.logger.warn(`The portal is not built (${PORTAL_SERVER_BUNDLE}); run npm run build`);
      return;
    }
    // The bundle is an ES module; this file is CommonJS, so it is loaded with a real dynamic import.
    const bundle = (await import(pathToFileURL(PORTAL_SERVER_BUNDLE).href)) as PortalServerBundle;
    const render = bundle.createPortalRenderer({ allowedHosts: this.config.allowedHosts });
    const context = {
      apiBaseUrl: this.config.internalApiUrl,
      publicOrigin: this.config.publicUrl.replace(/\/+$/, ''),
    };
    app.use(precompressedStatic(PORTAL_BROWSER_DIST));
    app.use(express.static(PORTAL_BROWSER_DIST, { index: false, maxAge: '1d' }));
    this.servePages(app, (req, publication) => render(req, { ...context, publication }));
  }

  /** The portal's pages on every path that is not the API's, the admin's or an SEO file. */
  servePages(app: IRouter, render: PageRenderer): void {
    app.get(PORTAL_PATHS, (req, res, next) => {
      this.servePage(req, res, render).catch(next);
    });
  }

  private async servePage(req: Request, res: Response, render: PageRenderer): Promise<void> {
    if (isPreviewUrl(req.originalUrl)) {
      if (await this.auth.userFromRequest(req)) {
        const page = await render(req, null);
        if (!page) return void res.status(404).end();
        res.setHeader('Cache-Control', 'private, no-store');
        return this.send(req, res, page);
      }
      // An expired session or a shared preview link: the published page, at its own URL.
      res.setHeader('Cache-Control', 'private, no-store');
      return res.redirect(302, withoutPreview(req.originalUrl));
    }

    const publication = await this.publications.currentNumber();
    const pageUrl = publishedPageUrl(req.originalUrl);
    if (publication === null) {
      const page = await render(requestFor(req, pageUrl), null);
      if (!page) return void res.status(404).end();
      res.setHeader('Cache-Control', 'private, no-store');
      return this.send(req, res, page);
    }
    const key = pageCacheKey(req.headers, pageUrl);
    const cached = this.cache.get(publication, key);
    if (cached) return this.sendCached(req, res, cached);

    const flight = `${publication} ${key}`;
    let pending = this.inFlight.get(flight);
    if (!pending) {
      // The page reads the publication it is cached under, however many API calls it makes.
      pending = render(requestFor(req, pageUrl), publication)
        .then((page) => {
          if (page?.status !== 200) return page;
          const entry = toCachedPage(page.status, page.contentType, page.body);
          this.cache.set(publication, key, entry);
          return entry;
        })
        .finally(() => this.inFlight.delete(flight));
      this.inFlight.set(flight, pending);
    }
    const page = await pending;
    if (!page) return void res.status(404).end();
    if ('identity' in page) return this.sendCached(req, res, page);
    res.setHeader('Cache-Control', 'no-cache');
    return this.send(req, res, page);
  }

  private sendCached(req: Request, res: Response, page: CachedPage): void {
    res.setHeader('Cache-Control', PUBLIC_PAGE_CACHE_CONTROL);
    res.setHeader('ETag', page.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Type', page.contentType);
    if (req.headers['if-none-match'] === page.etag) {
      return void res.status(304).end();
    }
    const encoding = pickEncoding(req.headers['accept-encoding']);
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.status(page.status).end(encoding ? page[encoding] : page.identity);
  }

  private send(req: Request, res: Response, page: RenderedPage): void {
    res.setHeader('Content-Type', page.contentType);
    res.setHeader('Vary', 'Accept-Encoding');
    res.status(page.status);
    const encoding = pickEncoding(req.headers['accept-encoding']);
    if (encoding && req.method !== 'HEAD') {
      res.setHeader('Content-Encoding', encoding);
      const body = Buffer.from(page.body, 'utf8');
      return void res.end(
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
          : gzipSync(body, { level: 6 }),
      );
    }
    res.end(req.method === 'HEAD' ? undefined : page.body);
  }
}

/**
 * The request as the renderer should see it: the reduced URL, everything else as it came. The
 * cached HTML then depends on nothing the cache key leaves out.
 */
function requestFor(req: Request, url: string): Request {
  return Object.create(req, {
    url: { value: url, enumerable: true },
    originalUrl: { value: url, enumerable: true },
  }) as Request;
}
