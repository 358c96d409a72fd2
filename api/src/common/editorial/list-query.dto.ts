import { Type as NestType } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, ListQuery, MAX_PAGE_SIZE } from '@careerscope/shared';

export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Query-string numbers arrive as text; anything that is not a whole number stays invalid. */
export const QueryInt = () =>
  Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value));

/** The highest page number a list accepts. */
const MAX_PAGE = 100_000;

/** `page` and `pageSize`, the paging of every list (records, revisions, users, audit events, imports). */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = DEFAULT_PAGE_SIZE;
}

export interface ListQueryBase<TSort extends string> extends ListQuery {
  page: number;
  pageSize: number;
  sort?: TSort | `-${TSort}`;
  q?: string;
}

/**
 * The query every list accepts (`page`, `pageSize`, `sort`, `q`), with `sort` limited to the given
 * fields (`field` ascending, `-field` descending). Feature query DTOs extend it with their filters.
 */
export function ListQueryDto<TSort extends string>(
  sortFields: readonly TSort[],
): NestType<ListQueryBase<TSort>> {
  const sorts = sortFields.flatMap((field) => [field, `-${field}`]);

  class ListQueryDtoBase extends PageQueryDto implements ListQueryBase<TSort> {
    @ApiPropertyOptional({ enum: sorts, description: '`field` ascending or `-field` descending' })
    @IsOptional()
    @IsIn(sorts, { message: `sort must be one of ${sorts.join(', ')}` })
    sort?: TSort | `-${TSort}`;

    @ApiPropertyOptional({ description: 'Case-insensitive search in the main text fields', maxLength: 200 })
    @IsOptional()
    @Transform(trimmed)
    @IsString()
    @MaxLength(200)
    q?: string;
  }
  return ListQueryDtoBase;
}

/** Re-exported so feature query DTOs read `@Type(() => Number)` the same way. */
export { Type };
