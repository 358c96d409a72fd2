import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin's programs list sorts by program or school name and filters by accreditation body over
 * tens of thousands of IPEDS programs; these indexes let it read one page without sorting them all.
 */
export class IndexProgramsList1796350000000 implements MigrationInterface {
  name = 'IndexProgramsList1796350000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "programs_name" ON "programs" ("name")`);
    await queryRunner.query(
      `CREATE INDEX "programs_accreditation_body" ON "programs" ("accreditation_body_id")`,
    );
    await queryRunner.query(`CREATE INDEX "schools_name" ON "schools" ("name")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."schools_name"`);
    await queryRunner.query(`DROP INDEX "public"."programs_accreditation_body"`);
    await queryRunner.query(`DROP INDEX "public"."programs_name"`);
  }
}
