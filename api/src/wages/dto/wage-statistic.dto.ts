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
  WAGE_STATISTIC_SORT_FIELDS,
  WAGE_VALUE_FIELDS,
  WageFlag,
  WageStatisticListQuery,
  WageValueField,
} from '@careerscope/shared';
import {
  DecimalField,
  EnumField,
  EnumFilter,
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
import { AtLeastField, InOrder, IsFlags } from '../../common/editorial/validators';
import { UpdateRecordDto } from '../../common/editorial/version.dto';

const ANNUAL_MAX = 10_000_000;
const HOURLY_MAX = 999_999.99;

const Annual = () => IntField(0, ANNUAL_MAX, 'nullable');
const Hourly = () => DecimalField(0, HOURLY_MAX, 2, 'nullable');

export class CreateWageStatisticDto implements CreateWageStatisticRequest {
  @SocCodeField()
  socCode: string;

  @TextField(200)
  socTitle: string;

  @EnumField(AREA_TYPES)
  areaType: AreaType;

  @TextField(10)
  @Matches(/^[A-Z]{2}$/, { message: 'areaCode must be US or a two-letter state code' })
  areaCode: string;

  @TextField(120)
  areaName: string;

  @TextField(40)
  referencePeriod: string;

  @YearField()
  periodYear: number;

  @IntField(0, 2_147_483_647, 'nullable')
  employment: number | null;

  @Annual()
  // BLS publishes means above the 90th percentile where a few wages are very high (skewed pay).
  @AtLeastField('p10Annual')
  meanAnnual: number | null;

  @Annual()
  @InOrder(ANNUAL_PERCENTILE_FIELDS)
  p10Annual: number | null;

  @Annual()
  @InOrder(ANNUAL_PERCENTILE_FIELDS)
  p25Annual: number | null;

  @Annual()
  @InOrder(ANNUAL_PERCENTILE_FIELDS)
  medianAnnual: number | null;

  @Annual()
  @InOrder(ANNUAL_PERCENTILE_FIELDS)
  p75Annual: number | null;

  @Annual()
  @InOrder(ANNUAL_PERCENTILE_FIELDS)
  p90Annual: number | null;

  @Hourly()
  @AtLeastField('p10Hourly')
  meanHourly: number | null;

  @Hourly()
  @InOrder(HOURLY_PERCENTILE_FIELDS)
  p10Hourly: number | null;

  @Hourly()
  @InOrder(HOURLY_PERCENTILE_FIELDS)
  p25Hourly: number | null;

  @Hourly()
  @InOrder(HOURLY_PERCENTILE_FIELDS)
  medianHourly: number | null;

  @Hourly()
  @InOrder(HOURLY_PERCENTILE_FIELDS)
  p75Hourly: number | null;

  @Hourly()
  @InOrder(HOURLY_PERCENTILE_FIELDS)
  p90Hourly: number | null;

  @ApiPropertyOptional({
    description: `Value field → BLS flag (${WAGE_FLAGS.join(', ')}); a flagged value must be null`,
    example: { p90Annual: '#' },
  })
  @Optional()
  @IsObject()
  @IsFlags(WAGE_VALUE_FIELDS, WAGE_FLAGS)
  flags: Partial<Record<WageValueField, WageFlag>>;

  @IdField()
  sourceId: string;
}

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
