import { IsOptional, ValidateIf } from 'class-validator';

/** The field may be null or left out (then it is null); when given, the other rules apply. */
export const Nullable = () => IsOptional();

/** The field may be left out (then it takes its default) but never be null. */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
