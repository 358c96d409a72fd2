import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The published charges of the IPEDS student-charges file (IC_AY) an admin loaded, per institution:
 * the completions import gives the listings it creates their prices from it.
 */
@Entity('ipeds_prices')
export class IpedsPriceEntity {
  @PrimaryColumn({ type: 'integer' })
  unitId: number;

  /** Academic year the charges are for (ic2022_ay.csv → 2022, i.e. 2022–23). */
  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer', nullable: true })
  tuitionInDistrict: number | null;

  @Column({ type: 'integer', nullable: true })
  tuitionInState: number | null;

  @Column({ type: 'integer', nullable: true })
  tuitionOutOfState: number | null;

  @Column({ type: 'integer', nullable: true })
  booksAndSupplies: number | null;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  loadedAt: Date;
}
