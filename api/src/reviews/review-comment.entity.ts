import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { SnapshotCollection } from '@careerscope/shared';
import { UserEntity } from '../users/user.entity';
import { ReviewEntity } from './review.entity';

/** A comment in a review: on the whole review, on one record of its diff, or on one field. */
@Entity('review_comments')
@Index('review_comments_review', ['reviewId', 'at'])
export class ReviewCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reviewId: string;

  @ManyToOne(() => ReviewEntity, (review) => review.comments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: ReviewEntity;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  collection: SnapshotCollection | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  recordKey: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  recordLabel: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  fieldPath: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  fieldLabel: string | null;
}
