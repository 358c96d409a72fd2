import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  CATALOGUE_SORTS,
  type CatalogueSort,
  type PublicOccupationQuery,
  SLUG_PATTERN,
  STATE_CODE_PATTERN,
} from '@careerscope/shared';
import { QueryInt, trimmed } from '../../common/editorial/list-query.dto';

/** Every occupation of the catalogue fits one page. */
export const MAX_CATALOGUE_PAGE_SIZE = 500;

/** `GET /api/public/occupations`: the occupation finder's filters, sort and page. */
export class PublicOccupationsQueryDto implements PublicOccupationQuery {
  @ApiPropertyOptional({ description: 'Words of a title or an alternate title ("nurse", "CNA")' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: 'Typical entry education, as a slug',
    example: 'postsecondary-nondegree-award',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'education must be an education level slug' })
  education?: string;

  @ApiPropertyOptional({ description: 'Lowest median annual pay, dollars' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  minPay?: number;

  @ApiPropertyOptional({ description: 'Highest median annual pay, dollars' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  maxPay?: number;

  @ApiPropertyOptional({ description: 'Lowest projected growth over the decade, percent' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(-100)
  @Max(1000)
  growth?: number;

  @ApiPropertyOptional({ description: 'Only occupations with the bright outlook mark', enum: ['1', 'true'] })
  @IsOptional()
  @Transform(({ value }) =>
    value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'bright must be 1 or 0' })
  bright?: boolean;

  @ApiPropertyOptional({ description: 'Two-letter state: pay and growth are that state’s where published' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(STATE_CODE_PATTERN, { message: 'state must be a two-letter state code' })
  state?: string;

  @ApiPropertyOptional({ enum: CATALOGUE_SORTS, description: 'Default: relevance with `q`, else title' })
  @IsOptional()
  @IsIn(CATALOGUE_SORTS)
  sort?: CatalogueSort;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CATALOGUE_PAGE_SIZE, default: 20 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(MAX_CATALOGUE_PAGE_SIZE)
  pageSize: number = 20;
}
