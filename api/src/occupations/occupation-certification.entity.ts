import { Check, Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { CERTIFICATION_REQUIREMENTS, CertificationRequirement } from '@careerscope/shared';
import { EditableEntity } from '../database/base.entity';
import { SourceEntity } from '../sources/source.entity';
import { CertifyingBodyEntity } from '../certification/certifying-body.entity';
import { CredentialEntity } from '../certification/credential.entity';
import { OccupationEntity } from './occupation.entity';

const requirements = CERTIFICATION_REQUIREMENTS.map((value) => `'${value}'`).join(', ');

/** A certification path for an occupation: who certifies, which credential, and whether it is required. */
@Entity('occupation_certifications')
@Check('occupation_certifications_requirement', `requirement IN (${requirements})`)
@Check('occupation_certifications_target', 'certifying_body_id IS NOT NULL OR credential_id IS NOT NULL')
export class OccupationCertificationEntity extends EditableEntity {
  @Column({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => OccupationEntity, (occupation) => occupation.certifications, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'varchar', length: 20 })
  requirement: CertificationRequirement;

  @Column({ type: 'uuid', nullable: true })
  certifyingBodyId: string | null;

  @ManyToOne(() => CertifyingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certifying_body_id' })
  certifyingBody?: CertifyingBodyEntity | null;

  @Column({ type: 'uuid', nullable: true })
  credentialId: string | null;

  @ManyToOne(() => CredentialEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credential_id' })
  credential?: CredentialEntity | null;

  @Column({ type: 'text', default: '' })
  noteMarkdown: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;
}
