import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A publication's manifest stops listing the hash of every record: each collection's list of record
 * hashes is cut into chunks, each chunk is stored once in `publication_manifest_chunks` under the hash
 * of its contents, and the manifest lists the chunk hashes. With thousands of school listings, a
 * publication that changes one figure then stores one new chunk per changed collection, not a
 * list of every school.
 *
 * A chunk ends after each record whose hash begins with "00" (one record in 256 on average), so the
 * cuts depend on the records, not on their positions: adding or removing a record changes the one
 * chunk it falls in and leaves the others shared. The application cuts and hashes chunks the same
 * way (publication-store.ts), so migrated chunks and newly published ones are shared.
 */
export class ChunkPublicationManifests1796500000000 implements MigrationInterface {
  name = 'ChunkPublicationManifests1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "publication_manifest_chunks" ("hash" character(64) NOT NULL, "hashes" jsonb NOT NULL, CONSTRAINT "PK_publication_manifest_chunks_hash" PRIMARY KEY ("hash"))`,
    );
    await queryRunner.query(`
      WITH entries AS (
        SELECT publication.number, collection.key AS collection, entry.hash, entry.position,
               count(*) FILTER (WHERE left(entry.hash, 2) = '00') OVER (
                 PARTITION BY publication.number, collection.key ORDER BY entry.position
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
               ) AS chunk
        FROM publications publication
        CROSS JOIN LATERAL jsonb_each(publication.manifest) AS collection(key, hashes)
        CROSS JOIN LATERAL jsonb_array_elements_text(collection.hashes) WITH ORDINALITY AS entry(hash, position)
      ), chunks AS (
        SELECT number, collection, chunk, jsonb_agg(hash ORDER BY position) AS hashes,
               encode(sha256(convert_to(string_agg(hash, ',' ORDER BY position), 'UTF8')), 'hex') AS hash
        FROM entries GROUP BY number, collection, chunk
      ), stored AS (
        INSERT INTO "publication_manifest_chunks" ("hash", "hashes")
        SELECT DISTINCT ON (hash) hash, hashes FROM chunks
        ON CONFLICT ("hash") DO NOTHING
      ), manifests AS (
        SELECT publication.number,
               jsonb_build_object(
                 'sources', '[]'::jsonb, 'occupations', '[]'::jsonb, 'comparisons', '[]'::jsonb, 'schools', '[]'::jsonb
               ) || coalesce(
                 (SELECT jsonb_object_agg(collection, hashes) FROM (
                    SELECT collection, jsonb_agg(hash ORDER BY chunk) AS hashes
                    FROM chunks WHERE chunks.number = publication.number GROUP BY collection
                  ) per_collection),
                 '{}'::jsonb) AS manifest
        FROM publications publication
      )
      UPDATE publications SET manifest = manifests.manifest FROM manifests WHERE manifests.number = publications.number
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE publications SET manifest = (
        SELECT jsonb_object_agg(collection.key, (
                 SELECT coalesce(jsonb_agg(record.hash ORDER BY chunk.position, record.position), '[]'::jsonb)
                 FROM jsonb_array_elements_text(collection.chunks) WITH ORDINALITY AS chunk(hash, position)
                 JOIN publication_manifest_chunks stored ON stored.hash = chunk.hash
                 CROSS JOIN LATERAL jsonb_array_elements_text(stored.hashes) WITH ORDINALITY AS record(hash, position)
               ))
        FROM jsonb_each(publications.manifest) AS collection(key, chunks)
      )
    `);
    await queryRunner.query(`DROP TABLE "publication_manifest_chunks"`);
  }
}
