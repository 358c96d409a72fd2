import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { FieldError, ScheduleStatus } from '@careerscope/shared';
import { UserEntity } from '../users/user.entity';

/**
 * A publish set for a later time. Every instance polls for due ones; an instance claims one with a
 * single conditional UPDATE (`status = 'scheduled' AND due_at <= now()`), so exactly one publishes it.
 * At most one is waiting at a time.
 */
@Entity('publication_schedules')
@Index('publication_schedules_one_waiting', ['waitingSlot'], { unique: true, where: `status = 'scheduled'` })
@Index('publication_schedules_due', ['status', 'dueAt'])
export class PublicationScheduleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  status: ScheduleStatus;

  /** Always true: with the partial unique index, at most one waiting schedule. */
  @Column({ type: 'boolean', default: true })
  waitingSlot: boolean;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'uuid', nullable: true })
  reviewId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  /** Kept for the audit entry of the publish when the user is later deleted. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  createdByEmail: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  publicationNumber: number | null;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  failureFields: FieldError[];

  @VersionColumn()
  version: number;
}
