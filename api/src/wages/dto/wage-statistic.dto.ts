import { FieldRules, ShapeDto } from '../../common/editorial/shape-dto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, Matches } from 'class-validator';
import {
  ANNUAL_PERCENTILE_FIELDS,
  AREA_TYPES,
  AreaType,
  CreateWageStatisticRequest,
  HOURLY_PERCENTILE_FIELDS,
  SOC_CODE_PATTERN,
  UpdateWageStatisticRequest,
  WAGE_FLAGS,
  WAGE_STATISTIC_SHAPE,
  WAGE_STATISTIC_SORT_FIELDS,
  WAGE_VALUE_FIELDS,
  WageStatisticListQuery,
} from '@careerscope/shared';
import { EnumFilter, IdFilter, IntFilter } from '../../common/editorial/fields';
import { ListQueryDto } from '../../common/editorial/list-query.dto';
import { Optional } from '../../common/editorial/nullable';
import { AtLeastField, InOrder, IsFlags } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

const annualInOrder = [InOrder(ANNUAL_PERCENTILE_FIELDS)];
const hourlyInOrder = [InOrder(HOURLY_PERCENTILE_FIELDS)];

/** The rules between a wage statistic's fields, and how its flags are checked. */
const WAGE_RULES: FieldRules<typeof WAGE_STATISTIC_SHAPE> = {
  // BLS publishes means above the 90th percentile where a few wages are very high (skewed pay).
  meanAnnual: [AtLeastField('p10Annual')],
  p10Annual: annualInOrder,
  p25Annual: annualInOrder,
  medianAnnual: annualInOrder,
  p75Annual: annualInOrder,
  p90Annual: annualInOrder,
  meanHourly: [AtLeastField('p10Hourly')],
  p10Hourly: hourlyInOrder,
  p25Hourly: hourlyInOrder,
  medianHourly: hourlyInOrder,
  p75Hourly: hourlyInOrder,
  p90Hourly: hourlyInOrder,
  flags: [
    ApiPropertyOptional({
      type: Object,
      description: `Value field → BLS flag (${WAGE_FLAGS.join(', ')}); a flagged value must be null`,
      example: { p90Annual: '#' },
    }),
    Optional(),
    IsObject(),
    IsFlags(WAGE_VALUE_FIELDS, WAGE_FLAGS),
  ],
};

export class CreateWageStatisticDto
  extends ShapeDto(WAGE_STATISTIC_SHAPE, WAGE_RULES)
  implements CreateWageStatisticRequest {}

export class UpdateWageStatisticDto
  extends UpdateRecordDto(CreateWageStatisticDto)
  implements UpdateWageStatisticRequest {}

export class WageStatisticListQueryDto
  extends ListQueryDto(WAGE_STATISTIC_SORT_FIELDS)
  implements WageStatisticListQuery
{
  @ApiPropertyOptional({ example: '31-9092' })
  @IsOptional()
  @Matches(SOC_CODE_PATTERN, { message: 'socCode must be a SOC code like 31-9092' })
  socCode?: string;

  @IntFilter(1900, 2200)
  periodYear?: number;

  @EnumFilter(AREA_TYPES)
  areaType?: AreaType;

  @ApiPropertyOptional({ example: 'US' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'areaCode must be US or a two-letter state code' })
  areaCode?: string;

  @IdFilter('source')
  sourceId?: string;
}
