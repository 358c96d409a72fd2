import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { ImportEntity } from '../imports/import.entity';
import { SourceEntity } from '../sources/source.entity';

/**
 * BLS Employment Projections Table 5.4 for one SOC code: the typical education needed for entry,
 * work experience in a related occupation, and typical on-the-job training.
 */
@Entity('education_requirements')
@Unique(['socCode', 'year'])
export class EducationRequirementEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 7 })
  socCode: string;

  @Column({ type: 'varchar', length: 200 })
  socTitle: string;

  /** The projections' base year the table belongs to (2024 for 2024–34). */
  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 80 })
  typicalEducation: string;

  @Column({ type: 'varchar', length: 80 })
  workExperience: string;

  @Column({ type: 'varchar', length: 80 })
  onTheJobTraining: string;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;

  @Column({ type: 'uuid', nullable: true })
  importId: string | null;

  @ManyToOne(() => ImportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  import?: ImportEntity | null;
}
