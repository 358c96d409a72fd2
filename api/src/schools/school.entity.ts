import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import type { SchoolEditableField } from '@careerscope/shared';
import { EditableEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';
import { SourceEntity } from '../sources/source.entity';
import { ProgramEntity } from './program.entity';

@Entity('schools')
// A trigram (GIN) index for the programs list's search inside school names; made by its migration.
@Index('schools_name_trgm', { synchronize: false })
@Check('schools_state', "state ~ '^[A-Z]{2}$'")
@Check('schools_zip', "zip ~ '^[0-9]{5}$'")
@Check(
  'schools_coordinates',
  '(latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))',
)
export class SchoolEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  /** The programs list sorts by school name. */
  @Index('schools_name')
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Index()
  @Column({ type: 'char', length: 2 })
  state: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  /** The institution's IPEDS UNITID, when the listing came from the IPEDS directory. */
  @Column({ type: 'integer', nullable: true, unique: true })
  ipedsUnitId: number | null;

  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: SourceEntity | null;

  @Column({ type: 'char', length: 5, nullable: true })
  zip: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericTransformer })
  latitude: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericTransformer })
  longitude: number | null;

  @Column({ type: 'smallint', nullable: true })
  sector: number | null;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'integer', nullable: true })
  directoryYear: number | null;

  @Column({ type: 'integer', nullable: true })
  tuitionInDistrict: number | null;

  @Column({ type: 'integer', nullable: true })
  tuitionInState: number | null;

  @Column({ type: 'integer', nullable: true })
  tuitionOutOfState: number | null;

  @Column({ type: 'integer', nullable: true })
  booksAndSupplies: number | null;

  @Column({ type: 'integer', nullable: true })
  pricesYear: number | null;

  @Column({ type: 'uuid', nullable: true })
  pricesSourceId: string | null;

  @ManyToOne(() => SourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prices_source_id' })
  pricesSource?: SourceEntity | null;

  /** Fields an admin changed by hand; an IPEDS refresh keeps them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  handEdited: SchoolEditableField[];

  @OneToMany(() => ProgramEntity, (program) => program.school)
  programs?: ProgramEntity[];
}
