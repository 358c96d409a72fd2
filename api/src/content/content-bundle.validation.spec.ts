import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContentBundle } from '@careerscope/shared';
import { validateContentBundle } from './content-bundle.validation';

const seed = (): ContentBundle =>
  JSON.parse(
    readFileSync(resolve(__dirname, '../../seed/careerscope.content.json'), 'utf8'),
  ) as ContentBundle;

describe('validateContentBundle: SOC code periods', () => {
  it('accepts the seed as it is', () => {
    expect(validateContentBundle(seed())).toEqual([]);
  });

  it('reads a file written before SOC code periods were part of the format as having none', () => {
    const bundle = seed();
    for (const occupation of bundle.occupations) {
      delete (occupation as Partial<typeof occupation>).socCodePeriods;
    }
    expect(validateContentBundle(bundle)).toEqual([]);
  });

  it('names a period whose SOC code is malformed, and a list that is not a list', () => {
    const bundle = seed();
    bundle.occupations[0].socCodePeriods = [{ socCode: '292071', fromYear: null, toYear: 2018, note: null }];
    (bundle.occupations[1] as unknown as Record<string, unknown>).socCodePeriods = 'none';
    expect(validateContentBundle(bundle)).toEqual([
      `occupations.${bundle.occupations[0].slug}.socCodePeriods.0: socCode must look like 29-2071`,
      `occupations.${bundle.occupations[1].slug}: "socCodePeriods" must be an array`,
    ]);
  });
});
