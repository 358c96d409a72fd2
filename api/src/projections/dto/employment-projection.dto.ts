import { ShapeDto } from '../../common/editorial/shape-dto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import {
  CreateEmploymentProjectionRequest,
  EMPLOYMENT_PROJECTION_SHAPE,
  EMPLOYMENT_PROJECTION_SORT_FIELDS,
  EmploymentProjectionListQuery,
  SOC_CODE_PATTERN,
  UpdateEmploymentProjectionRequest,
} from '@careerscope/shared';
import { IdFilter, IntFilter } from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { EqualsDifference, LessThanField } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

export class CreateEmploymentProjectionDto
  extends ShapeDto(EMPLOYMENT_PROJECTION_SHAPE, {
    baseYear: [LessThanField('targetYear')],
    numericChange: [EqualsDifference('targetEmployment', 'baseEmployment')],
  })
  implements CreateEmploymentProjectionRequest {}

export class UpdateEmploymentProjectionDto
  extends UpdateRecordDto(CreateEmploymentProjectionDto)
  implements UpdateEmploymentProjectionRequest {}

export class EmploymentProjectionListQueryDto
  extends ListQueryDto(EMPLOYMENT_PROJECTION_SORT_FIELDS)
  implements EmploymentProjectionListQuery
{
  @ApiPropertyOptional({ example: '31-9092' })
  @IsOptional()
  @Matches(SOC_CODE_PATTERN, { message: 'socCode must be a SOC code like 31-9092' })
  socCode?: string;

  @IntFilter(1900, 2200)
  baseYear?: number;

  @IntFilter(1900, 2200)
  targetYear?: number;

  @IdFilter('source')
  sourceId?: string;
}
