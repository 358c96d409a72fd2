import type { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  ANNUAL_PERCENTILE_FIELDS,
  HOURLY_PERCENTILE_FIELDS,
  percentileOrderBreaks,
} from '@careerscope/shared';

export const WAGE_LABELS: Record<string, string> = {
  employment: 'Employment',
  meanAnnual: 'Mean annual wage',
  meanHourly: 'Mean hourly wage',
  p10Annual: '10th percentile',
  p25Annual: '25th percentile',
  medianAnnual: 'Median',
  p75Annual: '75th percentile',
  p90Annual: '90th percentile',
  p10Hourly: '10th percentile',
  p25Hourly: '25th percentile',
  medianHourly: 'Median',
  p75Hourly: '75th percentile',
  p90Hourly: '90th percentile',
};

const money = (value: number, hourly: boolean): string =>
  `$${value.toLocaleString('en-US', hourly ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {})}`;

function numberAt(group: FormGroup | null, field: string): number | null {
  const value: unknown = group?.get(field)?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * 10th ≤ 25th ≤ median ≤ 75th ≤ 90th, checked on each percentile against the nearest lower one
 * that has a value (a flagged or blank percentile is skipped), so the message sits beside the
 * field that breaks the order.
 */
export function percentileOrder(fields: readonly string[], field: string): ValidatorFn {
  const hourly = field.endsWith('Hourly');
  return (control: AbstractControl): ValidationErrors | null => {
    const group = control.parent as FormGroup | null;
    const valueOf = (name: string): unknown => (name === field ? control.value : numberAt(group, name));
    const problem = percentileOrderBreaks(valueOf, fields).find((found) => found.field === field);
    if (!problem) return null;
    return {
      percentileOrder: {
        message: `The ${WAGE_LABELS[field].toLowerCase()} (${money(problem.value, hourly)}) must be at least the ${WAGE_LABELS[problem.lowerField].toLowerCase()} (${money(problem.lowerValue, hourly)}).`,
      },
    };
  };
}

/**
 * The mean is at least the 10th percentile. It may lie above the 90th: BLS publishes such means where
 * a few wages are very high (skewed pay).
 */
export function meanAtLeastTenthPercentile(meanField: 'meanAnnual' | 'meanHourly'): ValidatorFn {
  const fields = meanField === 'meanAnnual' ? ANNUAL_PERCENTILE_FIELDS : HOURLY_PERCENTILE_FIELDS;
  const hourly = meanField === 'meanHourly';
  return (control: AbstractControl): ValidationErrors | null => {
    const value = typeof control.value === 'number' ? (control.value as number) : null;
    if (value === null) return null;
    const group = control.parent as FormGroup | null;
    const low = numberAt(group, fields[0]);
    if (low !== null && value < low)
      return {
        meanRange: {
          message: `The mean (${money(value, hourly)}) is below the 10th percentile (${money(low, hourly)}).`,
        },
      };
    return null;
  };
}

/** Fields whose rule reads other fields: re-checked whenever any value of the form changes. */
export const CROSS_CHECKED_FIELDS = [
  ...ANNUAL_PERCENTILE_FIELDS,
  ...HOURLY_PERCENTILE_FIELDS,
  'meanAnnual',
  'meanHourly',
] as const;

/** Re-runs the cross-field rules after any change, so fixing the 10th clears the 25th's message. */
export function recheckCrossFields(form: FormGroup): void {
  for (const field of CROSS_CHECKED_FIELDS) {
    const control = form.get(field);
    if (control && control.enabled) control.updateValueAndValidity({ onlySelf: true });
  }
  form.updateValueAndValidity({ emitEvent: false });
}
