import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { COMPARISON_ROW_KINDS, ComparisonRowKind, DELIVERY_MODES, DeliveryMode } from '@careerscope/shared';
import { EditableEntity } from '../database/base.entity';
import { ComparisonEntity } from './comparison.entity';

const kinds = COMPARISON_ROW_KINDS.map((value) => `'${value}'`).join(', ');
const modes = DELIVERY_MODES.map((value) => `'${value}'`).join(', ');

/** One row of a comparison: its label and what fills its cells. Editors reorder, rename and add rows. */
@Entity('comparison_rows')
@Unique(['comparisonId', 'key'])
@Check('comparison_rows_kind', `kind IN (${kinds})`)
@Check('comparison_rows_delivery', `delivery IS NULL OR delivery IN (${modes})`)
@Check('comparison_rows_section', "kind <> 'section' OR section_key IS NOT NULL")
export class ComparisonRowEntity extends EditableEntity {
  @Column({ type: 'uuid' })
  comparisonId: string;

  @ManyToOne(() => ComparisonEntity, (comparison) => comparison.rows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comparison_id' })
  comparison?: ComparisonEntity;

  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  group: string | null;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'varchar', length: 30 })
  kind: ComparisonRowKind;

  @Column({ type: 'varchar', length: 60, nullable: true })
  sectionKey: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  delivery: DeliveryMode | null;

  @Column({ type: 'integer' })
  position: number;
}
