import { Check, Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { SourceEntity } from '../sources/source.entity';
import { CertifyingBodyEntity } from './certifying-body.entity';

/** A credential (CMA, CTR …) and what keeping it takes: recertify every N months with M units. */
@Entity('credentials')
@Check(
  'credentials_renewal',
  '(renewal_period_months IS NULL OR renewal_period_months > 0) AND (renewal_units IS NULL OR renewal_units > 0)',
)
export class CredentialEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  abbreviation: string;

  @Column({ type: 'uuid', nullable: true })
  certifyingBodyId: string | null;

  @ManyToOne(() => CertifyingBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certifying_body_id' })
  certifyingBody?: CertifyingBodyEntity | null;

  @Column({ type: 'integer', nullable: true })
  renewalPeriodMonths: number | null;

  @Column({ type: 'integer', nullable: true })
  renewalUnits: number | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  renewalUnitName: string | null;

  @Column({ type: 'text', default: '' })
  renewalNoteMarkdown: string;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;
}
