import { ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';
import type { FieldError } from '@careerscope/shared';
import {
  atLeastProblems,
  bothOrNeitherProblems,
  differenceProblems,
  flagProblems,
  lessThanProblems,
  orderProblems,
  rangeProblems,
} from './rules';

/**
 * Cross-field rules as property decorators. Each checks the object the property belongs to with a
 * pure rule from `rules.ts`, and is silent while an operand is missing (a partial update): the
 * service checks the whole record again after merging the update into it.
 */
function crossField(
  name: string,
  problemsOf: (values: Record<string, unknown>, property: string) => FieldError[],
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    const property = String(propertyName);
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property,
      options,
      validator: {
        validate: (_value: unknown, args: ValidationArguments) =>
          problemsOf(args.object as Record<string, unknown>, property).length === 0,
        defaultMessage: (args: ValidationArguments) =>
          problemsOf(args.object as Record<string, unknown>, property)
            .map((problem) => problem.message)
            .join('; '),
      },
    });
  };
}

/** This value is at least the nearest known value before it in `chain` (percentile order). */
export const InOrder = (chain: readonly string[], options?: ValidationOptions) =>
  crossField(
    'inOrder',
    (values, property) => orderProblems(values, chain).filter((problem) => problem.field === property),
    options,
  );

/** This value lies within the known values of `low` and `high`. */
export const WithinRange = (low: string, high: string, options?: ValidationOptions) =>
  crossField('withinRange', (values, property) => rangeProblems(values, property, low, high), options);

/** This value is less than `other`. */
export const LessThanField = (other: string, options?: ValidationOptions) =>
  crossField('lessThanField', (values, property) => lessThanProblems(values, property, other), options);

/** This value is at least `other`. */
export const AtLeastField = (other: string, options?: ValidationOptions) =>
  crossField('atLeastField', (values, property) => atLeastProblems(values, property, other), options);

/** This value and `other` are both given or both null. */
export const BothOrNeither = (other: string, options?: ValidationOptions) =>
  crossField('bothOrNeither', (values, property) => bothOrNeitherProblems(values, property, other), options);

/** This value equals `minuend − subtrahend`. */
export const EqualsDifference = (minuend: string, subtrahend: string, options?: ValidationOptions) =>
  crossField(
    'equalsDifference',
    (values, property) => differenceProblems(values, property, minuend, subtrahend),
    options,
  );

/** An object of value field → flag, where each flagged value is null. */
export const IsFlags = (
  valueFields: readonly string[],
  allowed: readonly string[],
  options?: ValidationOptions,
) =>
  crossField('isFlags', (values, property) => flagProblems(values, property, valueFields, allowed), options);
