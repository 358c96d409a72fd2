import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ReviewStatus } from '@careerscope/shared';
import { UserEntity } from '../users/user.entity';
import { ReviewCommentEntity } from './review-comment.entity';

/**
 * A review of the working copy's pending changes. One at a time is open (pending, changes requested
 * or approved): a unique partial index holds that. An approval records what it approved (the hash of
 * the working copy as publishing renders it, and the newest revision then), so a later save voids it.
 */
@Entity('reviews')
@Index('reviews_one_open', ['openSlot'], {
  unique: true,
  where: `status IN ('pending', 'changes_requested', 'approved')`,
})
@Index('reviews_submitted_at', ['submittedAt'])
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  status: ReviewStatus;

  /** Always true: with the partial unique index, at most one open review. */
  @Column({ type: 'boolean', default: true })
  openSlot: boolean;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  /** SHA-256 of the working copy as publishing renders it, at approval. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  approvedHash: string | null;

  /** The newest revision id at approval (0 when there were none). */
  @Column({ type: 'bigint', nullable: true })
  approvedRevisionId: string | null;

  @Column({ type: 'text', nullable: true })
  voidReason: string | null;

  @Column({ type: 'integer', nullable: true })
  publicationNumber: number | null;

  @OneToMany(() => ReviewCommentEntity, (comment) => comment.review)
  comments?: ReviewCommentEntity[];
}
