import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One pair of the CIP 2020 → SOC 2018 crosswalk: a program of study and an occupation it prepares for. */
@Entity('cip_soc_crosswalk')
@Index(['socCode'])
export class CipSocCrosswalkEntity {
  @PrimaryColumn({ type: 'varchar', length: 7 })
  cipCode: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  socCode: string;

  /** The CIP title without its trailing period ("Medical/Clinical Assistant"). */
  @Column({ type: 'varchar', length: 300 })
  cipTitle: string;

  @Column({ type: 'varchar', length: 300 })
  socTitle: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  loadedAt: Date;
}
