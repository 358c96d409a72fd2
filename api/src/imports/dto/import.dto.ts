import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/editorial/list-query.dto';
import type { ImportDecisionRequest, ImportUploadFields } from '@careerscope/shared';

export class ImportUploadDto implements ImportUploadFields {
  @ApiPropertyOptional({ description: 'Reference year, when the file name does not give it', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1997)
  @Max(2100)
  periodYear?: number;
}

export class ImportDecisionDto implements ImportDecisionRequest {
  @ApiProperty({ description: 'The version of the import the decision was made on' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ImportListQueryDto extends PageQueryDto {}
