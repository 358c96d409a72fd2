import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OccupationEntity } from '../occupations/occupation.entity';
import { ComparisonEntity } from './comparison.entity';

/** An occupation compared on a comparison page, in column order. */
@Entity('comparison_occupations')
export class ComparisonOccupationEntity {
  @PrimaryColumn({ type: 'uuid' })
  comparisonId: string;

  @PrimaryColumn({ type: 'uuid' })
  occupationId: string;

  @ManyToOne(() => ComparisonEntity, (comparison) => comparison.columns, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comparison_id' })
  comparison?: ComparisonEntity;

  @ManyToOne(() => OccupationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: OccupationEntity;

  @Column({ type: 'integer' })
  position: number;
}
