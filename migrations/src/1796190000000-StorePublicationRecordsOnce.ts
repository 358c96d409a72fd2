import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publications stop storing a whole copy of everything public each: every record's rendered view is
 * stored once in `publication_records`, keyed by a hash of its content, and a publication keeps a
 * manifest of those hashes per collection, in snapshot order. A publication that changes one figure
 * then stores only the records it changed plus its manifest.
 *
 * The hash is computed here and by the application the same way (sha256 of the collection name, a
 * colon and the view's jsonb text), so migrated records and newly published ones are shared.
 */
export class StorePublicationRecordsOnce1796190000000 implements MigrationInterface {
  name = 'StorePublicationRecordsOnce1796190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "publication_records" ("hash" character(64) NOT NULL, "collection" character varying(32) NOT NULL, "body" jsonb NOT NULL, CONSTRAINT "PK_publication_records_hash" PRIMARY KEY ("hash"))`,
    );
    await queryRunner.query(`ALTER TABLE "publications" ADD "manifest" jsonb`);
    await queryRunner.query(`
      WITH records AS (
        SELECT publication.number, collection.key AS collection, item.body, item.position,
               encode(sha256(convert_to(collection.key || ':' || item.body::text, 'UTF8')), 'hex') AS hash
        FROM publications publication
        CROSS JOIN LATERAL jsonb_each(publication.snapshot) AS collection(key, items)
        CROSS JOIN LATERAL jsonb_array_elements(collection.items) WITH ORDINALITY AS item(body, position)
      ), stored AS (
        INSERT INTO "publication_records" ("hash", "collection", "body")
        SELECT DISTINCT ON (hash) hash, collection, body FROM records
        ON CONFLICT ("hash") DO NOTHING
      ), manifests AS (
        SELECT publication.number,
               jsonb_build_object(
                 'sources', '[]'::jsonb, 'occupations', '[]'::jsonb, 'comparisons', '[]'::jsonb, 'schools', '[]'::jsonb
               ) || coalesce(
                 (SELECT jsonb_object_agg(collection, hashes) FROM (
                    SELECT collection, jsonb_agg(hash ORDER BY position) AS hashes
                    FROM records WHERE records.number = publication.number GROUP BY collection
                  ) per_collection),
                 '{}'::jsonb) AS manifest
        FROM publications publication
      )
      UPDATE publications SET manifest = manifests.manifest FROM manifests WHERE manifests.number = publications.number
    `);
    await queryRunner.query(`ALTER TABLE "publications" ALTER COLUMN "manifest" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "publications" DROP COLUMN "snapshot"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publications" ADD "snapshot" jsonb`);
    await queryRunner.query(`
      UPDATE publications SET snapshot = (
        SELECT jsonb_object_agg(collection.key, (
                 SELECT coalesce(jsonb_agg(record.body ORDER BY entry.position), '[]'::jsonb)
                 FROM jsonb_array_elements_text(collection.hashes) WITH ORDINALITY AS entry(hash, position)
                 JOIN publication_records record ON record.hash = entry.hash
               ))
        FROM jsonb_each(publications.manifest) AS collection(key, hashes)
      )
    `);
    await queryRunner.query(`ALTER TABLE "publications" ALTER COLUMN "snapshot" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "publications" DROP COLUMN "manifest"`);
    await queryRunner.query(`DROP TABLE "publication_records"`);
  }
}
