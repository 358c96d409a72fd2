import { ValueTransformer } from 'typeorm';

/** PostgreSQL returns `numeric` as a string to keep its precision; these values fit a JS number. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
