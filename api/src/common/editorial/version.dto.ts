import { Type as NestType } from '@nestjs/common';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { RestoreRevisionRequest, RevisionListQuery } from '@careerscope/shared';
import { PageQueryDto, QueryInt } from './list-query.dto';

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

export class RevisionListQueryDto extends PageQueryDto implements RevisionListQuery {}

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
