import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Storage choices for national IPEDS refreshes, which rewrite tens of thousands of programs, store a
 * preview of as many rows, and make the next publication store every school's view again:
 * - An import's stored preview and a publication's record are written once and read whole, never
 *   queried inside: kept as `json` (their text, checked but not converted) they are stored and read
 *   back several times faster than as `jsonb`, whose binary form a national preview (about 40 MB) or
 *   the school views of a publication take seconds to build and to print again. A record is sent as
 *   the text jsonb would print (jsonbText), so its text, and the hash made from it, stay the same.
 *   Where the server offers it, both columns are compressed with lz4, faster than the default.
 * - Programs leave half of each page free, so a refresh's new row versions fit beside the old ones
 *   and PostgreSQL updates them in place of touching the eight indexes (the trigram one above all):
 *   a refresh changes counts and years, never an indexed column. The table is rewritten once so the
 *   rows already stored get that room too.
 */
export class SpeedUpNationalRefreshes1797000000000 implements MigrationInterface {
  name = 'SpeedUpNationalRefreshes1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "imports" ALTER COLUMN "preview" TYPE json USING "preview"::json`);
    await queryRunner.query(
      `ALTER TABLE "publication_records" ALTER COLUMN "body" TYPE json USING "body"::json`,
    );
    // A server built without lz4 refuses the method: the columns keep the default compression.
    await queryRunner.query(
      `DO $$ BEGIN
         ALTER TABLE "imports" ALTER COLUMN "preview" SET COMPRESSION lz4;
         ALTER TABLE "publication_records" ALTER COLUMN "body" SET COMPRESSION lz4;
       EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL;
       END $$`,
    );
    await queryRunner.query(`ALTER TABLE "programs" SET (fillfactor = 50)`);
    await rewritePrograms(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programs" RESET (fillfactor)`);
    await rewritePrograms(queryRunner);
    await queryRunner.query(`ALTER TABLE "publication_records" ALTER COLUMN "body" SET COMPRESSION default`);
    await queryRunner.query(
      `ALTER TABLE "publication_records" ALTER COLUMN "body" TYPE jsonb USING "body"::jsonb`,
    );
    await queryRunner.query(`ALTER TABLE "imports" ALTER COLUMN "preview" SET COMPRESSION default`);
    await queryRunner.query(`ALTER TABLE "imports" ALTER COLUMN "preview" TYPE jsonb USING "preview"::jsonb`);
  }
}

/** Rewrites the programs table at its fill factor (CLUSTER runs in a transaction; VACUUM FULL does not). */
async function rewritePrograms(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `DO $$ BEGIN
       EXECUTE format('CLUSTER "programs" USING %I', (
         SELECT index.relname FROM pg_constraint
           JOIN pg_class index ON index.oid = pg_constraint.conindid
          WHERE conrelid = '"programs"'::regclass AND contype = 'p'));
       ALTER TABLE "programs" SET WITHOUT CLUSTER;
     END $$`,
  );
}
