import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  IpedsInstitutionQuery,
  IpedsSchoolRequest,
  SLUG_PATTERN,
  STATE_CODE_PATTERN,
} from '@careerscope/shared';

export class IpedsInstitutionQueryDto implements IpedsInstitutionQuery {
  @ApiPropertyOptional({ description: 'Part of the name or the city, or a whole UNITID' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code' })
  state?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}

export class IpedsSchoolDto implements IpedsSchoolRequest {
  @ApiPropertyOptional({ description: 'Slug for a new listing; made from the name when omitted' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(120)
  slug?: string;

  @ApiPropertyOptional({ description: 'The listing’s current version, to refresh an existing one' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
