import { Injectable } from '@nestjs/common';
import {
  type CreateEmploymentProjectionRequest,
  defaultsOf,
  EMPLOYMENT_PROJECTION_SHAPE,
  type EmploymentProjectionRecord,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { CreateEmploymentProjectionDto } from './dto/employment-projection.dto';
import { EmploymentProjectionEntity } from './employment-projection.entity';

export function toEmploymentProjectionRecord(
  projection: EmploymentProjectionEntity,
): EmploymentProjectionRecord {
  return recordOf(EMPLOYMENT_PROJECTION_SHAPE, projection);
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
    defaults: defaultsOf(EMPLOYMENT_PROJECTION_SHAPE),
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
