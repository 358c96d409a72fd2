import { publisherShortName, sourceCitationName } from './source-citation.js';

const BLS = 'U.S. Bureau of Labor Statistics';

describe('sourceCitationName', () => {
  it('names BLS wage data by program and reference period, not by the year it was filed', () => {
    expect(
      sourceCitationName({
        publisher: BLS,
        title: 'Occupational Employment and Wage Statistics: National estimates, May 2025',
        referencePeriod: 'May 2025',
        citation: 'BLS 2026',
      }),
    ).toBe('BLS, OEWS May 2025');
  });

  it('names projections by their decade', () => {
    expect(
      sourceCitationName({
        publisher: BLS,
        title: 'Employment Projections: Occupational projections, 2024–34 (Table 1.2)',
        referencePeriod: '2024–34',
        citation: 'BLS 2025',
      }),
    ).toBe('BLS, Employment Projections 2024–34');
  });

  it('uses the initials a publisher gives in parentheses, and keeps the filed label without a period', () => {
    expect(publisherShortName('American Association of Medical Assistants (AAMA)')).toBe('AAMA');
    expect(
      sourceCitationName({
        publisher: 'Practice Management Institute',
        title: 'CMAA',
        referencePeriod: null,
        citation: 'PMI',
      }),
    ).toBe('PMI');
  });
});
