import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Presence } from '@careerscope/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsISO8601,
  IsNumber,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { FIELD_PATTERNS, MARKDOWN_MAX_LENGTH, SLUG_MAX_LENGTH } from '@careerscope/shared';
import { QueryInt } from './list-query.dto';
import { Nullable, Optional } from './nullable';

/**
 * Field decorators for the editorial DTOs: each states the type, limits and presence of one kind of
 * field once (class-validator rules and the OpenAPI description together). `ShapeDto` picks them
 * from the kinds a record's shape declares; see `Presence` for what presence means.
 */
export type { Presence };

const patternOf = (pattern: { regex: RegExp; message: string }) =>
  Matches(pattern.regex, { message: `$property ${pattern.message}` });

const INT_MAX = 2_147_483_647;

function presence(kind: Presence, api: Record<string, unknown>) {
  if (kind === 'required') return [ApiProperty(api)];
  if (kind === 'optional') return [ApiPropertyOptional(api), Optional()];
  return [ApiPropertyOptional({ ...api, nullable: true }), Nullable()];
}

export const SlugField = (kind: Presence = 'required') =>
  applyDecorators(
    ...presence(kind, { type: String, example: 'certified-medical-assistant', maxLength: SLUG_MAX_LENGTH }),
    IsString(),
    MaxLength(SLUG_MAX_LENGTH),
    patternOf(FIELD_PATTERNS.slug),
  );

/**
 * A source's key: a slug whose words may also be joined by dots, as release numbers are written
 * (`onet-29.3`, the key the O*NET importer files its release under).
 */
export const SourceKeyField = () =>
  applyDecorators(
    ...presence('required', { type: String, example: 'onet-29.3', maxLength: SLUG_MAX_LENGTH }),
    IsString(),
    MaxLength(SLUG_MAX_LENGTH),
    patternOf(FIELD_PATTERNS.sourceKey),
  );

/** A one-line text of at most `max` characters; text that cannot be null must not be blank either. */
export const TextField = (max: number, kind: Presence = 'required') =>
  applyDecorators(
    ...presence(kind, { type: String, maxLength: max }),
    IsString(),
    ...(kind !== 'nullable' ? [MinLength(1), Matches(/\S/, { message: '$property must not be blank' })] : []),
    MaxLength(max),
  );

/** Markdown prose; rendered to sanitized HTML wherever it is shown. */
export const MarkdownField = (kind: Presence = 'optional') =>
  applyDecorators(
    ...presence(kind, { type: String, description: 'Markdown', maxLength: MARKDOWN_MAX_LENGTH }),
    IsString(),
    MaxLength(MARKDOWN_MAX_LENGTH),
  );

/** The id (uuid) of another record; a 400 field error when no such record exists. */
export const IdField = (kind: Presence = 'required') =>
  applyDecorators(...presence(kind, { type: String, format: 'uuid' }), IsUUID('all'));

/** Ids of other records, no duplicates. */
export const IdListField = (kind: Presence = 'optional', max = 100) =>
  applyDecorators(
    ...presence(kind, { type: [String], format: 'uuid' }),
    IsArray(),
    ArrayMaxSize(max),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );

export const StringListField = (maxItems = 100, maxLength = 300) =>
  applyDecorators(
    ...presence('optional', { type: [String], maxItems }),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MinLength(1, { each: true }),
    MaxLength(maxLength, { each: true }),
  );

export const IntField = (min: number, max: number = INT_MAX, kind: Presence = 'required') =>
  applyDecorators(
    ...presence(kind, { type: Number, minimum: min, maximum: max }),
    IsInt(),
    Min(min),
    Max(max),
  );

/** A number with at most `decimals` decimal places within [min, max]. */
export const DecimalField = (min: number, max: number, decimals: number, kind: Presence = 'required') =>
  applyDecorators(
    ...presence(kind, { type: Number, minimum: min, maximum: max }),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: decimals }),
    Min(min),
    Max(max),
  );

export const PositionField = () => IntField(0, 100_000, 'optional');

export const YearField = () => IntField(1900, 2200);

export const EnumField = (values: readonly (string | number)[], kind: Presence = 'required') =>
  applyDecorators(
    ...presence(kind, { enum: values }),
    IsIn(values, { message: `$property must be one of ${values.join(', ')}` }),
  );

export const SocCodeField = () =>
  applyDecorators(
    ApiProperty({ type: String, example: '31-9092' }),
    IsString(),
    patternOf(FIELD_PATTERNS.socCode),
  );

export const UrlField = (kind: Presence = 'nullable') =>
  applyDecorators(
    ...presence(kind, { type: String, format: 'uri', maxLength: 500 }),
    IsString(),
    MaxLength(500),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: '$property must be an http(s) URL' },
    ),
  );

/** A calendar date, YYYY-MM-DD. */
export const DateField = (kind: Presence = 'nullable') =>
  applyDecorators(
    ...presence(kind, { type: String, format: 'date' }),
    IsString(),
    patternOf(FIELD_PATTERNS.date),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );

/** A list filter naming another record by id. */
export const IdFilter = (name: string) =>
  applyDecorators(
    ApiPropertyOptional({ format: 'uuid', description: `Only records of this ${name}` }),
    IsOptional(),
    IsUUID('all'),
  );

/** A list filter matching one value of a set. */
export const EnumFilter = (values: readonly string[]) =>
  applyDecorators(
    ApiPropertyOptional({ enum: values }),
    IsOptional(),
    IsIn(values, { message: `$property must be one of ${values.join(', ')}` }),
  );

/** A list filter matching a text exactly. */
export const TextFilter = (max: number) =>
  applyDecorators(ApiPropertyOptional({ maxLength: max }), IsOptional(), IsString(), MaxLength(max));

/** A list filter matching a whole number (query strings arrive as text). */
export const IntFilter = (min: number, max: number) =>
  applyDecorators(
    ApiPropertyOptional({ type: Number, minimum: min, maximum: max }),
    IsOptional(),
    QueryInt(),
    IsInt(),
    Min(min),
    Max(max),
  );
