import {
  EMPLOYMENT_PROJECTION_SHAPE,
  PROGRAM_SHAPE,
  SCHOOL_SHAPE,
  SOURCE_SHAPE,
  WAGE_STATISTIC_SHAPE,
} from '@careerscope/shared';
import { shapeProblems } from './shape-check';

describe('shapeProblems: a row held to its record shape, as bulk writers hold each row they store', () => {
  const wage = {
    socCode: '29-1141',
    socTitle: 'Registered Nurses',
    areaType: 'state',
    areaCode: 'TX',
    areaName: 'Texas',
    referencePeriod: 'May 2024',
    periodYear: 2024,
    employment: 231060,
    medianAnnual: 86130,
    medianHourly: 41.41,
    p90Hourly: null,
    flags: { p90Hourly: '#' },
    sourceId: '4f9c2b1e-8d3a-4c56-9e21-7a0b3c4d5e6f',
  };

  it('finds nothing wrong with a row that obeys every rule, and checks only the fields it holds', () => {
    expect(shapeProblems(WAGE_STATISTIC_SHAPE, wage)).toEqual([]);
    expect(shapeProblems(WAGE_STATISTIC_SHAPE, { medianAnnual: 86130 })).toEqual([]);
  });

  it('names each broken field: length, blank, pattern, enum, null, whole numbers, decimals, range, ids', () => {
    expect(
      shapeProblems(WAGE_STATISTIC_SHAPE, {
        ...wage,
        socTitle: 'x'.repeat(201),
        areaName: '   ',
        areaCode: 'Texas',
        areaType: 'county',
        socCode: null,
        employment: 12.5,
        medianHourly: 41.415,
        medianAnnual: 10_000_001,
        sourceId: 'bls-oews',
      }),
    ).toEqual([
      'socCode must not be null',
      'socTitle must be at most 200 characters',
      'areaType must be one of national, state',
      'areaCode must be US or a two-letter state code',
      'areaName must not be blank',
      'employment must be a whole number',
      'medianAnnual must not be greater than 10000000',
      'medianHourly must have at most 2 decimal places',
      'sourceId must be the id of a record',
    ]);
  });

  it('reads decimals past binary noise (0.1 + 0.2 has one decimal place)', () => {
    expect(shapeProblems(EMPLOYMENT_PROJECTION_SHAPE, { percentChange: 0.1 + 0.2 })).toEqual([]);
    expect(shapeProblems(EMPLOYMENT_PROJECTION_SHAPE, { percentChange: 7.25 })).toEqual([
      'percentChange must have at most 1 decimal places',
    ]);
  });

  it('holds urls, dates, source keys, lists and the read-only figures imports write', () => {
    expect(
      shapeProblems(SOURCE_SHAPE, { key: 'onet-29.3', url: 'ftp://example.org', retrievedOn: '2026-2-1' }),
    ).toEqual(['url must be an http(s) URL', 'retrievedOn must be a date (YYYY-MM-DD)']);
    expect(shapeProblems(SCHOOL_SHAPE, { zip: '8020', sector: -1, handEdited: ['name'] })).toEqual([
      'zip must be five digits',
      'sector must not be less than 0',
    ]);
    expect(shapeProblems(PROGRAM_SHAPE, { awardLevel: 42, handEdited: 'name' })).toEqual([
      `awardLevel must be one of ${PROGRAM_SHAPE.awardLevel.values?.join(', ')}`,
      'handEdited must be a list',
    ]);
  });
});
