import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { ChangeSummaryLine } from '@careerscope/shared';
import { PublicationEntity } from '../publications/publication.entity';

/**
 * What a publication changed compared with the one before it, in sentences: written in the publish
 * transaction (so the change feed never diffs publications per request), or once on first read for a
 * publication older than this table.
 */
@Entity('publication_change_summaries')
export class PublicationChangeSummaryEntity {
  @PrimaryColumn({ type: 'integer' })
  publicationNumber: number;

  @OneToOne(() => PublicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'publication_number' })
  publication?: PublicationEntity;

  @Column({ type: 'text' })
  headline: string;

  @Column({ type: 'jsonb' })
  lines: ChangeSummaryLine[];

  @CreateDateColumn({ type: 'timestamptz' })
  computedAt: Date;
}
