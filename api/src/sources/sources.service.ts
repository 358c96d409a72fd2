import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CreateSourceRequest, defaultsOf, SOURCE_SHAPE, type SourceRecord } from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { CreateSourceDto } from './dto/source.dto';
import { SourceEntity } from './source.entity';

/** A citation as a release or a file names it; `retrievedOn` defaults to today. */
export type WantedSource = Pick<
  SourceEntity,
  'key' | 'publisher' | 'title' | 'url' | 'referencePeriod' | 'citation'
> & {
  retrievedOn?: string | null;
};

export function toSourceRecord(source: SourceEntity): SourceRecord {
  return recordOf(SOURCE_SHAPE, source);
}

@Injectable()
export class SourcesService extends EditableRecordService<SourceEntity, SourceRecord, CreateSourceRequest> {
  protected readonly config = {
    recordType: 'source' as const,
    entity: SourceEntity,
    label: 'source',
    createDto: CreateSourceDto,
    defaults: defaultsOf(SOURCE_SHAPE),
    defaultSort: 'key',
    search: ['key', 'publisher', 'title', 'citation'] as const,
  };

  protected override title(source: SourceEntity): string {
    return `${source.citation} — ${source.title}`;
  }

  toRecord(source: SourceEntity): SourceRecord {
    return toSourceRecord(source);
  }

  /**
   * The id of the source with this key, created from `wanted` the first time it is needed (a
   * release's citation, an IPEDS directory year) in the caller's transaction, checked and revised as
   * an editor's new source is. `retrievedOn` defaults to today.
   */
  async ensureIn(manager: EntityManager, wanted: WantedSource, userId: string | null): Promise<string> {
    const existing = await manager.findOneBy(SourceEntity, { key: wanted.key });
    if (existing) return existing.id;
    const created = await this.createIn(
      manager,
      { ...wanted, retrievedOn: wanted.retrievedOn ?? new Date().toISOString().slice(0, 10) },
      userId,
    );
    return created.id;
  }
}
