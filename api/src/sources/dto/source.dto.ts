import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import {
  CreateSourceRequest,
  SOURCE_SORT_FIELDS,
  SourceListQuery,
  UpdateSourceRequest,
} from '@careerscope/shared';
import { DateField, SourceKeyField, TextField, UrlField } from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateSourceDto implements CreateSourceRequest {
  @SourceKeyField()
  key: string;

  @TextField(200)
  publisher: string;

  @TextField(300)
  title: string;

  @UrlField()
  url: string | null;

  @TextField(60, 'nullable')
  referencePeriod: string | null;

  @DateField()
  retrievedOn: string | null;

  @TextField(80)
  citation: string;
}

export class UpdateSourceDto extends UpdateRecordDto(CreateSourceDto) implements UpdateSourceRequest {}

export class SourceListQueryDto extends ListQueryDto(SOURCE_SORT_FIELDS) implements SourceListQuery {
  @ApiPropertyOptional({ description: 'Exact publisher' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publisher?: string;
}
