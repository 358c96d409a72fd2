import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  CREDENTIAL_LEVELS,
  CredentialLevel,
  DEFAULT_PAGE_SIZE,
  DELIVERY_MODES,
  DeliveryMode,
  MAX_PAGE_SIZE,
  MAX_SCHOOL_RADIUS,
  PublicSchoolFiltersQuery,
  PublicSchoolQuery,
  SCHOOL_SORTS,
  SchoolSort,
  SLUG_PATTERN,
  STATE_CODE_PATTERN,
} from '@careerscope/shared';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PublicSchoolsQueryDto implements PublicSchoolQuery {
  @ApiPropertyOptional({
    description: 'Slug of an occupation: schools with a program that leads to it',
    example: 'medical-assistant',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'occupation must be an occupation slug' })
  occupation?: string;

  @ApiPropertyOptional({ description: 'Two-letter state code (any case)', example: 'CA' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code' })
  state?: string;

  @ApiPropertyOptional({
    description:
      "Five-digit U.S. ZIP code: each school's distance in miles is measured from the ZIP code's centroid (an unknown ZIP code is a 400)",
    example: '75201',
  })
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^[0-9]{5}$/, { message: 'zip must be a five-digit ZIP code' })
  zip?: string;

  @ApiPropertyOptional({
    description: 'Only schools within this many miles of `zip` (needs `zip`)',
    minimum: 1,
    maximum: MAX_SCHOOL_RADIUS,
    example: 50,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'radius must be a whole number of miles' })
  @Min(1, { message: 'radius must be at least 1 mile' })
  @Max(MAX_SCHOOL_RADIUS, { message: `radius must be at most ${MAX_SCHOOL_RADIUS} miles` })
  radius?: number;

  @ApiPropertyOptional({
    enum: DELIVERY_MODES,
    description:
      'How a program is taught. `online` also lists schools outside `state` or `radius`: online programs are open to every state (such items have `onlineElsewhere: true`)',
  })
  @IsOptional()
  @IsIn(DELIVERY_MODES)
  delivery?: DeliveryMode;

  @ApiPropertyOptional({ enum: CREDENTIAL_LEVELS, description: 'The credential a program leads to' })
  @IsOptional()
  @IsIn(CREDENTIAL_LEVELS)
  credential?: CredentialLevel;

  @ApiPropertyOptional({ description: 'Slug of an accreditation body accrediting a program' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'accreditation must be an accreditation body slug' })
  accreditation?: string;

  @ApiPropertyOptional({
    description:
      "Highest yearly cost in dollars: published tuition and required fees (in-district or in-state for a visitor in the school's state, out-of-state otherwise; the visitor's state is the ZIP code's, else `state`) plus books and supplies. Schools that publish no charges are left out",
    minimum: 0,
    example: 15000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'maxCost must be a whole number of dollars' })
  @Min(0, { message: 'maxCost must not be negative' })
  @Max(1_000_000, { message: 'maxCost must be at most 1,000,000' })
  maxCost?: number;

  @ApiPropertyOptional({
    enum: SCHOOL_SORTS,
    description:
      'Order: `distance` nearest first (needs `zip`; the default with one), `cost` lowest yearly cost first, `awards` most awards first, `name` (the default without `zip`). Unknown figures go last',
  })
  @IsOptional()
  @IsIn(SCHOOL_SORTS, { message: `sort must be one of ${SCHOOL_SORTS.join(', ')}` })
  sort?: SchoolSort;

  @ApiPropertyOptional({
    description: "Text in the school's name or city (case-insensitive)",
    maxLength: 100,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description:
      'Also list schools IPEDS reports closed (`closedOn` set), after the open ones. By default they are left out',
    enum: ['1', 'true', '0', 'false'],
  })
  @IsOptional()
  @Transform(({ value }) =>
    value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'includeClosed must be 1 or 0' })
  includeClosed?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = DEFAULT_PAGE_SIZE;
}

/** Query of `GET /api/public/school-filters`: `includeClosed` read as the directory reads it. */
export class PublicSchoolFiltersQueryDto
  extends PickType(PublicSchoolsQueryDto, ['includeClosed'] as const)
  implements PublicSchoolFiltersQuery
{
  @ApiPropertyOptional({
    description:
      'Also offer the values of schools IPEDS reports closed (`closedOn` set). By default only the values of open schools are offered',
    enum: ['1', 'true', '0', 'false'],
  })
  override includeClosed?: boolean;
}

/** Query of `GET /api/public/schools/:slug`. */
export class PublicSchoolPageQueryDto {
  @ApiPropertyOptional({
    description:
      "Five-digit U.S. ZIP code: the answer gives the school's distance from its centroid, and out-of-state tuition when the ZIP code is in another state",
    example: '75201',
  })
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^[0-9]{5}$/, { message: 'zip must be a five-digit ZIP code' })
  zip?: string;
}
