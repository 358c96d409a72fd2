import { percentileOrderBreaks, type FieldError } from '@careerscope/shared';

type Values = Record<string, unknown>;

const known = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The percentile order (shared with the admin), one problem per out-of-order field. */
export function orderProblems(values: Values, chain: readonly string[]): FieldError[] {
  return percentileOrderBreaks((field) => values[field], chain).map((problem) => ({
    field: problem.field,
    message: `${problem.field} must be at least ${problem.lowerField} (${problem.lowerValue})`,
  }));
}

/** `field` lies within [low, high] where each bound is known. */
export function rangeProblems(values: Values, field: string, low: string, high: string): FieldError[] {
  const value = values[field];
  if (!known(value)) return [];
  if (known(values[low]) && value < values[low]) {
    return [
      { field, message: `${field} must lie within ${low}–${high}: it is below ${low} (${values[low]})` },
    ];
  }
  if (known(values[high]) && value > values[high]) {
    return [
      { field, message: `${field} must lie within ${low}–${high}: it is above ${high} (${values[high]})` },
    ];
  }
  return [];
}

/** `field` < `other` when both are known. */
export function lessThanProblems(values: Values, field: string, other: string): FieldError[] {
  const value = values[field];
  if (!known(value) || !known(values[other]) || value < values[other]) return [];
  return [{ field, message: `${field} must be less than ${other} (${values[other]})` }];
}

/** `field` ≥ `other` when both are known. */
export function atLeastProblems(values: Values, field: string, other: string): FieldError[] {
  const value = values[field];
  if (!known(value) || !known(values[other]) || value >= values[other]) return [];
  return [{ field, message: `${field} must be at least ${other} (${values[other]})` }];
}

/** `field` = `minuend` − `subtrahend` when all three are known. */
export function differenceProblems(
  values: Values,
  field: string,
  minuend: string,
  subtrahend: string,
): FieldError[] {
  const value = values[field];
  const a = values[minuend];
  const b = values[subtrahend];
  if (!known(value) || !known(a) || !known(b) || value === a - b) return [];
  return [{ field, message: `${field} must equal ${minuend} − ${subtrahend} (${a - b})` }];
}

/**
 * A flags object maps value fields to a flag from `allowed`; a flagged value must itself be null
 * (BLS publishes a flag instead of the number).
 */
export function flagProblems(
  values: Values,
  field: string,
  valueFields: readonly string[],
  allowed: readonly string[],
): FieldError[] {
  const flags = values[field];
  if (flags === undefined) return [];
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) {
    return [{ field, message: `${field} must be an object of value field → flag` }];
  }
  const problems: FieldError[] = [];
  for (const [key, flag] of Object.entries(flags)) {
    if (!valueFields.includes(key)) {
      problems.push({ field: `${field}.${key}`, message: `${key} is not a value that can carry a flag` });
    } else if (typeof flag !== 'string' || !allowed.includes(flag)) {
      problems.push({
        field: `${field}.${key}`,
        message: `${field}.${key} must be one of ${allowed.join(', ')}`,
      });
    } else if (values[key] !== null && values[key] !== undefined) {
      problems.push({ field: key, message: `${key} is flagged "${flag}", so its value must be null` });
    }
  }
  return problems;
}

/** At least one of `fields` is given (not null); reported on the first. */
export function oneOfProblems(values: Values, fields: readonly string[]): FieldError[] {
  if (fields.some((field) => values[field] === undefined)) return [];
  if (fields.some((field) => values[field] !== null)) return [];
  return [{ field: fields[0], message: `Give at least one of ${fields.join(', ')}` }];
}

/** `field` and `other` are both given or both null (a latitude needs its longitude). */
export function bothOrNeitherProblems(values: Values, field: string, other: string): FieldError[] {
  const value = values[field];
  const pair = values[other];
  if (value === undefined || pair === undefined) return [];
  if ((value === null) === (pair === null)) return [];
  return [{ field, message: `${field} and ${other} must be given together` }];
}
