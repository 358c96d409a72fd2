import type { IncomingMessage, ServerResponse } from 'node:http';
import { AngularNodeAppEngine, writeResponseToNodeResponse } from '@angular/ssr/node';

import type { PortalRenderContext } from './app/core/api/portal-render-context';

export type { PortalRenderContext } from './app/core/api/portal-render-context';

/**
 * The portal's server entry, for the NestJS host: no HTTP server or Express app of its own. The host
 * loads this bundle (dist/portal/server/server.mjs) with a dynamic import, serves the browser files,
 * then hands every other non-API GET to the returned handler. The engine class must be this bundle's
 * copy: the one in node_modules has no app manifest.
 *
 * Proxy headers are trusted per the engine's default (`X-Forwarded-Host`/`-Proto`) or
 * `NG_TRUST_PROXY_HEADERS`; an untrusted `X-Forwarded-*` header makes the engine serve the
 * browser-only page.
 */
export function createPortalRequestHandler(options: {
  allowedHosts: string[];
}): (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
  context: PortalRenderContext,
) => Promise<void> {
  const engine = new AngularNodeAppEngine({ allowedHosts: options.allowedHosts });

  return async (req, res, next, context) => {
    try {
      const response = await engine.handle(req, context);
      if (response) {
        await writeResponseToNodeResponse(response, res);
      } else {
        next();
      }
    } catch (error: unknown) {
      next(error);
    }
  };
}
