import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import {
  auditCategoryTypes,
  auditSentence,
  type AuditEventType,
  type AuditEventView,
  type Page,
} from '@careerscope/shared';
import { UserEntity } from '../users/user.entity';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditEventQueryDto } from './dto/audit-event.query';

/**
 * Who did something: a signed-in user, or a name for the system (seed, CLI). Without an email the
 * user's current one is looked up (content saves know only the user's id).
 */
export interface AuditActor {
  id: string | null;
  email?: string | null;
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
    const actorId = input.actor?.id ?? null;
    let actorEmail = input.actor?.email ?? null;
    if (actorEmail === null && actorId !== null) {
      actorEmail =
        (await manager.findOne(UserEntity, { where: { id: actorId }, select: { email: true } }))?.email ??
        null;
    }
    const event = Object.assign(new AuditEventEntity(), {
      type: input.type,
      actorId,
      actorEmail,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      ip: input.ip?.slice(0, 64) ?? null,
      details: input.details ?? {},
    });
    await manager.save(event, { reload: false });
  }

  async list(query: AuditEventQueryDto): Promise<Page<AuditEventView>> {
    const builder = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .leftJoinAndSelect('event.actor', 'actor');
    if (query.type) builder.andWhere('event.type = :type', { type: query.type });
    if (query.category) {
      builder.andWhere('event.type IN (:...types)', { types: auditCategoryTypes(query.category) });
    }
    if (query.actorId) builder.andWhere('event.actorId = :actorId', { actorId: query.actorId });
    if (query.subjectType) {
      builder.andWhere('event.subjectType = :subjectType', { subjectType: query.subjectType });
    }
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
    const subjects = await this.userNames(rows);
    return {
      items: rows.map((row) => toAuditEventView(row, subjects)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Names of the users the events concern, by id, for their sentences. */
  private async userNames(events: AuditEventEntity[]): Promise<Map<string, string>> {
    const ids = [
      ...new Set(
        events
          .filter((event) => event.subjectType === 'user' && event.subjectId)
          .map((event) => event.subjectId as string),
      ),
    ].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (ids.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(users.map((user) => [user.id, user.name]));
  }
}

/** An event as admins read it; `userNames` names the users events concern (by id). */
export function toAuditEventView(
  event: AuditEventEntity,
  userNames: ReadonlyMap<string, string> = new Map(),
): AuditEventView {
  const name = event.actor?.name ?? null;
  const actor =
    event.actorEmail === null && event.actorId === null
      ? null
      : { id: event.actorId, email: event.actorEmail ?? '', name };
  const subjectName =
    event.subjectType === 'user' && event.subjectId ? (userNames.get(event.subjectId) ?? null) : null;
  return {
    id: String(event.id),
    type: event.type,
    at: event.at.toISOString(),
    actor,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    ip: event.ip,
    details: event.details,
    sentence: auditSentence({
      type: event.type,
      actor: actor ? (name ?? (actor.email || null)) : null,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      subjectName,
      details: event.details,
    }),
  };
}
