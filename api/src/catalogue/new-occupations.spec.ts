import { DEFAULT_CATALOGUE_SCOPE } from '@careerscope/shared';
import { proposeNewOccupations } from './new-occupations';

describe('proposeNewOccupations', () => {
  const rows = [
    { socCode: '29-1141', socTitle: 'Registered Nurses' },
    { socCode: '29-1141', socTitle: 'Registered Nurses' },
    { socCode: '31-9092', socTitle: 'Medical Assistants' },
    { socCode: '29-2072', socTitle: 'Medical Records Specialists' },
    { socCode: '29-0000', socTitle: 'Healthcare Practitioners and Technical Occupations' },
    { socCode: '15-1252', socTitle: 'Software Developers' },
    { socCode: '11-9111', socTitle: 'Medical and Health Services Managers' },
  ];

  it('offers in-scope detailed codes no occupation covers, once each, titled as BLS titles them', () => {
    const proposed = proposeNewOccupations(rows, DEFAULT_CATALOGUE_SCOPE, new Set(['31-9092']), new Set());
    expect(proposed).toEqual([
      {
        socCode: '11-9111',
        title: 'Medical and Health Services Managers',
        slug: 'medical-and-health-services-managers',
      },
      { socCode: '29-2072', title: 'Medical Records Specialists', slug: 'medical-records-specialists' },
      { socCode: '29-1141', title: 'Registered Nurses', slug: 'registered-nurses' },
    ]);
  });

  it('matches a code an occupation was measured by in another year, instead of duplicating it', () => {
    // Medical coders: 29-2072 today, 29-2071 until 2018 (an SOC code period).
    const proposed = proposeNewOccupations(
      [{ socCode: '29-2071', socTitle: 'Medical Records and Health Information Technicians' }],
      DEFAULT_CATALOGUE_SCOPE,
      new Set(['29-2072', '29-2071']),
      new Set(),
    );
    expect(proposed).toEqual([]);
  });

  it('gives a new slug when the title’s slug is taken', () => {
    const proposed = proposeNewOccupations(
      [{ socCode: '29-1141', socTitle: 'Registered Nurses' }],
      DEFAULT_CATALOGUE_SCOPE,
      new Set(),
      new Set(['registered-nurses']),
    );
    expect(proposed[0].slug).toBe('registered-nurses-2');
  });
});
