import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** What the portal's server bundle (portal/src/server.ts) exports for this host. */
interface PortalServerBundle {
  createPortalRequestHandler(options: {
    allowedHosts: string[];
  }): (req: Request, res: Response, next: NextFunction, context: { apiBaseUrl: string }) => Promise<void>;
}

const REPO_ROOT = resolve(__dirname, '../../..');
export const ADMIN_DIST = join(REPO_ROOT, 'admin/dist/admin/browser');
export const PORTAL_BROWSER_DIST = join(REPO_ROOT, 'portal/dist/portal/browser');
export const PORTAL_SERVER_BUNDLE = join(REPO_ROOT, 'portal/dist/portal/server/server.mjs');

/**
 * Serves the built admin under /admin and the server-rendered portal at /, from the same process
 * as the API. Mounted after Nest has registered its routes and before its 404 handler.
 */
@Injectable()
export class HostingService implements OnModuleInit {
  private readonly logger = new Logger('Hosting');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const app = this.adapterHost.httpAdapter.getInstance<express.Express>();
    this.mountAdmin(app);
    await this.mountPortal(app);
  }

  private mountAdmin(app: express.Express): void {
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

  private async mountPortal(app: express.Express): Promise<void> {
    if (!existsSync(PORTAL_SERVER_BUNDLE)) {
      this.logger.warn(`The portal is not built (${PORTAL_SERVER_BUNDLE}); run npm run build`);
      return;
    }
    // The bundle is an ES module; this file is CommonJS, so it is loaded with a real dynamic import.
    const bundle = (await import(pathToFileURL(PORTAL_SERVER_BUNDLE).href)) as PortalServerBundle;
    const render = bundle.createPortalRequestHandler({ allowedHosts: this.config.allowedHosts });
    app.use(express.static(PORTAL_BROWSER_DIST, { index: false, maxAge: '1y', immutable: true }));
    app.get(/^(?!\/api(?:\/|$)|\/admin(?:\/|$)).*/, (req, res, next) => {
      render(req, res, next, { apiBaseUrl: this.config.internalApiUrl }).catch(next);
    });
  }
}
