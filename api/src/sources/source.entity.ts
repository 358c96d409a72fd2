import { Column, Entity, ManyToMany } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { AccreditationBodyEntity } from '../accreditation/accreditation-body.entity';
import { OccupationSectionEntity } from '../occupations/occupation-section.entity';

/** A citation: every figure and prose section points to one or more of these. */
@Entity('sources')
export class SourceEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 80, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  publisher: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  referencePeriod: string | null;

  @Column({ type: 'date', nullable: true })
  retrievedOn: string | null;

  @Column({ type: 'varchar', length: 80 })
  citation: string;

  // A source still cited by prose cannot be deleted out from under it.
  @ManyToMany(() => OccupationSectionEntity, (section) => section.sources, { onDelete: 'RESTRICT' })
  citedBySections?: OccupationSectionEntity[];

  @ManyToMany(() => AccreditationBodyEntity, (body) => body.sources, { onDelete: 'RESTRICT' })
  citedByAccreditationBodies?: AccreditationBodyEntity[];
}
