import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  CREDENTIAL_LEVELS,
  CredentialLevel,
  DEFAULT_PAGE_SIZE,
  DELIVERY_MODES,
  DeliveryMode,
  MAX_PAGE_SIZE,
  PublicSchoolQuery,
  SLUG_PATTERN,
  STATE_CODE_PATTERN,
} from '@careerscope/shared';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PublicSchoolsQueryDto implements PublicSchoolQuery {
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'occupation must be an occupation slug' })
  occupation?: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code' })
  state?: string;

  @IsOptional()
  @IsIn(DELIVERY_MODES)
  delivery?: DeliveryMode;

  @IsOptional()
  @IsIn(CREDENTIAL_LEVELS)
  credential?: CredentialLevel;

  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'accreditation must be an accreditation body slug' })
  accreditation?: string;

  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = DEFAULT_PAGE_SIZE;
}
