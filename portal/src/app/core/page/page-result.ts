/**
 * What a page's resolver hands its component: the data, or why there is none. Resolvers never throw
 * for an API failure: a navigation error would make the server engine give up on the page.
 */
export type PageResult<T> = { kind: 'ok'; data: T } | { kind: 'not-found' } | { kind: 'unavailable' };
