import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * School listings carry what the IPEDS files say about them (ZIP code, coordinates, sector, closing
 * date, published charges) and programs what the completions files say (CIP code, award level,
 * awards per year, the year a program stopped being reported). `hand_edited` names the fields an
 * admin changed, which an IPEDS refresh keeps. Credential levels gain the post-baccalaureate
 * certificate and the doctor's degree, which IPEDS award levels 6, 8 and 17–19 need.
 */
export class AddSchoolsFromIpeds1796200000000 implements MigrationInterface {
  name = 'AddSchoolsFromIpeds1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schools" ADD "zip" character(5)`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "latitude" numeric(9,6)`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "longitude" numeric(9,6)`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "sector" smallint`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "closed_on" date`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "directory_year" integer`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "tuition_in_district" integer`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "tuition_in_state" integer`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "tuition_out_of_state" integer`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "books_and_supplies" integer`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "prices_year" integer`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "prices_source_id" uuid`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "hand_edited" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "cip_code" character varying(7)`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "award_level" smallint`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "completions" integer`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "completions_year" integer`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "completions_source_id" uuid`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "vanished_in" integer`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "hand_edited" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE INDEX "IDX_1a6e5d2b97ec501f3ded392c91" ON "programs"  ("cip_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "programs_ipeds_key" ON "programs"  ("school_id", "occupation_id", "cip_code", "award_level") WHERE cip_code IS NOT NULL AND award_level IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "schools" ADD CONSTRAINT "schools_coordinates" CHECK ((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)))`,
    );
    await queryRunner.query(`ALTER TABLE "schools" ADD CONSTRAINT "schools_zip" CHECK (zip ~ '^[0-9]{5}$')`);
    await queryRunner.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "programs_cip_code" CHECK (cip_code ~ '^[0-9]{2}\\.[0-9]{4}$')`,
    );
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_level"`);
    await queryRunner.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "programs_level" CHECK (credential_level IS NULL OR credential_level IN ('certificate', 'associate', 'bachelor', 'postbaccalaureate', 'master', 'doctorate'))`,
    );
    await queryRunner.query(`ALTER TABLE "education_paths" DROP CONSTRAINT "education_paths_level"`);
    await queryRunner.query(
      `ALTER TABLE "education_paths" ADD CONSTRAINT "education_paths_level" CHECK (credential_level IN ('certificate', 'associate', 'bachelor', 'postbaccalaureate', 'master', 'doctorate'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "schools" ADD CONSTRAINT "FK_3fbbe6cbdc8994a597e0852c4db" FOREIGN KEY ("prices_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "FK_1a97dba0c32e326690594bd35d0" FOREIGN KEY ("completions_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "FK_1a97dba0c32e326690594bd35d0"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP CONSTRAINT "FK_3fbbe6cbdc8994a597e0852c4db"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_cip_code"`);
    await queryRunner.query(`ALTER TABLE "education_paths" DROP CONSTRAINT "education_paths_level"`);
    await queryRunner.query(
      `ALTER TABLE "education_paths" ADD CONSTRAINT "education_paths_level" CHECK (credential_level IN ('certificate', 'associate', 'bachelor', 'master'))`,
    );
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_level"`);
    await queryRunner.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "programs_level" CHECK (credential_level IS NULL OR credential_level IN ('certificate', 'associate', 'bachelor', 'master'))`,
    );
    await queryRunner.query(`ALTER TABLE "schools" DROP CONSTRAINT "schools_zip"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP CONSTRAINT "schools_coordinates"`);
    await queryRunner.query(`DROP INDEX "public"."programs_ipeds_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1a6e5d2b97ec501f3ded392c91"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "hand_edited"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "vanished_in"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "completions_source_id"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "completions_year"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "completions"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "award_level"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "cip_code"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "hand_edited"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "prices_source_id"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "prices_year"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "books_and_supplies"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "tuition_out_of_state"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "tuition_in_state"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "tuition_in_district"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "directory_year"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "closed_on"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "sector"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "longitude"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "latitude"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "zip"`);
  }
}
