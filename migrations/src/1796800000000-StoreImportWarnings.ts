import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import's warnings and the number of occupations applying creates are kept beside its stored
 * preview (tens of megabytes for an IPEDS file), so the history lists imports without reading any.
 */
export class StoreImportWarnings1796800000000 implements MigrationInterface {
  name = 'StoreImportWarnings1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "imports" ADD "warnings" jsonb NOT NULL DEFAULT '[]'`);
    // Earlier previews keep their copy of the warnings: rewriting each would cost more than it frees.
    await queryRunner.query(
      `UPDATE "imports" SET
         "warnings" = COALESCE("preview" -> 'warnings', '[]'::jsonb),
         "counts" = "counts" || jsonb_build_object(
           'newOccupations', COALESCE(jsonb_array_length("preview" -> 'newOccupations'), 0))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "imports" SET "preview" = jsonb_set("preview", '{warnings}', "warnings")
       WHERE NOT "preview" ? 'warnings'`,
    );
    await queryRunner.query(`UPDATE "imports" SET "counts" = "counts" - 'newOccupations'`);
    await queryRunner.query(`ALTER TABLE "imports" DROP COLUMN "warnings"`);
  }
}
