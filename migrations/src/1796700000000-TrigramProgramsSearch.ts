import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin's programs list searches program and school names for any part of a word
 * (`ILIKE '%coding%'`); trigram indexes let that read the matching rows instead of every program.
 */
export class TrigramProgramsSearch1796700000000 implements MigrationInterface {
  name = 'TrigramProgramsSearch1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "programs_name_trgm" ON "programs" USING gin ("name" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "schools_name_trgm" ON "schools" USING gin ("name" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."schools_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."programs_name_trgm"`);
  }
}
