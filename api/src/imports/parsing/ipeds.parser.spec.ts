import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { REFERENCE_DATA_DIR } from './reference-data';
import { normalizeWebsite, parseIpedsDirectory } from './ipeds.parser';

describe('parseIpedsDirectory', () => {
  it('reads the 2022 directory (Windows-1252) with every institution', async () => {
    const institutions = await parseIpedsDirectory(
      readFileSync(join(REFERENCE_DATA_DIR, 'ipeds', 'hd2022.csv')),
      'hd2022.csv',
    );
    expect(institutions).toHaveLength(6256);
    expect(institutions.find((item) => item.unitId === 137096)).toEqual({
      unitId: 137096,
      name: 'Santa Fe College',
      city: 'Gainesville',
      state: 'FL',
      website: 'https://www.sfcollege.edu/',
    });
  });

  it('decodes accented names from Windows-1252', async () => {
    const csv = iconv.encode(
      'UNITID,INSTNM,CITY,STABBR,WEBADDR\n123456,Universidad Politécnica,San Juan,PR,www.example.edu\n',
      'win1252',
    );
    const [institution] = await parseIpedsDirectory(csv, 'hd.csv');
    expect(institution.name).toBe('Universidad Politécnica');
  });

  it('names the row of a bad UNITID and refuses a file without the directory columns', async () => {
    await expect(
      parseIpedsDirectory(Buffer.from('UNITID,INSTNM,CITY,STABBR\n12x,A,B,CO\n'), 'hd.csv'),
    ).rejects.toThrow('Row 2, column UNITID');
    await expect(parseIpedsDirectory(Buffer.from('a,b\n1,2\n'), 'hd.csv')).rejects.toThrow('lacks UNITID');
  });

  it('adds the scheme IPEDS leaves off', () => {
    expect(normalizeWebsite('gotoltc.edu/')).toBe('https://gotoltc.edu/');
    expect(normalizeWebsite('https://www.nwtc.edu/')).toBe('https://www.nwtc.edu/');
    expect(normalizeWebsite(' ')).toBeNull();
  });
});
