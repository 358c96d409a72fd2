import { Column, Entity, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { EditableEntity } from '../database/base.entity';
import { AuthorEntity } from '../authors/author.entity';
import { ComparisonOccupationEntity } from './comparison-occupation.entity';
import { ComparisonRowEntity } from './comparison-row.entity';

/** An editorial page comparing chosen occupations, row by row. */
@Entity('comparisons')
export class ComparisonEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  introMarkdown: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => AuthorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: AuthorEntity | null;

  @OneToMany(() => ComparisonOccupationEntity, (column) => column.comparison)
  columns?: ComparisonOccupationEntity[];

  @OneToMany(() => ComparisonRowEntity, (row) => row.comparison)
  rows?: ComparisonRowEntity[];
}
