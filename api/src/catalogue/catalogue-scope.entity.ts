import { Check, Column, Entity } from 'typeorm';
import { EditableEntity } from '../database/base.entity';

/** The catalogue's scope (one row): which SOC codes become occupations when a release is imported. */
@Entity('catalogue_scope')
@Check('catalogue_scope_single_row', 'singleton')
export class CatalogueScopeEntity extends EditableEntity {
  /** Always true, and unique: the table holds one row. */
  @Column({ type: 'boolean', default: true, unique: true })
  singleton: boolean;

  @Column({ type: 'text', array: true })
  majorGroups: string[];

  @Column({ type: 'text', array: true })
  socCodes: string[];
}
