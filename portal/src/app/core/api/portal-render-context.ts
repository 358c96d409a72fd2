/**
 * What the host passes to each server render (Angular's `REQUEST_CONTEXT`). Only present during
 * server rendering.
 */
export interface PortalRenderContext {
  /** Where server rendering reaches the API, e.g. `http://127.0.0.1:3000` (no trailing path). */
  apiBaseUrl: string;
  /** The site's public origin (`PUBLIC_URL`), for canonical and Open Graph URLs. */
  publicOrigin?: string;
  /**
   * The publication this page is rendered from (the host caches the page under it): every API call of
   * the render asks for it. Null or absent (signed-in visitors, previews): the render pins the first
   * publication the API answers with.
   */
  publication?: number | null;
}

export function isPortalRenderContext(value: unknown): value is PortalRenderContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<PortalRenderContext>).apiBaseUrl === 'string'
  );
}
