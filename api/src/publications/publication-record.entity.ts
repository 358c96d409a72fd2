import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One rendered public view (an occupation, comparison, school or source) as some publication froze it,
 * stored once however many publications include it. Never updated: a changed view has another hash.
 */
@Entity('publication_records')
export class PublicationRecordEntity {
  @PrimaryColumn({ type: 'character', length: 64, primaryKeyConstraintName: 'PK_publication_records_hash' })
  hash: string;

  @Column({ type: 'character varying', length: 32 })
  collection: string;

  /** The view's JSON as jsonb would print it (see jsonbText), kept as that text: read whole, never queried. */
  @Column({ type: 'json' })
  body: unknown;
}
