import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IMPORT_KINDS, IMPORT_STATUSES, ImportCounts, ImportKind, ImportStatus } from '@careerscope/shared';
import { EditableEntity } from '../database/base.entity';
import { UserEntity } from '../users/user.entity';
import type { StoredImportPreview } from './stored-preview';

const kinds = IMPORT_KINDS.map((value) => `'${value}'`).join(', ');
const statuses = IMPORT_STATUSES.map((value) => `'${value}'`).join(', ');

/**
 * One uploaded BLS file: its preview while an editor reviews it, then the record every figure it wrote
 * points to as its provenance (file name, SHA-256, who, when, counts).
 */
@Entity('imports')
@Index(['sha256', 'kind'])
@Check('imports_kind', `kind IN (${kinds})`)
@Check('imports_status', `status IN (${statuses})`)
export class ImportEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 20 })
  kind: ImportKind;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 40 })
  referencePeriod: string;

  @Column({ type: 'integer' })
  periodYear: number;

  @Column({ type: 'varchar', length: 12, default: 'previewed' })
  status: ImportStatus;

  /** With `newOccupations`, the number of occupations applying creates. */
  @Column({ type: 'jsonb' })
  counts: ImportCounts;

  /**
   * What the editor should know before applying. Beside the preview, not in it, so the history
   * lists imports without reading their previews.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings: string[];

  /** The reviewed rows; applying writes exactly these. Stored as its JSON text (read whole, never queried). */
  @Column({ type: 'json' })
  preview: StoredImportPreview;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  appliedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'applied_by_id' })
  appliedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;
}
