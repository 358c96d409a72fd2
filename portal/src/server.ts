import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { AngularNodeAppEngine } from '@angular/ssr/node';

import type { PortalRenderContext } from './app/core/api/portal-render-context';
import { findGlobalStylesheet, inlineStylesheet, withoutModulePreloads } from './server/page-html';

export type { PortalRenderContext } from './app/core/api/portal-render-context';

/** A page as the engine rendered it: the host decides how to send, compress and cache it. */
export interface RenderedPage {
  status: number;
  contentType: string;
  body: string;
}

/**
 * The portal's server entry, for the NestJS host: no HTTP server or Express app of its own. The host
 * loads this bundle (dist/portal/server/server.mjs) with a dynamic import, serves the browser files,
 * then asks the returned function for every other non-API GET. It answers the rendered page, or null
 * when the engine has nothing for the path. The engine class must be this bundle's copy: the one in
 * node_modules has no app manifest.
 *
 * The whole body is read before it is returned: the host stores anonymous pages in its
 * per-publication cache, which needs the bytes anyway, and the pages are small. The global
 * stylesheet is inlined into it and the script preload hints are left out (see `./server/page-html`).
 *
 * Proxy headers are trusted per the engine's default (`X-Forwarded-Host`/`-Proto`) or
 * `NG_TRUST_PROXY_HEADERS`; an untrusted `X-Forwarded-*` header makes the engine serve the
 * browser-only page.
 */
export function createPortalRenderer(options: {
  allowedHosts: string[];
}): (req: IncomingMessage, context: PortalRenderContext) => Promise<RenderedPage | null> {
  const engine = new AngularNodeAppEngine({ allowedHosts: options.allowedHosts });
  // This bundle is dist/portal/server/server.mjs; the browser files are beside it.
  const stylesheet = findGlobalStylesheet(fileURLToPath(new URL('../browser/', import.meta.url)));
  const finish = (html: string) =>
    withoutModulePreloads(stylesheet ? inlineStylesheet(html, stylesheet) : html);

  return async (req, context) => {
    const response = await engine.handle(req, context);
    if (!response) {
      return null;
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'text/html;charset=UTF-8',
      body: finish(await response.text()),
    };
  };
}
