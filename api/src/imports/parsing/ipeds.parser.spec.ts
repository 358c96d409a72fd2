import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { REFERENCE_DATA_DIR } from './reference-data';
import {
  ipedsKindOf,
  normalizeWebsite,
  parseCipSocCrosswalk,
  parseIpedsCompletions,
  parseIpedsDirectory,
  parseIpedsPrices,
} from './ipeds.parser';

const ipeds = (name: string) => readFileSync(join(REFERENCE_DATA_DIR, 'ipeds', name));

describe('parseIpedsDirectory', () => {
  it('reads the 2022 directory (Windows-1252) with every institution, its ZIP, place and sector', async () => {
    const release = await parseIpedsDirectory(ipeds('hd2022.csv'), 'hd2022.csv');
    expect(release.year).toBe(2022);
    expect(release.institutions).toHaveLength(6256);
    expect(release.institutions.find((item) => item.unitId === 137096)).toMatchObject({
      unitId: 137096,
      name: 'Santa Fe College',
      city: 'Gainesville',
      state: 'FL',
      website: 'https://www.sfcollege.edu/',
      sector: 1,
      closedOn: null,
    });
    const alabama = release.institutions.find((item) => item.unitId === 100663);
    expect(alabama?.zip).toMatch(/^\d{5}$/);
  });

  it('reads the 2023 directory (UTF-8 with BOM): first five ZIP digits, coordinates, closing dates', async () => {
    const release = await parseIpedsDirectory(ipeds('hd2023.csv'), 'hd2023.csv');
    expect(release.year).toBe(2023);
    expect(release.institutions).toHaveLength(6163);
    const first = release.institutions[0];
    expect(first).toMatchObject({ unitId: 100654, zip: '35762', latitude: 34.783368, state: 'AL' });
    expect(first.longitude).toBeLessThan(-80);
    // 35294-0110 → 35294
    expect(release.institutions[1].zip).toBe('35294');
    const closed = release.institutions.filter((item) => item.closedOn !== null);
    expect(closed.length).toBeGreaterThan(50);
    expect(closed[0].closedOn).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it('decodes accented names from Windows-1252', async () => {
    const csv = iconv.encode(
      'UNITID,INSTNM,CITY,STABBR,WEBADDR\n123456,Universidad Politécnica,San Juan,PR,www.example.edu\n',
      'win1252',
    );
    const {
      institutions: [institution],
    } = await parseIpedsDirectory(csv, 'hd2021.csv');
    expect(institution.name).toBe('Universidad Politécnica');
  });

  it('names the row of a bad UNITID and the columns a file lacks', async () => {
    await expect(
      parseIpedsDirectory(Buffer.from('UNITID,INSTNM,CITY,STABBR\n12x,A,B,CO\n'), 'hd2023.csv'),
    ).rejects.toThrow('Row 2, column UNITID');
    await expect(parseIpedsDirectory(Buffer.from('UNITID,INSTNM\n1,2\n'), 'hd2023.csv')).rejects.toThrow(
      'lacks the columns CITY, STABBR',
    );
  });

  it('adds the scheme IPEDS leaves off', () => {
    expect(normalizeWebsite('gotoltc.edu/')).toBe('https://gotoltc.edu/');
    expect(normalizeWebsite('https://www.nwtc.edu/')).toBe('https://www.nwtc.edu/');
    expect(normalizeWebsite(' ')).toBeNull();
  });
});

describe('parseIpedsCompletions', () => {
  it('reads the first-majors extract, year from the file name', async () => {
    const release = await parseIpedsCompletions(
      ipeds('c2023_a.first-majors.csv'),
      'c2023_a.first-majors.csv',
    );
    expect(release.year).toBe(2023);
    expect(release.awards).toHaveLength(42969);
    expect(release.awards[0]).toEqual({ unitId: 100654, cipCode: '31.0505', awardLevel: 7, completions: 6 });
  });

  it('reads the full C20xx_A layout by header name: other column order, second majors left out', async () => {
    const lines = ipeds('c2022_a.first-majors.csv').toString('utf8').trim().split('\n').slice(1, 4);
    const full = [
      'UNITID,CIPCODE,MAJORNUM,AWLEVEL,XCTOTALT,CTOTALT,XCTOTALM,CTOTALM,XCTOTALW,CTOTALW',
      ...lines.map((line) => {
        const [unit, cip, major, level, total, men, women] = line.split(',');
        return [unit, cip, major, level, 'R', total, 'R', men, 'R', women].join(',');
      }),
      // A second major of the first program and the CIP "99" total the full file carries.
      `${lines[0].split(',')[0]},${lines[0].split(',')[1]},2,${lines[0].split(',')[3]},R,4,R,2,R,2`,
      `${lines[0].split(',')[0]},99,1,7,R,400,R,200,R,200`,
    ].join('\r\n');
    const release = await parseIpedsCompletions(Buffer.from(full), 'c2022_a.csv');
    expect(release.year).toBe(2022);
    expect(release.awards).toEqual([
      { unitId: 100654, cipCode: '31.0505', awardLevel: 7, completions: 10 },
      { unitId: 100654, cipCode: '42.2803', awardLevel: 7, completions: 20 },
      expect.objectContaining({ unitId: Number(lines[2].split(',')[0]) }),
    ]);
  });

  it('names a missing column and asks for the year when the name does not give it', async () => {
    await expect(
      parseIpedsCompletions(Buffer.from('UNITID,CIPCODE,AWLEVEL\n100654,51.0801,2\n'), 'c2023_a.csv'),
    ).rejects.toThrow('lacks the column CTOTALT');
    await expect(
      parseIpedsCompletions(
        Buffer.from('UNITID,CIPCODE,AWLEVEL,CTOTALT\n100654,51.0801,2,3\n'),
        'awards.csv',
      ),
    ).rejects.toThrow('does not say its year');
  });
});

describe('parseIpedsPrices', () => {
  it('adds required fees to tuition and reads `.` as not reported', async () => {
    const release = await parseIpedsPrices(ipeds('ic2022_ay.csv'), 'ic2022_ay.csv');
    expect(release.year).toBe(2022);
    expect(release.prices[0]).toEqual({
      unitId: 100654,
      tuitionInDistrict: 8610 + 1414,
      tuitionInState: 8610 + 1414,
      tuitionOutOfState: 17220 + 1414,
      booksAndSupplies: 1600,
    });
    const unreported = release.prices.filter((price) => price.tuitionInState === null);
    expect(unreported.length).toBeGreaterThan(100);
    expect(unreported.length).toBeLessThan(release.prices.length);
  });
});

describe('parseCipSocCrosswalk', () => {
  it('maps Medical/Clinical Assistant (51.0801) to Medical Assistants (31-9092), titles tidied', async () => {
    const release = await parseCipSocCrosswalk(
      ipeds('cip2020-soc2018-crosswalk.csv'),
      'cip2020-soc2018-crosswalk.csv',
    );
    expect(release.pairs).toContainEqual({
      cipCode: '51.0801',
      cipTitle: 'Medical/Clinical Assistant',
      socCode: '31-9092',
      socTitle: 'Medical Assistants',
    });
    expect(release.pairs.some((pair) => pair.socCode === '99-9999')).toBe(false);
  });
});

describe('ipedsKindOf', () => {
  it('tells the four IPEDS files apart by their header', () => {
    expect(ipedsKindOf(ipeds('hd2022.csv'), 'hd2022.csv')).toBe('ipeds-directory');
    expect(ipedsKindOf(ipeds('c2023_a.first-majors.csv'), 'x.csv')).toBe('ipeds-completions');
    expect(ipedsKindOf(ipeds('ic2022_ay.csv'), 'x.csv')).toBe('ipeds-prices');
    expect(ipedsKindOf(ipeds('cip2020-soc2018-crosswalk.csv'), 'x.csv')).toBe('cip-soc-crosswalk');
    expect(ipedsKindOf(Buffer.from('SOC,Title\n'), 'x.csv')).toBeNull();
  });
});
