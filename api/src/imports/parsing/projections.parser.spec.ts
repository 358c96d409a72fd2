import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_DATA_DIR } from './reference-data';
import { parseProjectionsFile } from './projections.parser';

describe('parseProjectionsFile', () => {
  it('reads Table 1.2 of the 2024–34 workbook with the seed projections', async () => {
    const release = await parseProjectionsFile(
      readFileSync(join(REFERENCE_DATA_DIR, 'bls', 'ep_occupation_2024-34.xlsx')),
      'ep_occupation_2024-34.xlsx',
    );
    expect(release).toMatchObject({ baseYear: 2024, targetYear: 2034, allOccupationsPercentChange: 3.1 });
    expect(release.rows.find((row) => row.socCode === '31-9092')).toMatchObject({
      socTitle: 'Medical assistants',
      baseEmployment: 811000,
      targetEmployment: 912200,
      numericChange: 101200,
      percentChange: 12.5,
    });
    expect(release.rows.find((row) => row.socCode === '29-2072')).toMatchObject({
      baseEmployment: 194800,
      targetEmployment: 208600,
      numericChange: 13800,
      percentChange: 7.1,
    });
  });

  it('reads a crafted CSV with title rows above the header and — for missing values', async () => {
    const csv = [
      'Table 1.2 Occupational projections (Employment in thousands)',
      '',
      '2024 National Employment Matrix title,2024 National Employment Matrix code,Employment, 2024,Employment, 2034,"Employment change, numeric, 2024–34","Employment change, percent, 2024–34"',
      '"Total, all occupations",00-0000,"169,956.1","175,167.9","5,211.8",3.1',
      '        Medical assistants,31-9092,811.0,912.2,101.2,12.5',
      '        Some new occupation,99-9999,—,—,—,—',
      'Source: Employment Projections program,,,,,',
    ].join('\n');
    // The quoted header names keep the commas in "Employment, 2024".
    const fixed = csv.replace('Employment, 2024,Employment, 2034', '"Employment, 2024","Employment, 2034"');
    const release = await parseProjectionsFile(Buffer.from(fixed), 'ep_occupation.csv');
    expect(release.allOccupationsPercentChange).toBe(3.1);
    expect(release.rows.map((row) => row.socCode)).toEqual(['00-0000', '31-9092']);
    expect(release.rows[1]).toMatchObject({ baseEmployment: 811000, numericChange: 101200 });
  });

  it('refuses a workbook without the projections table', async () => {
    await expect(parseProjectionsFile(Buffer.from('a,b\n1,2\n'), 'ep.csv')).rejects.toThrow(
      'not an Employment Projections occupation workbook',
    );
  });
});
