import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIpedsInstitutions1795672371704 implements MigrationInterface {
  name = 'AddIpedsInstitutions1795672371704';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ipeds_institutions" ("unit_id" integer NOT NULL, "name" character varying(200) NOT NULL, "city" character varying(120) NOT NULL, "state" character(2) NOT NULL, "website" character varying(500), "directory_year" integer NOT NULL, "file_name" character varying(255) NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_014cd95c0a94920cbe7d7e3c09a" PRIMARY KEY ("unit_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_df0cdf9f399a60aed6a0184076" ON "ipeds_institutions"  ("state") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_df0cdf9f399a60aed6a0184076"`);
    await queryRunner.query(`DROP TABLE "ipeds_institutions"`);
  }
}
