import { Injectable } from '@nestjs/common';
import type { CreateEmploymentProjectionRequest, EmploymentProjectionRecord } from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { editableFields } from '../common/editorial/record.mapper';
import { CreateEmploymentProjectionDto } from './dto/employment-projection.dto';
import { EmploymentProjectionEntity } from './employment-projection.entity';

export function toEmploymentProjectionRecord(
  projection: EmploymentProjectionEntity,
): EmploymentProjectionRecord {
  return {
    ...editableFields(projection),
    socCode: projection.socCode,
    socTitle: projection.socTitle,
    baseYear: projection.baseYear,
    targetYear: projection.targetYear,
    baseEmployment: projection.baseEmployment,
    targetEmployment: projection.targetEmployment,
    numericChange: projection.numericChange,
    percentChange: projection.percentChange,
    allOccupationsPercentChange: projection.allOccupationsPercentChange,
    areaCode: projection.areaCode,
    areaName: projection.areaName,
    averageAnnualOpenings: projection.averageAnnualOpenings,
    sourceId: projection.sourceId,
  };
}

@Injectable()
export class EmploymentProjectionsService extends EditableRecordService<
  EmploymentProjectionEntity,
  EmploymentProjectionRecord,
  CreateEmploymentProjectionRequest
> {
  protected readonly config = {
    recordType: 'employmentProjection' as const,
    entity: EmploymentProjectionEntity,
    label: 'employment projection',
    createDto: CreateEmploymentProjectionDto,
    defaults: {},
    defaultSort: 'socCode',
    search: ['socCode', 'socTitle'] as const,
  };

  toRecord(projection: EmploymentProjectionEntity): EmploymentProjectionRecord {
    return toEmploymentProjectionRecord(projection);
  }

  protected override title(projection: EmploymentProjectionEntity): string {
    return `${projection.socTitle} (${projection.socCode}), ${projection.baseYear}–${projection.targetYear}`;
  }
}
