import { Injectable } from '@nestjs/common';
import {
  emptyWageValues,
  type CreateWageStatisticRequest,
  type FieldError,
  type WageStatisticRecord,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { editableFields } from '../common/editorial/record.mapper';
import { CreateWageStatisticDto } from './dto/wage-statistic.dto';
import { WageStatisticEntity } from './wage-statistic.entity';

export function toWageStatisticRecord(wage: WageStatisticEntity): WageStatisticRecord {
  return {
    ...editableFields(wage),
    socCode: wage.socCode,
    socTitle: wage.socTitle,
    areaType: wage.areaType,
    areaCode: wage.areaCode,
    areaName: wage.areaName,
    referencePeriod: wage.referencePeriod,
    periodYear: wage.periodYear,
    employment: wage.employment,
    meanAnnual: wage.meanAnnual,
    p10Annual: wage.p10Annual,
    p25Annual: wage.p25Annual,
    medianAnnual: wage.medianAnnual,
    p75Annual: wage.p75Annual,
    p90Annual: wage.p90Annual,
    meanHourly: wage.meanHourly,
    p10Hourly: wage.p10Hourly,
    p25Hourly: wage.p25Hourly,
    medianHourly: wage.medianHourly,
    p75Hourly: wage.p75Hourly,
    p90Hourly: wage.p90Hourly,
    flags: wage.flags,
    sourceId: wage.sourceId,
  };
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
    defaults: { ...emptyWageValues(), flags: {} },
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
