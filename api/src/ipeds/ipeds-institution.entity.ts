import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The IPEDS directory an admin loaded: schools are created and refreshed from it without retyping. */
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

  /** The directory's year (hd2022.csv → 2022). */
  @Column({ type: 'integer' })
  directoryYear: number;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  loadedAt: Date;
}
