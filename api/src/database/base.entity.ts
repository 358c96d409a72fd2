import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Columns every editable record carries. `version` starts at 1 and grows by one on every save; an
 * update names the version it started from, so a stale save can be refused instead of overwriting.
 */
export abstract class EditableEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
