import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto, QueryInt, trimmed } from '../../common/editorial/list-query.dto';
import {
  IMPORT_ROW_FILTERS,
  type ImportDecisionRequest,
  type ImportRowFilter,
  type ImportRowQuery,
  type ImportUploadFields,
} from '@careerscope/shared';

export class ImportUploadDto implements ImportUploadFields {
  @ApiPropertyOptional({ description: 'Reference year, when the file name does not give it', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1997)
  @Max(2100)
  periodYear?: number;

  @ApiPropertyOptional({ description: 'The O*NET database release a file of it comes from', example: '29.3' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Matches(/^\d{1,2}\.\d{1,2}$/, { message: 'release must be an O*NET release number such as 29.3' })
  release?: string;
}

export class ImportDecisionDto implements ImportDecisionRequest {
  @ApiProperty({ description: 'The version of the import the decision was made on' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ImportListQueryDto extends PageQueryDto {}

/** Which rows of a preview to return: a page of them, filtered on the server. */
export class ImportRowQueryDto extends PageQueryDto implements ImportRowQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(1000)
  override pageSize: number = 100;

  @ApiPropertyOptional({ enum: IMPORT_ROW_FILTERS, default: 'all' })
  @IsOptional()
  @IsIn(IMPORT_ROW_FILTERS)
  show?: ImportRowFilter;

  @ApiPropertyOptional({ description: 'Words of an occupation title, a SOC code or an area' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: "Words of a new occupation's title, its SOC code or slug" })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  newQ?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1, description: 'The page of new occupations' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(100_000)
  newPage: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(1000)
  newPageSize: number = 100;
}
