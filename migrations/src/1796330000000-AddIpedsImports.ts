import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The IPEDS files become import kinds: the directory keeps ZIP code, coordinates, sector and closing
 * date; student charges and the CIP–SOC crosswalk get tables of their own, from which the completions
 * import builds school listings and programs.
 */
export class AddIpedsImports1796330000000 implements MigrationInterface {
  name = 'AddIpedsImports1796330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" ADD "zip" character(5)`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" ADD "latitude" numeric(9,6)`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" ADD "longitude" numeric(9,6)`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" ADD "sector" smallint`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" ADD "closed_on" date`);
    await queryRunner.query(
      `CREATE TABLE "ipeds_prices" ("unit_id" integer NOT NULL, "year" integer NOT NULL, "tuition_in_district" integer, "tuition_in_state" integer, "tuition_out_of_state" integer, "books_and_supplies" integer, "file_name" character varying(255) NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ipeds_prices" PRIMARY KEY ("unit_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cip_soc_crosswalk" ("cip_code" character varying(7) NOT NULL, "soc_code" character varying(7) NOT NULL, "cip_title" character varying(300) NOT NULL, "soc_title" character varying(300) NOT NULL, "file_name" character varying(255) NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cip_soc_crosswalk" PRIMARY KEY ("cip_code", "soc_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cip_soc_crosswalk_soc" ON "cip_soc_crosswalk" ("soc_code") `);
    await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "imports_kind"`);
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "imports_kind" CHECK (kind IN ('oews', 'projections', 'ep-education', 'state-projections', 'onet', 'ipeds-directory', 'ipeds-completions', 'ipeds-prices', 'cip-soc-crosswalk'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "imports" WHERE kind IN ('ipeds-directory', 'ipeds-completions', 'ipeds-prices', 'cip-soc-crosswalk')`,
    );
    await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "imports_kind"`);
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "imports_kind" CHECK (kind IN ('oews', 'projections', 'ep-education', 'state-projections', 'onet'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_cip_soc_crosswalk_soc"`);
    await queryRunner.query(`DROP TABLE "cip_soc_crosswalk"`);
    await queryRunner.query(`DROP TABLE "ipeds_prices"`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" DROP COLUMN "closed_on"`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" DROP COLUMN "sector"`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" DROP COLUMN "longitude"`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" DROP COLUMN "latitude"`);
    await queryRunner.query(`ALTER TABLE "ipeds_institutions" DROP COLUMN "zip"`);
  }
}
