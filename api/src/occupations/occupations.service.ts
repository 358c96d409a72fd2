import { Injectable } from '@nestjs/common';
import {
  type CreateOccupationRequest,
  defaultsOf,
  OCCUPATION_SHAPE,
  type OccupationRecord,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { CreateOccupationDto } from './dto/occupation.dto';
import { OccupationEntity } from './occupation.entity';

export function toOccupationRecord(occupation: OccupationEntity): OccupationRecord {
  return recordOf(OCCUPATION_SHAPE, occupation);
}

@Injectable()
export class OccupationsService extends EditableRecordService<
  OccupationEntity,
  OccupationRecord,
  CreateOccupationRequest
> {
  protected readonly config = {
    recordType: 'occupation' as const,
    entity: OccupationEntity,
    label: 'occupation',
    createDto: CreateOccupationDto,
    defaults: defaultsOf(OCCUPATION_SHAPE),
    defaultSort: 'title',
    search: ['title', 'shortTitle', 'slug', 'socCode', 'socTitle'] as const,
  };

  toRecord(occupation: OccupationEntity): OccupationRecord {
    return toOccupationRecord(occupation);
  }
}
