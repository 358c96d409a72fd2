import { ShapeDto } from '../../common/editorial/shape-dto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import {
  CreateSourceRequest,
  SOURCE_SHAPE,
  SOURCE_SORT_FIELDS,
  SourceListQuery,
  UpdateSourceRequest,
} from '@careerscope/shared';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateSourceDto extends ShapeDto(SOURCE_SHAPE) implements CreateSourceRequest {}

export class UpdateSourceDto extends UpdateRecordDto(CreateSourceDto) implements UpdateSourceRequest {}

export class SourceListQueryDto extends ListQueryDto(SOURCE_SORT_FIELDS) implements SourceListQuery {
  @ApiPropertyOptional({ description: 'Exact publisher' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publisher?: string;
}
