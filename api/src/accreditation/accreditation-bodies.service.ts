import { Injectable } from '@nestjs/common';
import {
  ACCREDITATION_BODY_SHAPE,
  type AccreditationBodyRecord,
  type CreateAccreditationBodyRequest,
  defaultsOf,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { OccupationEntity } from '../occupations/occupation.entity';
import { SourceEntity } from '../sources/source.entity';
import { AccreditationBodyEntity } from './accreditation-body.entity';
import { CreateAccreditationBodyDto } from './dto/accreditation-body.dto';

export function toAccreditationBodyRecord(body: AccreditationBodyEntity): AccreditationBodyRecord {
  return recordOf(ACCREDITATION_BODY_SHAPE, body, {
    occupationIds: (body.occupations ?? []).map((occupation) => occupation.id).sort(),
    sourceIds: (body.sources ?? []).map((source) => source.id).sort(),
  });
}

@Injectable()
export class AccreditationBodiesService extends EditableRecordService<
  AccreditationBodyEntity,
  AccreditationBodyRecord,
  CreateAccreditationBodyRequest
> {
  protected readonly config = {
    recordType: 'accreditationBody' as const,
    entity: AccreditationBodyEntity,
    label: 'accreditation body',
    createDto: CreateAccreditationBodyDto,
    defaults: defaultsOf(ACCREDITATION_BODY_SHAPE),
    defaultSort: 'name',
    search: ['name', 'abbreviation', 'slug'] as const,
    relations: { occupations: true, sources: true },
    lists: [
      { field: 'occupationIds' as const, target: OccupationEntity, relation: 'occupations' },
      { field: 'sourceIds' as const, target: SourceEntity, relation: 'sources' },
    ],
  };

  toRecord(body: AccreditationBodyEntity): AccreditationBodyRecord {
    return toAccreditationBodyRecord(body);
  }
}
