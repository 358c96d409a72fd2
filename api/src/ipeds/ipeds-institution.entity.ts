import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../database/numeric.transformer';

/**
 * The IPEDS directory an admin loaded: schools are created and refreshed from it without retyping,
 * and the completions import places and names the listings it creates from it.
 */
@Entity('ipeds_institutions')
@Index(['state'])
export class IpedsInstitutionEntity {
  @PrimaryColumn({ type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Column({ type: 'char', length: 2 })
  state: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  /** First five digits of `ZIP`. */
  @Column({ type: 'char', length: 5, nullable: true })
  zip: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericTransformer })
  latitude: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericTransformer })
  longitude: number | null;

  @Column({ type: 'smallint', nullable: true })
  sector: number | null;

  /** `CLOSEDAT`, when the directory reports the institution closed. */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  /** The directory's year (hd2022.csv → 2022). */
  @Column({ type: 'integer' })
  directoryYear: number;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  loadedAt: Date;
}
