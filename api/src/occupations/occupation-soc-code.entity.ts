import { Check, Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { OccupationEntity } from './occupation.entity';

/**
 * Which SOC code measured an occupation in which years, for releases before a SOC revision (medical
 * records: 29-2071 until 2018, 29-2098 in 2019–2020). Years no period covers use the occupation's
 * own code.
 */
@Entity('occupation_soc_codes')
@Check('occupation_soc_codes_years', 'from_year IS NULL OR to_year IS NULL OR from_year <= to_year')
@Check('occupation_soc_codes_code', "soc_code ~ '^[0-9]{2}-[0-9]{4}$'")
export class OccupationSocCodeEntity extends EditableEntity {
  @Column({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => OccupationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'varchar', length: 7 })
  socCode: string;

  @Column({ type: 'integer', nullable: true })
  fromYear: number | null;

  @Column({ type: 'integer', nullable: true })
  toYear: number | null;

  /** Why the code differs, e.g. which SOC revision merged or split the category. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;
}
