import { Type as NestType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  RestoreRevisionRequest,
  RevisionListQuery,
} from '@careerscope/shared';
import { QueryInt } from './list-query.dto';

const MAX_VERSION = 2_147_483_647;

/** `DELETE /api/<path>/:id?version=N`. */
export class VersionQueryDto {
  @ApiProperty({ minimum: 1, description: 'The version the deletion started from' })
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}

export class RestoreRevisionDto implements RestoreRevisionRequest {
  @ApiProperty({
    minimum: 1,
    description: "The record's current version (for a deleted record, the version its deletion wrote)",
  })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}

export class RevisionListQueryDto implements RevisionListQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = DEFAULT_PAGE_SIZE;
}

/**
 * The update DTO of a record: every create field optional (but, when sent, valid and not null unless
 * the field is nullable), plus the required `version` the edit started from.
 */
export function UpdateRecordDto<TCreate>(
  createDto: NestType<TCreate>,
): NestType<Partial<TCreate> & { version: number }> {
  class UpdateRecordDtoBase extends PartialType(createDto as NestType<object>, {
    skipNullProperties: false,
  }) {
    @ApiProperty({ minimum: 1, description: 'The version this edit started from' })
    @IsInt()
    @Min(1)
    @Max(MAX_VERSION)
    version: number;
  }
  return UpdateRecordDtoBase as NestType<Partial<TCreate> & { version: number }>;
}
