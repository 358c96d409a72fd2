import { MigrationInterface, QueryRunner } from 'typeorm';

const EMPTY_DATA = JSON.stringify({
  description: null,
  tasks: [],
  alternateTitles: [],
  specialties: [],
  related: [],
  hotTechnologies: [],
  skills: [],
  jobZone: null,
  onetSourceId: null,
  education: null,
});

export class AddCatalogue1796184777055 implements MigrationInterface {
  name = 'AddCatalogue1796184777055';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "employment_projections" DROP CONSTRAINT "UQ_dd411dc6acc063236d5b9ac2e5e"`,
    );
    await queryRunner.query(
      `CREATE TABLE "catalogue_scope" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "singleton" boolean NOT NULL DEFAULT true, "major_groups" text array NOT NULL, "soc_codes" text array NOT NULL, CONSTRAINT "UQ_8b5e208a70264e1e5edcb122987" UNIQUE ("singleton"), CONSTRAINT "catalogue_scope_single_row" CHECK (singleton), CONSTRAINT "PK_9adee6f0170c3dff433a5513edf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "education_requirements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "soc_code" character varying(7) NOT NULL, "soc_title" character varying(200) NOT NULL, "year" integer NOT NULL, "typical_education" character varying(80) NOT NULL, "work_experience" character varying(80) NOT NULL, "on_the_job_training" character varying(80) NOT NULL, "source_id" uuid NOT NULL, "import_id" uuid, CONSTRAINT "UQ_93eacee22e2a4fe922e759dbdf8" UNIQUE ("soc_code", "year"), CONSTRAINT "PK_572348a437fa6e2816db2603553" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "onet_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "soc_code" character varying(7) NOT NULL, "onet_soc_code" character varying(10), "title" character varying(200), "description" text, "tasks" jsonb NOT NULL DEFAULT '[]', "alternate_titles" text array NOT NULL DEFAULT '{}', "specialties" jsonb NOT NULL DEFAULT '[]', "related" jsonb NOT NULL DEFAULT '[]', "job_zone" smallint, "hot_technologies" text array NOT NULL DEFAULT '{}', "skills" jsonb NOT NULL DEFAULT '[]', "education" jsonb NOT NULL DEFAULT '[]', "facet_imports" jsonb NOT NULL DEFAULT '{}', "source_id" uuid NOT NULL, CONSTRAINT "UQ_132e7000c58aa7be488b8381c46" UNIQUE ("soc_code"), CONSTRAINT "PK_11416800f1ccdc396ee898baea2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment_projections" ADD "area_code" character varying(2) NOT NULL DEFAULT 'US'`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment_projections" ADD "area_name" character varying(60) NOT NULL DEFAULT 'United States'`,
    );
    await queryRunner.query(`ALTER TABLE "employment_projections" ADD "average_annual_openings" integer`);
    await queryRunner.query(
      `ALTER TABLE "employment_projections" ADD CONSTRAINT "UQ_fccaef7d2698f739ee962dcc6b0" UNIQUE ("soc_code", "area_code", "base_year", "target_year")`,
    );
    await queryRunner.query(
      `ALTER TABLE "education_requirements" ADD CONSTRAINT "FK_8109f0c64fd19f02f47765a71a9" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "education_requirements" ADD CONSTRAINT "FK_08bb564660e943337db26aee125" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "onet_profiles" ADD CONSTRAINT "FK_f626e6a00a768ad3cebace3aaf6" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "imports_kind"`);
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "imports_kind" CHECK (kind IN ('oews', 'projections', 'ep-education', 'state-projections', 'onet'))`,
    ); // Publications made before the catalogue read as it has them: no data facts, national projections.
    await queryRunner.query(`
      UPDATE "publications" SET "snapshot" = jsonb_set("snapshot", '{occupations}', (
        SELECT coalesce(jsonb_agg(
          jsonb_build_object(
            'data', '${EMPTY_DATA}'::jsonb,
            'summarySource', 'editorial'
          ) || occupation || jsonb_build_object('projections', (
            SELECT coalesce(jsonb_agg(
              jsonb_build_object('areaCode', 'US', 'areaName', 'United States', 'averageAnnualOpenings', NULL) || projection
              ORDER BY ordinality), '[]'::jsonb)
            FROM jsonb_array_elements(occupation->'projections') WITH ORDINALITY AS p(projection, ordinality)
          ))
          ORDER BY position), '[]'::jsonb)
        FROM jsonb_array_elements("snapshot"->'occupations') WITH ORDINALITY AS o(occupation, position)
      ))
      WHERE jsonb_typeof("snapshot"->'occupations') = 'array'
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "imports" WHERE kind NOT IN ('oews', 'projections')`);
    await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "imports_kind"`);
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "imports_kind" CHECK (kind IN ('oews', 'projections'))`,
    );
    await queryRunner.query(`DELETE FROM "employment_projections" WHERE area_code <> 'US'`);
    await queryRunner.query(`ALTER TABLE "onet_profiles" DROP CONSTRAINT "FK_f626e6a00a768ad3cebace3aaf6"`);
    await queryRunner.query(
      `ALTER TABLE "education_requirements" DROP CONSTRAINT "FK_08bb564660e943337db26aee125"`,
    );
    await queryRunner.query(
      `ALTER TABLE "education_requirements" DROP CONSTRAINT "FK_8109f0c64fd19f02f47765a71a9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment_projections" DROP CONSTRAINT "UQ_fccaef7d2698f739ee962dcc6b0"`,
    );
    await queryRunner.query(`ALTER TABLE "employment_projections" DROP COLUMN "average_annual_openings"`);
    await queryRunner.query(`ALTER TABLE "employment_projections" DROP COLUMN "area_name"`);
    await queryRunner.query(`ALTER TABLE "employment_projections" DROP COLUMN "area_code"`);
    await queryRunner.query(`DROP TABLE "onet_profiles"`);
    await queryRunner.query(`DROP TABLE "education_requirements"`);
    await queryRunner.query(`DROP TABLE "catalogue_scope"`);
    await queryRunner.query(
      `ALTER TABLE "employment_projections" ADD CONSTRAINT "UQ_dd411dc6acc063236d5b9ac2e5e" UNIQUE ("soc_code", "base_year", "target_year")`,
    );
  }
}
