import { FormControl, FormGroup } from '@angular/forms';
import { ANNUAL_PERCENTILE_FIELDS } from '@careerscope/shared';

import { meanAtLeastTenthPercentile, percentileOrder, recheckCrossFields } from './wage-rules';

function row(values: Partial<Record<string, number | null>>) {
  const controls: Record<string, FormControl<number | null>> = {};
  for (const field of [...ANNUAL_PERCENTILE_FIELDS, 'meanAnnual']) {
    controls[field] = new FormControl<number | null>(values[field] ?? null, {
      validators:
        field === 'meanAnnual'
          ? [meanAtLeastTenthPercentile('meanAnnual')]
          : [percentileOrder(ANNUAL_PERCENTILE_FIELDS, field)],
    });
  }
  const form = new FormGroup(controls);
  recheckCrossFields(form);
  return form;
}

describe('wage rules', () => {
  it('accepts an ordered row and equal neighbours', () => {
    expect(row({ p10Annual: 1, p25Annual: 2, medianAnnual: 2, p75Annual: 3, p90Annual: 4 }).valid).toBe(true);
  });

  it('compares with the nearest lower percentile that has a value', () => {
    const form = row({ p10Annual: 100, p25Annual: null, medianAnnual: 90 });
    expect(form.controls['medianAnnual'].errors).toEqual({
      percentileOrder: { message: 'The median ($90) must be at least the 10th percentile ($100).' },
    });
    expect(form.controls['p25Annual'].errors).toBeNull();
  });

  it('rechecks the higher percentiles when a lower one changes', () => {
    const form = row({ p10Annual: 100, p25Annual: 150 });
    form.controls['p10Annual'].setValue(200);
    recheckCrossFields(form);
    expect(form.controls['p25Annual'].hasError('percentileOrder')).toBe(true);
  });

  it('keeps the mean at or above the 10th percentile, and lets it pass the 90th as BLS publishes', () => {
    expect(row({ p10Annual: 10, p90Annual: 20, meanAnnual: 5 }).controls['meanAnnual'].errors).toEqual({
      meanRange: { message: 'The mean ($5) is below the 10th percentile ($10).' },
    });
    expect(row({ p10Annual: 10, p90Annual: 20, meanAnnual: 15 }).valid).toBe(true);
    expect(row({ p10Annual: 10, p90Annual: 20, meanAnnual: 25 }).valid).toBe(true);
  });
});
