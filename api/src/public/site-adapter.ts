import { createServer } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import express from 'express';
import type { RequestHandler } from './public-fast-path';

/**
 * Nest's Express adapter with the two places the public site needs, both filled by bootstrap.ts:
 *
 * - `site`: the routes served beside the API (SEO files, Atom feed, admin, portal). Express
 *   runs it after every API route and before the API's not-found and error handlers, so a path the
 *   API knows (in any letter case) stays the API's and a failing page gets the API's error answer.
 * - `handleRequestsWith`: what the HTTP server calls for each request, Express unless bootstrap puts
 *   the public fast path in front of it.
 */
export class SiteExpressAdapter extends ExpressAdapter {
  readonly site = express.Router();
  private handler: RequestHandler = this.getInstance<express.Express>();

  constructor() {
    super(express());
  }

  /** The handler the HTTP server calls from now on; it receives the Express instance to pass on to. */
  handleRequestsWith(wrap: (express: RequestHandler) => RequestHandler): void {
    this.handler = wrap(this.getInstance<express.Express>());
  }

  override initHttpServer(options: NestApplicationOptions): void {
    if (options.httpsOptions || options.forceCloseConnections) {
      throw new Error('The site adapter serves plain HTTP and closes connections as Node does');
    }
    this.setHttpServer(createServer((request, response) => this.handler(request, response)));
  }

  override setNotFoundHandler(...args: Parameters<ExpressAdapter['setNotFoundHandler']>): unknown {
    this.use(this.site);
    return super.setNotFoundHandler(...args);
  }
}
