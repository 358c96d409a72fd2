import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';
import { SourceEntity } from '../sources/source.entity';
import { OccupationEntity } from './occupation.entity';

/** Share of an occupation's jobs in one setting (57 % in offices of physicians). */
@Entity('work_settings')
@Unique(['occupationId', 'name'])
@Check('work_settings_percent', 'percent >= 0 AND percent <= 100')
export class WorkSettingEntity extends EditableEntity {
  @Column({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => OccupationEntity, (occupation) => occupation.workSettings, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericTransformer })
  percent: number;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;
}
