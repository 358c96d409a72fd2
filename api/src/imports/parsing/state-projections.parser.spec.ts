import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_DATA_DIR } from './reference-data';
import { parseStateProjectionsFile, projectionPeriodFromFileName } from './state-projections.parser';

const NAME = 'projections-central_long-term_2022-32_all-states.csv';
const HEADER = 'Title,Base,Projected,PercentChange,AvgAnnualOpenings,STFIPS,OccCode';
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'));

describe('parseStateProjectionsFile', () => {
  it('reads the 2022–32 projections of the nation and every state and territory', async () => {
    const release = await parseStateProjectionsFile(
      readFileSync(join(REFERENCE_DATA_DIR, 'bls', NAME)),
      NAME,
    );
    expect(release).toMatchObject({ kind: 'projections-central', baseYear: 2022, targetYear: 2032 });
    const areas = new Set(release.rows.map((row) => row.areaCode));
    expect(areas.size).toBe(55); // the U.S., 50 states, DC, Guam, Puerto Rico and the Virgin Islands
    expect(release.rows.find((row) => row.socCode === '31-9092' && row.areaCode === 'US')).toMatchObject({
      socTitle: 'Medical Assistants',
      areaName: 'U.S.',
      baseEmployment: 764400,
      targetEmployment: 870200,
      percentChange: 13.8,
      averageAnnualOpenings: 114600,
    });
    expect(release.rows.find((row) => row.socCode === '31-9092' && row.areaCode === 'WI')).toMatchObject({
      areaName: 'Wisconsin',
      baseEmployment: 13000,
      percentChange: 18.3,
    });
    expect(
      release.rows.find((row) => row.socCode === '31-9092' && row.areaCode === 'VI')?.percentChange,
    ).toBe(-9.1);
    expect(release.rows.find((row) => row.socCode === '00-0000' && row.areaCode === 'US')).toMatchObject({
      baseEmployment: 164482590,
      percentChange: 2.8,
    });
  });

  it('keeps detailed occupations and the all-occupations total, not the major groups', async () => {
    const release = await parseStateProjectionsFile(
      csv(
        '"Total, All Occupations","2,284,580","2,426,430",6.2,"266,890",1,00-0000',
        'Healthcare Support Occupations,101000,110000,8.9,15000,1,31-0000',
        'Medical Assistants,"12,000","13,000",8.3,,1,31-9092',
      ),
      'long-term_2022-2032.csv',
    );
    expect(release.rows.map((row) => [row.socCode, row.areaCode])).toEqual([
      ['00-0000', 'AL'],
      ['31-9092', 'AL'],
    ]);
    expect(release.rows[1]).toMatchObject({ baseEmployment: 12000, averageAnnualOpenings: null });
  });

  it('needs the period from the file name or the editor', async () => {
    const file = csv('Medical Assistants,12000,13000,8.3,1700,55,31-9092');
    await expect(parseStateProjectionsFile(file, 'projections.csv')).rejects.toThrow(
      'name the period with the upload',
    );
    await expect(
      parseStateProjectionsFile(file, 'projections.csv', { baseYear: 2024, targetYear: 2034 }),
    ).resolves.toMatchObject({ baseYear: 2024, targetYear: 2034 });
  });

  it('names the row and column of an unknown state or a malformed value', async () => {
    await expect(
      parseStateProjectionsFile(csv('Medical Assistants,12000,13000,8.3,1700,3,31-9092'), NAME),
    ).rejects.toThrow('Row 2, column STFIPS: "3" is not the FIPS code of a state or territory');
    await expect(
      parseStateProjectionsFile(csv('Medical Assistants,12000,n/a,8.3,1700,55,31-9092'), NAME),
    ).rejects.toThrow('Row 2, column Projected');
  });

  it('refuses another file', async () => {
    const oews = readFileSync(join(REFERENCE_DATA_DIR, 'bls', 'state_M2024_dl.columns-subset.csv'));
    await expect(parseStateProjectionsFile(oews, NAME)).rejects.toThrow(
      'is not a Projections Central long-term projections file',
    );
    await expect(
      parseStateProjectionsFile(Buffer.from('Title,STFIPS,OccCode\nMedical Assistants,55,31-9092\n'), NAME),
    ).rejects.toThrow(
      'the header lacks the required columns Base, Projected, PercentChange, AvgAnnualOpenings',
    );
  });

  it('reads the period from the names the files go by', () => {
    expect(projectionPeriodFromFileName(NAME)).toEqual({ baseYear: 2022, targetYear: 2032 });
    expect(projectionPeriodFromFileName('LongTerm_2024-2034.csv')).toEqual({
      baseYear: 2024,
      targetYear: 2034,
    });
    expect(projectionPeriodFromFileName('export_2024-01.csv')).toBeNull();
    expect(projectionPeriodFromFileName('projections.csv')).toBeNull();
  });
});
