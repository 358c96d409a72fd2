import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AuditEventType } from '@careerscope/shared';
import { UserEntity } from '../users/user.entity';

/** One security- or publishing-relevant event. Append-only: nothing updates or deletes these rows. */
@Entity('audit_events')
@Index('audit_events_at', ['at'])
@Index('audit_events_type_at', ['type', 'at'])
@Index('audit_events_actor_at', ['actorId', 'at'])
@Index('audit_events_subject', ['subjectType', 'subjectId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  type: AuditEventType;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  /** The actor's email at the time: kept when the user is later deleted. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  subjectType: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  subjectId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
