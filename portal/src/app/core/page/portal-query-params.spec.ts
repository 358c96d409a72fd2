import { PORTAL_QUERY_PARAMS } from '@careerscope/shared';

import { selectionQuery } from '../../comparison/compare-selection';
import { toQueryParams } from '../../schools/school-query';

/**
 * The host caches a rendered page under its path and PORTAL_QUERY_PARAMS only, and renders it from
 * that URL: a parameter a page reads but the list lacks would be dropped before rendering.
 */
describe('query parameters the pages write into their URLs', () => {
  const known = new Set<string>(PORTAL_QUERY_PARAMS);

  it('are all known to the host: the school directory', () => {
    const params = toQueryParams({
      occupation: 'medical-assistant',
      state: 'CA',
      delivery: 'online',
      credential: 'certificate',
      accreditation: 'caahep',
      q: 'college',
      page: 2,
    });
    expect(Object.keys(params).filter((name) => !known.has(name))).toEqual([]);
  });

  it('are all known to the host: the ad-hoc comparison', () => {
    expect(Object.keys(selectionQuery(['a', 'b'])).filter((name) => !known.has(name))).toEqual([]);
  });

  it('leave preview to the host', () => {
    expect(known.has('preview')).toBe(false);
  });
});
