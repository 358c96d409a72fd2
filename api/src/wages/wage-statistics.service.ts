import { Injectable } from '@nestjs/common';
import {
  type CreateWageStatisticRequest,
  defaultsOf,
  type FieldError,
  WAGE_STATISTIC_SHAPE,
  type WageStatisticRecord,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { CreateWageStatisticDto } from './dto/wage-statistic.dto';
import { WageStatisticEntity } from './wage-statistic.entity';

export function toWageStatisticRecord(wage: WageStatisticEntity): WageStatisticRecord {
  return recordOf(WAGE_STATISTIC_SHAPE, wage);
}

/** National estimates are for area `US`; state estimates name a state. */
export function areaProblems(input: Pick<CreateWageStatisticRequest, 'areaType' | 'areaCode'>): FieldError[] {
  if (input.areaType === 'national' && input.areaCode !== 'US') {
    return [{ field: 'areaCode', message: 'A national estimate has areaCode US' }];
  }
  if (input.areaType === 'state' && input.areaCode === 'US') {
    return [{ field: 'areaCode', message: 'A state estimate has the two-letter code of its state' }];
  }
  return [];
}

@Injectable()
export class WageStatisticsService extends EditableRecordService<
  WageStatisticEntity,
  WageStatisticRecord,
  CreateWageStatisticRequest
> {
  protected readonly config = {
    recordType: 'wageStatistic' as const,
    entity: WageStatisticEntity,
    label: 'wage statistic',
    createDto: CreateWageStatisticDto,
    defaults: defaultsOf(WAGE_STATISTIC_SHAPE),
    defaultSort: 'socCode',
    search: ['socCode', 'socTitle', 'areaName', 'referencePeriod'] as const,
  };

  toRecord(wage: WageStatisticEntity): WageStatisticRecord {
    return toWageStatisticRecord(wage);
  }

  protected override title(wage: WageStatisticEntity): string {
    return `${wage.socTitle} (${wage.socCode}), ${wage.areaName}, ${wage.referencePeriod}`;
  }

  protected override crossFieldProblems(input: CreateWageStatisticRequest): FieldError[] {
    return areaProblems(input);
  }
}
