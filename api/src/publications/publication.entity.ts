import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import type { StoredManifest } from './publication-store';

/**
 * An immutable, numbered snapshot of everything public, stored as a manifest of records that
 * publications share (see publication-store.ts). The newest one is what the portal and the
 * public API serve; rolling back publishes an earlier snapshot again under a new number.
 */
@Entity('publications')
export class PublicationEntity {
  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;

  /** When this publication re-published an earlier one (a rollback), that one's number. */
  @Column({ type: 'integer', nullable: true })
  restoredFromNumber: number | null;

  /** Each collection's record hashes in chunks, by chunk hash (see publication-store.ts). */
  @Column({ type: 'jsonb' })
  manifest: StoredManifest;
}
