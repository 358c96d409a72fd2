import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { SourceEntity } from '../sources/source.entity';
import { ProgramEntity } from './program.entity';

@Entity('schools')
@Check('schools_state', "state ~ '^[A-Z]{2}$'")
export class SchoolEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Index()
  @Column({ type: 'char', length: 2 })
  state: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  /** The institution's IPEDS UNITID, when the listing came from the IPEDS directory. */
  @Column({ type: 'integer', nullable: true, unique: true })
  ipedsUnitId: number | null;

  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity | null;

  @OneToMany(() => ProgramEntity, (program) => program.school)
  programs?: ProgramEntity[];
}
