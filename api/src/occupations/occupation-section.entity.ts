import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, Unique } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { SourceEntity } from '../sources/source.entity';
import { OccupationEntity } from './occupation.entity';

/** One prose section of an occupation ("degreeRequirements", "licensing" …), in Markdown. */
@Entity('occupation_sections')
@Unique(['occupationId', 'key'])
export class OccupationSectionEntity extends EditableEntity {
  @Column({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => OccupationEntity, (occupation) => occupation.sections, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  bodyMarkdown: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @ManyToMany(() => SourceEntity, (source) => source.citedBySections)
  @JoinTable({
    name: 'occupation_section_sources',
    joinColumn: { name: 'section_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'source_id', referencedColumnName: 'id' },
  })
  sources?: SourceEntity[];
}
