import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import type { AuditEventType, AuditEventView, Page } from '@careerscope/shared';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditEventQueryDto } from './dto/audit-event.query';

/** Who did something: a signed-in user, or a name for the system (seed, CLI). */
export interface AuditActor {
  id: string | null;
  email: string;
}

export interface AuditRecordInput {
  type: AuditEventType;
  actor?: AuditActor | null;
  subjectType?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** The audit log: other features record events; admins read them. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one event. Pass the transaction's manager when the event belongs to a change, so both are
   * written or neither.
   */
  async record(input: AuditRecordInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const event = Object.assign(new AuditEventEntity(), {
      type: input.type,
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      ip: input.ip?.slice(0, 64) ?? null,
      details: input.details ?? {},
    });
    await manager.save(event, { reload: false });
  }

  async list(query: AuditEventQueryDto): Promise<Page<AuditEventView>> {
    const builder = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event');
    if (query.type) builder.andWhere('event.type = :type', { type: query.type });
    if (query.userId) {
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('event.actorId = :userId')
            .orWhere("(event.subjectType = 'user' AND event.subjectId = CAST(:userId AS varchar))"),
        ),
        { userId: query.userId },
      );
    }
    if (query.from) builder.andWhere('event.at >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('event.at < :to', { to: new Date(query.to) });
    const [rows, total] = await builder
      .orderBy('event.at', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toAuditEventView), total, page: query.page, pageSize: query.pageSize };
  }
}

export function toAuditEventView(event: AuditEventEntity): AuditEventView {
  return {
    id: String(event.id),
    type: event.type,
    at: event.at.toISOString(),
    actor:
      event.actorEmail === null && event.actorId === null
        ? null
        : { id: event.actorId, email: event.actorEmail ?? '' },
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    ip: event.ip,
    details: event.details,
  };
}
