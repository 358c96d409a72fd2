import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { SourceEntity } from '../sources/source.entity';
import { OccupationSectionEntity } from './occupation-section.entity';
import { OccupationCertificationEntity } from './occupation-certification.entity';
import { EducationPathEntity } from './education-path.entity';
import { WorkSettingEntity } from './work-setting.entity';

/** A career as the portal presents it, measured by one BLS occupation (`socCode`). */
@Entity('occupations')
export class OccupationEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 120 })
  shortTitle: string;

  @Index()
  @Column({ type: 'varchar', length: 7 })
  socCode: string;

  @Column({ type: 'varchar', length: 200 })
  socTitle: string;

  @Column({ type: 'text', default: '' })
  socNoteMarkdown: string;

  @Column({ type: 'text' })
  summaryMarkdown: string;

  @Column({ type: 'text', default: '' })
  dutiesMarkdown: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ type: 'uuid', nullable: true })
  skillsSourceId: string | null;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skills_source_id' })
  skillsSource?: SourceEntity | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  specializations: string[];

  @Column({ type: 'uuid', nullable: true })
  specializationsSourceId: string | null;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specializations_source_id' })
  specializationsSource?: SourceEntity | null;

  @OneToMany(() => OccupationSectionEntity, (section) => section.occupation)
  sections?: OccupationSectionEntity[];

  @OneToMany(() => OccupationCertificationEntity, (certification) => certification.occupation)
  certifications?: OccupationCertificationEntity[];

  @OneToMany(() => EducationPathEntity, (path) => path.occupation)
  educationPaths?: EducationPathEntity[];

  @OneToMany(() => WorkSettingEntity, (setting) => setting.occupation)
  workSettings?: WorkSettingEntity[];
}
