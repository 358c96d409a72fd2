/**
 * Every query parameter a portal page reads. The host's rendered-page cache keys a page by its path
 * and these parameters only, and renders it from that reduced URL: any other parameter (tracking
 * tags, junk) neither makes a new cache entry nor reaches the HTML. A page that starts reading a
 * new parameter must add it here, or it will always be rendered without it.
 *
 * `preview` is not one of them: the host handles it before the cache (a verified session only).
 */
export const PORTAL_QUERY_PARAMS = [
  // home search, comparisons (`o`: occupations compared, `s`: schools compared), state figures
  'q',
  'o',
  's',
  'state',
  'page',
  'sort',
  // careers finder
  'education',
  'minPay',
  'maxPay',
  'growth',
  'bright',
  // school directory
  'occupation',
  'zip',
  'radius',
  'delivery',
  'credential',
  'accreditation',
  'maxCost',
  'closed',
] as const;

export type PortalQueryParam = (typeof PORTAL_QUERY_PARAMS)[number];
