import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { CREDENTIAL_LEVELS, CredentialLevel } from '@careerscope/shared';
import { EditableEntity } from '../database/base.entity';
import { SourceEntity } from '../sources/source.entity';
import { OccupationEntity } from './occupation.entity';

const levels = CREDENTIAL_LEVELS.map((level) => `'${level}'`).join(', ');

/** A way into an occupation and how long it typically takes ("certificate: 4–15 months"). */
@Entity('education_paths')
@Unique(['occupationId', 'credentialLevel'])
@Check('education_paths_level', `credential_level IN (${levels})`)
@Check('education_paths_months', 'min_months > 0 AND (max_months IS NULL OR max_months >= min_months)')
export class EducationPathEntity extends EditableEntity {
  @Column({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => OccupationEntity, (occupation) => occupation.educationPaths, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'varchar', length: 20 })
  credentialLevel: CredentialLevel;

  @Column({ type: 'integer' })
  minMonths: number;

  @Column({ type: 'integer', nullable: true })
  maxMonths: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;
}
