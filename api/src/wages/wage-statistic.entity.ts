import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { AREA_TYPES, AreaType, WageFlag, WageValueField } from '@careerscope/shared';
import { EditableEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';
import { SourceEntity } from '../sources/source.entity';
import { ImportEntity } from '../imports/import.entity';

const areaTypes = AREA_TYPES.map((value) => `'${value}'`).join(', ');

/** Each percentile at or below the next, wherever both are known. */
function orderedPercentiles(suffix: 'annual' | 'hourly'): string {
  const chain = ['p10', 'p25', 'median', 'p75', 'p90'].map((name) => `${name}_${suffix}`);
  return chain
    .slice(1)
    .map((column, index) => `(${chain[index]} IS NULL OR ${column} IS NULL OR ${chain[index]} <= ${column})`)
    .join(' AND ');
}

/**
 * BLS Occupational Employment and Wage Statistics for one SOC code, area and reference period. A value
 * BLS did not publish as a number is null here with its flag (`*`, `**`, `#`) in `flags`.
 */
@Entity('wage_statistics')
@Unique(['socCode', 'areaCode', 'periodYear'])
@Index(['socCode', 'areaType', 'periodYear'])
@Check('wage_statistics_area_type', `area_type IN (${areaTypes})`)
@Check('wage_statistics_annual_order', orderedPercentiles('annual'))
@Check('wage_statistics_hourly_order', orderedPercentiles('hourly'))
@Check(
  'wage_statistics_non_negative',
  'coalesce(employment, 0) >= 0 AND coalesce(mean_annual, 0) >= 0 AND coalesce(p10_annual, 0) >= 0 AND coalesce(mean_hourly, 0) >= 0 AND coalesce(p10_hourly, 0) >= 0',
)
export class WageStatisticEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 7 })
  socCode: string;

  @Column({ type: 'varchar', length: 200 })
  socTitle: string;

  @Column({ type: 'varchar', length: 10 })
  areaType: AreaType;

  /** `US` for national estimates, the two-letter postal code for states. */
  @Column({ type: 'varchar', length: 10 })
  areaCode: string;

  @Column({ type: 'varchar', length: 120 })
  areaName: string;

  @Column({ type: 'varchar', length: 40 })
  referencePeriod: string;

  @Column({ type: 'integer' })
  periodYear: number;

  @Column({ type: 'integer', nullable: true })
  employment: number | null;

  @Column({ type: 'integer', nullable: true })
  meanAnnual: number | null;

  @Column({ type: 'integer', nullable: true })
  p10Annual: number | null;

  @Column({ type: 'integer', nullable: true })
  p25Annual: number | null;

  @Column({ type: 'integer', nullable: true })
  medianAnnual: number | null;

  @Column({ type: 'integer', nullable: true })
  p75Annual: number | null;

  @Column({ type: 'integer', nullable: true })
  p90Annual: number | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  meanHourly: number | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  p10Hourly: number | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  p25Hourly: number | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  medianHourly: number | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  p75Hourly: number | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  p90Hourly: number | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  flags: Partial<Record<WageValueField, WageFlag>>;

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
