import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CREDENTIAL_LEVELS, CredentialLevel, DELIVERY_MODES, DeliveryMode } from '@careerscope/shared';
import { EditableEntity } from '../database/base.entity';
import { AccreditationBodyEntity } from '../accreditation/accreditation-body.entity';
import { OccupationEntity } from '../occupations/occupation.entity';
import { SchoolEntity } from './school.entity';

const levels = CREDENTIAL_LEVELS.map((value) => `'${value}'`).join(', ');
const modes = DELIVERY_MODES.map((value) => `'${value}'`).join(', ');

/** A school's program that prepares for an occupation. */
@Entity('programs')
@Index(['occupationId', 'delivery'])
@Check('programs_level', `credential_level IS NULL OR credential_level IN (${levels})`)
@Check('programs_delivery', `delivery IN (${modes})`)
@Check(
  'programs_months',
  '(min_months IS NULL OR min_months > 0) AND (max_months IS NULL OR min_months IS NULL OR max_months >= min_months)',
)
export class ProgramEntity extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => SchoolEntity, (school) => school.programs, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school?: SchoolEntity;

  @Column({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => OccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  credentialLevel: CredentialLevel | null;

  @Column({ type: 'varchar', length: 10 })
  delivery: DeliveryMode;

  @Column({ type: 'integer', nullable: true })
  minMonths: number | null;

  @Column({ type: 'integer', nullable: true })
  maxMonths: number | null;

  @Column({ type: 'uuid', nullable: true })
  accreditationBodyId: string | null;

  @ManyToOne(() => AccreditationBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accreditation_body_id' })
  accreditationBody?: AccreditationBodyEntity | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;
}
