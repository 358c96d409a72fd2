import { ApiPropertyOptional } from '@nestjs/swagger';
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

  @ApiPropertyOptional({ enum: DELIVERY_MODES, description: 'How a program is taught' })
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
    description: "Text in the school's name or city (case-insensitive)",
    maxLength: 100,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

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
