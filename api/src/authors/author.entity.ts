import { Column, Entity } from 'typeorm';
import { EditableEntity } from '../database/base.entity';

@Entity('authors')
export class AuthorEntity extends EditableEntity {
  @Column({ type: 'varchar', length: 120, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  jobTitle: string;

  @Column({ type: 'text' })
  bioMarkdown: string;
}
