import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import {
  CreateEmploymentProjectionRequest,
  EMPLOYMENT_PROJECTION_SORT_FIELDS,
  EmploymentProjectionListQuery,
  SOC_CODE_PATTERN,
  UpdateEmploymentProjectionRequest,
} from '@careerscope/shared';
import {
  DecimalField,
  IdField,
  IdFilter,
  IntField,
  IntFilter,
  SocCodeField,
  TextField,
  YearField,
} from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { Optional } from '../../common/editorial/nullable';
import { EqualsDifference, LessThanField } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

const EMPLOYMENT_MAX = 1_000_000_000;

export class CreateEmploymentProjectionDto implements CreateEmploymentProjectionRequest {
  @SocCodeField()
  socCode: string;

  @TextField(200)
  socTitle: string;

  @YearField()
  @LessThanField('targetYear')
  baseYear: number;

  @YearField()
  targetYear: number;

  @IntField(0, EMPLOYMENT_MAX)
  baseEmployment: number;

  @IntField(0, EMPLOYMENT_MAX)
  targetEmployment: number;

  @IntField(-EMPLOYMENT_MAX, EMPLOYMENT_MAX)
  @EqualsDifference('targetEmployment', 'baseEmployment')
  numericChange: number;

  /** Down to −100 % (the occupation disappears); one decimal. */
  @DecimalField(-100, 10_000, 1)
  percentChange: number;

  @DecimalField(-100, 10_000, 1)
  allOccupationsPercentChange: number;

  /** Left out, the projections are the nation's (`US`, United States); never null or blank. */
  @ApiPropertyOptional({ example: 'US', description: '`US` or a two-letter state code' })
  @Optional()
  @Matches(/^[A-Z]{2}$/, { message: 'areaCode must be US or a two-letter state code' })
  areaCode?: string;

  @TextField(60, 'optional')
  @Matches(/\S/, { message: 'areaName must not be blank' })
  areaName?: string;

  @IntField(0, EMPLOYMENT_MAX, 'nullable')
  @IsOptional()
  averageAnnualOpenings?: number | null;

  @IdField()
  sourceId: string;
}

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
