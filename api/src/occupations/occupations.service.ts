import { Injectable } from '@nestjs/common';
import type { CreateOccupationRequest, OccupationRecord } from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { editableFields } from '../common/editorial/record.mapper';
import { CreateOccupationDto } from './dto/occupation.dto';
import { OccupationEntity } from './occupation.entity';

export function toOccupationRecord(occupation: OccupationEntity): OccupationRecord {
  return {
    ...editableFields(occupation),
    slug: occupation.slug,
    title: occupation.title,
    shortTitle: occupation.shortTitle,
    socCode: occupation.socCode,
    socTitle: occupation.socTitle,
    socNoteMarkdown: occupation.socNoteMarkdown,
    summaryMarkdown: occupation.summaryMarkdown,
    dutiesMarkdown: occupation.dutiesMarkdown,
    skills: occupation.skills,
    skillsSourceId: occupation.skillsSourceId,
    specializations: occupation.specializations,
    specializationsSourceId: occupation.specializationsSourceId,
  };
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
    defaults: {
      socNoteMarkdown: '',
      dutiesMarkdown: '',
      skills: [],
      skillsSourceId: null,
      specializations: [],
      specializationsSourceId: null,
    },
    defaultSort: 'title',
    search: ['title', 'shortTitle', 'slug', 'socCode', 'socTitle'] as const,
  };

  toRecord(occupation: OccupationEntity): OccupationRecord {
    return toOccupationRecord(occupation);
  }
}
