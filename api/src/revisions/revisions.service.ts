import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Page, RecordType, RevisionAction, RevisionRecord } from '@careerscope/shared';
import { bulkInsert } from '../database/bulk-insert';
import { RevisionEntity } from './revision.entity';
import { toRevisionRecord } from './revision.mapper';

export interface RevisionEntry {
  recordType: RecordType;
  recordId: string;
  version: number;
  action: RevisionAction;
  userId: string | null;
  before: object | null;
  after: object | null;
}

/** The history of every editable record. Writes happen inside the caller's transaction. */
@Injectable()
export class RevisionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async write(manager: EntityManager, entry: RevisionEntry): Promise<string> {
    const row: Partial<RevisionEntity> = {
      entityType: entry.recordType,
      entityId: entry.recordId,
      version: entry.version,
      action: entry.action,
      userId: entry.userId,
      before: entry.before as Record<string, unknown> | null,
      after: entry.after as Record<string, unknown> | null,
    };
    // jsonb columns typed as records do not fit TypeORM's deep-partial insert type.
    const result = await manager.insert(RevisionEntity, row as never);
    return String(result.identifiers[0].id);
  }

  /** Many revisions in a few statements (imports write thousands at once; see bulkInsert). */
  async writeMany(manager: EntityManager, entries: RevisionEntry[]): Promise<void> {
    await bulkInsert(
      manager,
      RevisionEntity,
      entries.map((entry) => ({
        entityType: entry.recordType,
        entityId: entry.recordId,
        version: entry.version,
        action: entry.action,
        userId: entry.userId,
        before: entry.before as Record<string, unknown> | null,
        after: entry.after as Record<string, unknown> | null,
      })),
    );
  }

  async list(
    recordType: RecordType,
    recordId: string,
    page: number,
    pageSize: number,
  ): Promise<Page<RevisionRecord>> {
    const [revisions, total] = await this.dataSource.getRepository(RevisionEntity).findAndCount({
      where: { entityType: recordType, entityId: recordId },
      relations: { user: true },
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: revisions.map(toRevisionRecord), total, page, pageSize };
  }

  find(
    manager: EntityManager,
    recordType: RecordType,
    recordId: string,
    revisionId: string,
  ): Promise<RevisionEntity | null> {
    return manager.findOneBy(RevisionEntity, { id: revisionId, entityType: recordType, entityId: recordId });
  }

  latest(manager: EntityManager, recordType: RecordType, recordId: string): Promise<RevisionEntity | null> {
    return manager.findOne(RevisionEntity, {
      where: { entityType: recordType, entityId: recordId },
      order: { id: 'DESC' },
    });
  }
}
