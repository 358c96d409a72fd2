import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';
import { SourceEntity } from '../sources/source.entity';
import { ImportEntity } from '../imports/import.entity';

/**
 * BLS Employment Projections for one SOC code over one period (2024–2034). Employment is stored in
 * persons (BLS publishes thousands: 811.0 → 811000). `allOccupationsPercentChange` is the baseline the
 * portal compares growth against.
 */
@Entity('employment_projections')
@Unique(['socCode', 'areaCode', 'baseYear', 'targetYear'])
@Check('employment_projections_years', 'base_year < target_year')
@Check('employment_projections_employment', 'base_employment >= 0 AND target_employment >= 0')
@Check('employment_projections_change', 'numeric_change = target_employment - base_employment')
export class EmploymentProjectionEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 7 })
  socCode: string;

  @Column({ type: 'varchar', length: 200 })
  socTitle: string;

  /** `US` for the national projections (BLS), a two-letter code for a state's (Projections Central). */
  @Column({ type: 'varchar', length: 2, default: 'US' })
  areaCode: string;

  @Column({ type: 'varchar', length: 60, default: 'United States' })
  areaName: string;

  @Column({ type: 'integer', nullable: true })
  averageAnnualOpenings: number | null;

  @Column({ type: 'integer' })
  baseYear: number;

  @Column({ type: 'integer' })
  targetYear: number;

  @Column({ type: 'integer' })
  baseEmployment: number;

  @Column({ type: 'integer' })
  targetEmployment: number;

  @Column({ type: 'integer' })
  numericChange: number;

  @Column({ type: 'numeric', precision: 6, scale: 1, transformer: numericTransformer })
  percentChange: number;

  @Column({ type: 'numeric', precision: 6, scale: 1, transformer: numericTransformer })
  allOccupationsPercentChange: number;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity;

  /** The import that last wrote these figures, when they came from a BLS file. */
  @Column({ type: 'uuid', nullable: true })
  importId: string | null;

  @ManyToOne(() => ImportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  import?: ImportEntity | null;
}
