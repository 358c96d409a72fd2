import { Injectable } from '@nestjs/common';
import type { CreateSourceRequest, SourceRecord } from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { editableFields } from '../common/editorial/record.mapper';
import { CreateSourceDto } from './dto/source.dto';
import { SourceEntity } from './source.entity';

export function toSourceRecord(source: SourceEntity): SourceRecord {
  return {
    ...editableFields(source),
    key: source.key,
    publisher: source.publisher,
    title: source.title,
    url: source.url,
    referencePeriod: source.referencePeriod,
    retrievedOn: source.retrievedOn,
    citation: source.citation,
  };
}

@Injectable()
export class SourcesService extends EditableRecordService<SourceEntity, SourceRecord, CreateSourceRequest> {
  protected readonly config = {
    recordType: 'source' as const,
    entity: SourceEntity,
    label: 'source',
    createDto: CreateSourceDto,
    defaults: { url: null, referencePeriod: null, retrievedOn: null },
    defaultSort: 'key',
    search: ['key', 'publisher', 'title', 'citation'] as const,
  };

  protected override title(source: SourceEntity): string {
    return `${source.citation} — ${source.title}`;
  }

  toRecord(source: SourceEntity): SourceRecord {
    return toSourceRecord(source);
  }
}
