import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  CREDENTIAL_LEVELS,
  CredentialLevel,
  DELIVERY_MODES,
  DeliveryMode,
  ProgramEditableField,
} from '@careerscope/shared';
import { SourceEntity } from '../sources/source.entity';
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
@Index('programs_ipeds_key', ['schoolId', 'occupationId', 'cipCode', 'awardLevel'], {
  unique: true,
  where: 'cip_code IS NOT NULL AND award_level IS NOT NULL',
})
@Check('programs_cip_code', "cip_code ~ '^[0-9]{2}\\.[0-9]{4}$'")
// A trigram (GIN) index for the list's search inside names; made by its migration, which TypeORM
// cannot describe.
@Index('programs_name_trgm', { synchronize: false })
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

  /** The programs list sorts by name and filters by accreditation (bulk assignment lists by it too). */
  @Index('programs_name')
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

  @Index('programs_accreditation_body')
  @Column({ type: 'uuid', nullable: true })
  accreditationBodyId: string | null;

  @ManyToOne(() => AccreditationBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accreditation_body_id' })
  accreditationBody?: AccreditationBodyEntity | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  @Index()
  @Column({ type: 'varchar', length: 7, nullable: true })
  cipCode: string | null;

  @Column({ type: 'smallint', nullable: true })
  awardLevel: number | null;

  @Column({ type: 'integer', nullable: true })
  completions: number | null;

  @Column({ type: 'integer', nullable: true })
  completionsYear: number | null;

  @Column({ type: 'uuid', nullable: true })
  completionsSourceId: string | null;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completions_source_id' })
  completionsSource?: SourceEntity | null;

  @Column({ type: 'integer', nullable: true })
  vanishedIn: number | null;

  /** Fields an admin changed by hand; an IPEDS refresh keeps them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  handEdited: ProgramEditableField[];
}
