import { PORTAL_QUERY_PARAMS } from '@careerscope/shared';

import { toCareerQueryParams } from '../../careers/career-query';
import { selectionQuery } from '../../comparison/compare-selection';
import { toQueryParams } from '../../schools/school-query';

/**
 * The host caches a rendered page under its path and PORTAL_QUERY_PARAMS only, and renders it from
 * that URL: a parameter a page reads but the list lacks would be dropped before rendering.
 */
describe('query parameters the pages write into their URLs', () => {
  const known = new Set<string>(PORTAL_QUERY_PARAMS);

  it('are all known to the host: the school directory, every filter set', () => {
    const params = toQueryParams({
      occupation: 'medical-assistant',
      state: 'CA',
      zip: '94110',
      radius: '50',
      delivery: 'online',
      credential: 'certificate',
      accreditation: 'caahep',
      maxCost: '20000',
      sort: 'cost',
      q: 'college',
      closed: '1',
      page: 2,
    });
    expect(Object.keys(params)).toHaveLength(12);
    expect(Object.keys(params).filter((name) => !known.has(name))).toEqual([]);
  });

  it('are all known to the host: the careers finder, every filter set', () => {
    const params = toCareerQueryParams({
      q: 'nurse',
      education: 'bachelors-degree',
      minPay: 40_000,
      maxPay: 90_000,
      growth: 5,
      bright: true,
      state: 'TX',
      sort: 'pay',
      page: 2,
    });
    expect(Object.keys(params)).toHaveLength(9);
    expect(Object.keys(params).filter((name) => !known.has(name))).toEqual([]);
  });

  it('are all known to the host: the ad-hoc comparison', () => {
    expect(Object.keys(selectionQuery(['a', 'b'])).filter((name) => !known.has(name))).toEqual([]);
  });

  it('leave preview to the host', () => {
    expect(known.has('preview')).toBe(false);
  });
});
