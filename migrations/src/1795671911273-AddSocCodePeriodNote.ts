import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSocCodePeriodNote1795671911273 implements MigrationInterface {
  name = 'AddSocCodePeriodNote1795671911273';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "occupation_soc_codes" ADD "note" character varying(300)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "occupation_soc_codes" DROP COLUMN "note"`);
  }
}
