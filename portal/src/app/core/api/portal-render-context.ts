/**
 * What the host passes to each server render (Angular's `REQUEST_CONTEXT`). Only present during
 * server rendering.
 */
export interface PortalRenderContext {
  /** Where server rendering reaches the API, e.g. `http://127.0.0.1:3000` (no trailing path). */
  apiBaseUrl: string;
  /** The site's public origin (`PUBLIC_URL`), for canonical and Open Graph URLs. */
  publicOrigin?: string;
}

export function isPortalRenderContext(value: unknown): value is PortalRenderContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<PortalRenderContext>).apiBaseUrl === 'string'
  );
}
