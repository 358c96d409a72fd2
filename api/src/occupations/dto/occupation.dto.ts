import { ShapeDto } from '../../common/editorial/shape-dto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import {
  CreateOccupationRequest,
  OCCUPATION_SHAPE,
  OCCUPATION_SORT_FIELDS,
  OccupationListQuery,
  SOC_CODE_PATTERN,
  UpdateOccupationRequest,
} from '@careerscope/shared';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateOccupationDto extends ShapeDto(OCCUPATION_SHAPE) implements CreateOccupationRequest {}

export class UpdateOccupationDto
  extends UpdateRecordDto(CreateOccupationDto)
  implements UpdateOccupationRequest {}

export class OccupationListQueryDto
  extends ListQueryDto(OCCUPATION_SORT_FIELDS)
  implements OccupationListQuery
{
  @ApiPropertyOptional({ example: '31-9092' })
  @IsOptional()
  @Matches(SOC_CODE_PATTERN, { message: 'socCode must be a SOC code like 31-9092' })
  socCode?: string;
}
