import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { SourceEntity } from '../sources/source.entity';

/** An accreditor of education programs (CAAHEP, ABHES, CAHIIM) and the occupations whose programs it accredits. */
@Entity('accreditation_bodies')
export class AccreditationBodyEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  abbreviation: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  recognizedBy: string | null;

  @Column({ type: 'text', default: '' })
  descriptionMarkdown: string;

  /** The body's own page: where its name and remit are cited from. */
  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;

  @ManyToMany(() => OccupationEntity)
  @JoinTable({
    name: 'accreditation_body_occupations',
    joinColumn: { name: 'accreditation_body_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'occupation_id', referencedColumnName: 'id' },
  })
  occupations?: OccupationEntity[];

  /** Further sources, e.g. for who recognises the body. */
  @ManyToMany(() => SourceEntity, (source) => source.citedByAccreditationBodies)
  @JoinTable({
    name: 'accreditation_body_sources',
    joinColumn: { name: 'accreditation_body_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'source_id', referencedColumnName: 'id' },
  })
  sources?: SourceEntity[];
}
