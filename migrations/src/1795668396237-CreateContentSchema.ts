import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContentSchema1795668396237 implements MigrationInterface {
  name = 'CreateContentSchema1795668396237';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "occupation_sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "occupation_id" uuid NOT NULL, "key" character varying(60) NOT NULL, "title" character varying(200) NOT NULL, "body_markdown" text NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "UQ_a020d540ca44b7bbfd375c21f78" UNIQUE ("occupation_id", "key"), CONSTRAINT "PK_348b904d1212a9f2390b45e89a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "key" character varying(80) NOT NULL, "publisher" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "url" character varying(500), "reference_period" character varying(60), "retrieved_on" date, "citation" character varying(80) NOT NULL, CONSTRAINT "UQ_a639aad9bf1f76d4dbb6b126035" UNIQUE ("key"), CONSTRAINT "PK_85523beafe5a2a6b90b02096443" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "certifying_bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "abbreviation" character varying(40) NOT NULL, "url" character varying(500), "source_id" uuid NOT NULL, CONSTRAINT "UQ_d8bc5901a9a4ec27cbf7c7a7550" UNIQUE ("slug"), CONSTRAINT "PK_b329e7c569c73fe44db93ec296a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "credentials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "abbreviation" character varying(40) NOT NULL, "certifying_body_id" uuid, "renewal_period_months" integer, "renewal_units" integer, "renewal_unit_name" character varying(60), "renewal_note_markdown" text NOT NULL DEFAULT '', "source_id" uuid NOT NULL, CONSTRAINT "UQ_102c5e49a30364b06d038a65d53" UNIQUE ("slug"), CONSTRAINT "credentials_renewal" CHECK ((renewal_period_months IS NULL OR renewal_period_months > 0) AND (renewal_units IS NULL OR renewal_units > 0)), CONSTRAINT "PK_1e38bc43be6697cdda548ad27a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "occupation_certifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "occupation_id" uuid NOT NULL, "requirement" character varying(20) NOT NULL, "certifying_body_id" uuid, "credential_id" uuid, "note_markdown" text NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "source_id" uuid NOT NULL, CONSTRAINT "occupation_certifications_target" CHECK (certifying_body_id IS NOT NULL OR credential_id IS NOT NULL), CONSTRAINT "occupation_certifications_requirement" CHECK (requirement IN ('required', 'optional', 'conditional')), CONSTRAINT "PK_36802bf445f8f3688593ea33b42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "education_paths" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "occupation_id" uuid NOT NULL, "credential_level" character varying(20) NOT NULL, "min_months" integer NOT NULL, "max_months" integer, "note" text, "position" integer NOT NULL DEFAULT '0', "source_id" uuid NOT NULL, CONSTRAINT "UQ_563ea469462067b75621a282dd9" UNIQUE ("occupation_id", "credential_level"), CONSTRAINT "education_paths_months" CHECK (min_months > 0 AND (max_months IS NULL OR max_months >= min_months)), CONSTRAINT "education_paths_level" CHECK (credential_level IN ('certificate', 'associate', 'bachelor', 'master')), CONSTRAINT "PK_154167854e438785eb378452337" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "occupation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "percent" numeric(5,2) NOT NULL, "position" integer NOT NULL DEFAULT '0', "source_id" uuid NOT NULL, CONSTRAINT "UQ_258797e50044df3f156e5ac2450" UNIQUE ("occupation_id", "name"), CONSTRAINT "work_settings_percent" CHECK (percent >= 0 AND percent <= 100), CONSTRAINT "PK_9502d3d0622dc5945c3166c9d17" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "occupations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "short_title" character varying(120) NOT NULL, "soc_code" character varying(7) NOT NULL, "soc_title" character varying(200) NOT NULL, "soc_note_markdown" text NOT NULL DEFAULT '', "summary_markdown" text NOT NULL, "duties_markdown" text NOT NULL DEFAULT '', "skills" text array NOT NULL DEFAULT '{}', "skills_source_id" uuid, "specializations" text array NOT NULL DEFAULT '{}', "specializations_source_id" uuid, CONSTRAINT "UQ_aaefa0b1489c985e062c205b142" UNIQUE ("slug"), CONSTRAINT "PK_0bf09083dd897df1e8ebb96b5c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4d35e329c1aa9785c22a33f512" ON "occupations"  ("soc_code") `);
    await queryRunner.query(
      `CREATE TABLE "accreditation_bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "abbreviation" character varying(40) NOT NULL, "url" character varying(500), "recognized_by" character varying(200), "description_markdown" text NOT NULL DEFAULT '', "source_id" uuid NOT NULL, CONSTRAINT "UQ_12130e8f6e5398f176b2be0753f" UNIQUE ("slug"), CONSTRAINT "PK_32938c7b998b025e73a4a1901aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "authors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "job_title" character varying(200) NOT NULL, "bio_markdown" text NOT NULL, CONSTRAINT "UQ_f068a15d416578e89d41189ca25" UNIQUE ("slug"), CONSTRAINT "PK_d2ed02fabd9b52847ccb85e6b88" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "comparison_rows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "comparison_id" uuid NOT NULL, "key" character varying(60) NOT NULL, "group" character varying(200), "label" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "section_key" character varying(60), "delivery" character varying(10), "position" integer NOT NULL, CONSTRAINT "UQ_7694157f8f5f23a1e4a8f16f9e9" UNIQUE ("comparison_id", "key"), CONSTRAINT "comparison_rows_section" CHECK (kind <> 'section' OR section_key IS NOT NULL), CONSTRAINT "comparison_rows_delivery" CHECK (delivery IS NULL OR delivery IN ('campus', 'online', 'hybrid')), CONSTRAINT "comparison_rows_kind" CHECK (kind IN ('employment', 'growth', 'newPositions', 'wages', 'section', 'educationPaths', 'accreditation', 'schools', 'certifications', 'renewal', 'specializations', 'skills', 'workSettings')), CONSTRAINT "PK_657159ff247008223370ff47581" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "comparisons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "intro_markdown" text NOT NULL DEFAULT '', "author_id" uuid, CONSTRAINT "UQ_ee17e218b4585b7717668cd2afb" UNIQUE ("slug"), CONSTRAINT "PK_fd57ecac9337bc1fdeffafbc33c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "comparison_occupations" ("comparison_id" uuid NOT NULL, "occupation_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_28c9a9ddb51e2828e59c1def2cb" PRIMARY KEY ("comparison_id", "occupation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "employment_projections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "soc_code" character varying(7) NOT NULL, "soc_title" character varying(200) NOT NULL, "base_year" integer NOT NULL, "target_year" integer NOT NULL, "base_employment" integer NOT NULL, "target_employment" integer NOT NULL, "numeric_change" integer NOT NULL, "percent_change" numeric(6,1) NOT NULL, "all_occupations_percent_change" numeric(6,1) NOT NULL, "source_id" uuid NOT NULL, CONSTRAINT "UQ_dd411dc6acc063236d5b9ac2e5e" UNIQUE ("soc_code", "base_year", "target_year"), CONSTRAINT "employment_projections_change" CHECK (numeric_change = target_employment - base_employment), CONSTRAINT "employment_projections_employment" CHECK (base_employment >= 0 AND target_employment >= 0), CONSTRAINT "employment_projections_years" CHECK (base_year < target_year), CONSTRAINT "PK_9d96e23a12eb4deef719469edd7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(10) NOT NULL, "password_hash" character varying(200) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'active', "failed_sign_ins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "totp_secret" character varying(200), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "users_status" CHECK (status IN ('active', 'disabled')), CONSTRAINT "users_role" CHECK (role IN ('admin', 'editor')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "publications" ("number" integer NOT NULL, "note" text NOT NULL DEFAULT '', "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "restored_from_number" integer, "snapshot" jsonb NOT NULL, CONSTRAINT "PK_f4eb258eab4293db9549c665805" PRIMARY KEY ("number"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "revisions" ("id" BIGSERIAL NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" uuid NOT NULL, "version" integer NOT NULL, "action" character varying(10) NOT NULL, "user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "before" jsonb, "after" jsonb, CONSTRAINT "PK_4aa9ee2c71c50508c3c501573c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5732ab035d3554ae7cf1a34b03" ON "revisions"  ("entity_type", "entity_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "schools" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "city" character varying(120) NOT NULL, "state" character(2) NOT NULL, "website" character varying(500), "ipeds_unit_id" integer, "source_id" uuid, CONSTRAINT "UQ_150b12170135ff067a24ea270dc" UNIQUE ("slug"), CONSTRAINT "UQ_9589dab9cc3131ffedf9556a860" UNIQUE ("ipeds_unit_id"), CONSTRAINT "schools_state" CHECK (state ~ '^[A-Z]{2}$'), CONSTRAINT "PK_95b932e47ac129dd8e23a0db548" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1c67810dd114065320313d0528" ON "schools"  ("state") `);
    await queryRunner.query(
      `CREATE TABLE "programs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "school_id" uuid NOT NULL, "occupation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "credential_level" character varying(20), "delivery" character varying(10) NOT NULL, "min_months" integer, "max_months" integer, "accreditation_body_id" uuid, "url" character varying(500), CONSTRAINT "programs_months" CHECK ((min_months IS NULL OR min_months > 0) AND (max_months IS NULL OR min_months IS NULL OR max_months >= min_months)), CONSTRAINT "programs_delivery" CHECK (delivery IN ('campus', 'online', 'hybrid')), CONSTRAINT "programs_level" CHECK (credential_level IS NULL OR credential_level IN ('certificate', 'associate', 'bachelor', 'master')), CONSTRAINT "PK_d43c664bcaafc0e8a06dfd34e05" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d7a5344bdbf4566726fdc7c0a2" ON "programs"  ("school_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_05df35de14999c9f2c580e24e5" ON "programs"  ("occupation_id", "delivery") `,
    );
    await queryRunner.query(
      `CREATE TABLE "wage_statistics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "soc_code" character varying(7) NOT NULL, "soc_title" character varying(200) NOT NULL, "area_type" character varying(10) NOT NULL, "area_code" character varying(10) NOT NULL, "area_name" character varying(120) NOT NULL, "reference_period" character varying(40) NOT NULL, "period_year" integer NOT NULL, "employment" integer, "mean_annual" integer, "p10_annual" integer, "p25_annual" integer, "median_annual" integer, "p75_annual" integer, "p90_annual" integer, "mean_hourly" numeric(8,2), "p10_hourly" numeric(8,2), "p25_hourly" numeric(8,2), "median_hourly" numeric(8,2), "p75_hourly" numeric(8,2), "p90_hourly" numeric(8,2), "flags" jsonb NOT NULL DEFAULT '{}', "source_id" uuid NOT NULL, CONSTRAINT "UQ_88de4cf0b7608755db99eeb544c" UNIQUE ("soc_code", "area_code", "period_year"), CONSTRAINT "wage_statistics_non_negative" CHECK (coalesce(employment, 0) >= 0 AND coalesce(mean_annual, 0) >= 0 AND coalesce(p10_annual, 0) >= 0 AND coalesce(mean_hourly, 0) >= 0 AND coalesce(p10_hourly, 0) >= 0), CONSTRAINT "wage_statistics_hourly_order" CHECK ((p10_hourly IS NULL OR p25_hourly IS NULL OR p10_hourly <= p25_hourly) AND (p25_hourly IS NULL OR median_hourly IS NULL OR p25_hourly <= median_hourly) AND (median_hourly IS NULL OR p75_hourly IS NULL OR median_hourly <= p75_hourly) AND (p75_hourly IS NULL OR p90_hourly IS NULL OR p75_hourly <= p90_hourly)), CONSTRAINT "wage_statistics_annual_order" CHECK ((p10_annual IS NULL OR p25_annual IS NULL OR p10_annual <= p25_annual) AND (p25_annual IS NULL OR median_annual IS NULL OR p25_annual <= median_annual) AND (median_annual IS NULL OR p75_annual IS NULL OR median_annual <= p75_annual) AND (p75_annual IS NULL OR p90_annual IS NULL OR p75_annual <= p90_annual)), CONSTRAINT "wage_statistics_area_type" CHECK (area_type IN ('national', 'state')), CONSTRAINT "PK_76b9d69fd2d356b3d8bf145af3f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4bda6056c73f1746145caffa96" ON "wage_statistics"  ("soc_code", "area_type", "period_year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "occupation_section_sources" ("section_id" uuid NOT NULL, "source_id" uuid NOT NULL, CONSTRAINT "PK_f7a09b0ae8ac82ba71ada68eeab" PRIMARY KEY ("section_id", "source_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ba5136b382f03f25eee1b41270" ON "occupation_section_sources"  ("section_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_271297d9c3de9a3d7dca762751" ON "occupation_section_sources"  ("source_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "accreditation_body_occupations" ("accreditation_body_id" uuid NOT NULL, "occupation_id" uuid NOT NULL, CONSTRAINT "PK_2bf85e3b5e541bbc40b9ddbb7e7" PRIMARY KEY ("accreditation_body_id", "occupation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_09a8412b84db27971108cc36a2" ON "accreditation_body_occupations"  ("accreditation_body_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_55d311b518911cccfdf2e86c3f" ON "accreditation_body_occupations"  ("occupation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "accreditation_body_sources" ("accreditation_body_id" uuid NOT NULL, "source_id" uuid NOT NULL, CONSTRAINT "PK_8fdf917c7a40447ef8d923ade2e" PRIMARY KEY ("accreditation_body_id", "source_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_520b791a44b5020f0c25192341" ON "accreditation_body_sources"  ("accreditation_body_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_df579482983627b8f9c0476d13" ON "accreditation_body_sources"  ("source_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_sections" ADD CONSTRAINT "FK_1020f8deec2d565decf8bdc9566" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certifying_bodies" ADD CONSTRAINT "FK_14079488fb82966cc6be82dfcf5" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_ca41762d0bba4e5a827af11560f" FOREIGN KEY ("certifying_body_id") REFERENCES "certifying_bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_2a6f6d3c059e876f786e0c6a2f9" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_certifications" ADD CONSTRAINT "FK_f08c98d66592211342845e1364d" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_certifications" ADD CONSTRAINT "FK_1956dd2d794284870eb985918ee" FOREIGN KEY ("certifying_body_id") REFERENCES "certifying_bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_certifications" ADD CONSTRAINT "FK_113156ade16fe25344014a68b70" FOREIGN KEY ("credential_id") REFERENCES "credentials"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_certifications" ADD CONSTRAINT "FK_24aedd3c191a5b9d86474cb2210" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "education_paths" ADD CONSTRAINT "FK_353933f471219308346a3beb91f" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "education_paths" ADD CONSTRAINT "FK_140ffea99b9473d4ecab71309a8" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_settings" ADD CONSTRAINT "FK_7ac294a3eca4f5cd91ad3501f10" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_settings" ADD CONSTRAINT "FK_3e8a7bc273c9d7186688a9a87ff" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupations" ADD CONSTRAINT "FK_38d6bdf2d5c54b076bd3134dbf0" FOREIGN KEY ("skills_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupations" ADD CONSTRAINT "FK_3b5af811d7bc2c223336258a97d" FOREIGN KEY ("specializations_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "accreditation_bodies" ADD CONSTRAINT "FK_021a9c59b36dc54086712e3bc03" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comparison_rows" ADD CONSTRAINT "FK_e64e2339339b35206f1e1168e2a" FOREIGN KEY ("comparison_id") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comparisons" ADD CONSTRAINT "FK_3c382a7189e3d21931c87782683" FOREIGN KEY ("author_id") REFERENCES "authors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comparison_occupations" ADD CONSTRAINT "FK_69fddb42268a33c730ac7dfe62e" FOREIGN KEY ("comparison_id") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comparison_occupations" ADD CONSTRAINT "FK_88ae6e58f502bbfad23ae00e328" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment_projections" ADD CONSTRAINT "FK_baf32013a97be699e1e56cb232a" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "publications" ADD CONSTRAINT "FK_1ef3495259c02c2d88986623c7f" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "revisions" ADD CONSTRAINT "FK_ea71e06440700cc3d28bac24b19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "schools" ADD CONSTRAINT "FK_d514603da2a3054f110b7ed4c42" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "FK_d7a5344bdbf4566726fdc7c0a27" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "FK_9166ec1b89bd9daeea7f7a512a3" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "FK_ec8634634c283ca147daeacb4c9" FOREIGN KEY ("accreditation_body_id") REFERENCES "accreditation_bodies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wage_statistics" ADD CONSTRAINT "FK_d3d4ff5995432042fef65ff5205" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_section_sources" ADD CONSTRAINT "FK_ba5136b382f03f25eee1b412703" FOREIGN KEY ("section_id") REFERENCES "occupation_sections"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_section_sources" ADD CONSTRAINT "FK_271297d9c3de9a3d7dca7627514" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "accreditation_body_occupations" ADD CONSTRAINT "FK_09a8412b84db27971108cc36a22" FOREIGN KEY ("accreditation_body_id") REFERENCES "accreditation_bodies"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "accreditation_body_occupations" ADD CONSTRAINT "FK_55d311b518911cccfdf2e86c3fc" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "accreditation_body_sources" ADD CONSTRAINT "FK_520b791a44b5020f0c251923416" FOREIGN KEY ("accreditation_body_id") REFERENCES "accreditation_bodies"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "accreditation_body_sources" ADD CONSTRAINT "FK_df579482983627b8f9c0476d133" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "accreditation_body_sources" DROP CONSTRAINT "FK_df579482983627b8f9c0476d133"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accreditation_body_sources" DROP CONSTRAINT "FK_520b791a44b5020f0c251923416"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accreditation_body_occupations" DROP CONSTRAINT "FK_55d311b518911cccfdf2e86c3fc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accreditation_body_occupations" DROP CONSTRAINT "FK_09a8412b84db27971108cc36a22"`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_section_sources" DROP CONSTRAINT "FK_271297d9c3de9a3d7dca7627514"`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_section_sources" DROP CONSTRAINT "FK_ba5136b382f03f25eee1b412703"`,
    );
    await queryRunner.query(`ALTER TABLE "wage_statistics" DROP CONSTRAINT "FK_d3d4ff5995432042fef65ff5205"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "FK_ec8634634c283ca147daeacb4c9"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "FK_9166ec1b89bd9daeea7f7a512a3"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "FK_d7a5344bdbf4566726fdc7c0a27"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP CONSTRAINT "FK_d514603da2a3054f110b7ed4c42"`);
    await queryRunner.query(`ALTER TABLE "revisions" DROP CONSTRAINT "FK_ea71e06440700cc3d28bac24b19"`);
    await queryRunner.query(`ALTER TABLE "publications" DROP CONSTRAINT "FK_1ef3495259c02c2d88986623c7f"`);
    await queryRunner.query(
      `ALTER TABLE "employment_projections" DROP CONSTRAINT "FK_baf32013a97be699e1e56cb232a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comparison_occupations" DROP CONSTRAINT "FK_88ae6e58f502bbfad23ae00e328"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comparison_occupations" DROP CONSTRAINT "FK_69fddb42268a33c730ac7dfe62e"`,
    );
    await queryRunner.query(`ALTER TABLE "comparisons" DROP CONSTRAINT "FK_3c382a7189e3d21931c87782683"`);
    await queryRunner.query(`ALTER TABLE "comparison_rows" DROP CONSTRAINT "FK_e64e2339339b35206f1e1168e2a"`);
    await queryRunner.query(
      `ALTER TABLE "accreditation_bodies" DROP CONSTRAINT "FK_021a9c59b36dc54086712e3bc03"`,
    );
    await queryRunner.query(`ALTER TABLE "occupations" DROP CONSTRAINT "FK_3b5af811d7bc2c223336258a97d"`);
    await queryRunner.query(`ALTER TABLE "occupations" DROP CONSTRAINT "FK_38d6bdf2d5c54b076bd3134dbf0"`);
    await queryRunner.query(`ALTER TABLE "work_settings" DROP CONSTRAINT "FK_3e8a7bc273c9d7186688a9a87ff"`);
    await queryRunner.query(`ALTER TABLE "work_settings" DROP CONSTRAINT "FK_7ac294a3eca4f5cd91ad3501f10"`);
    await queryRunner.query(`ALTER TABLE "education_paths" DROP CONSTRAINT "FK_140ffea99b9473d4ecab71309a8"`);
    await queryRunner.query(`ALTER TABLE "education_paths" DROP CONSTRAINT "FK_353933f471219308346a3beb91f"`);
    await queryRunner.query(
      `ALTER TABLE "occupation_certifications" DROP CONSTRAINT "FK_24aedd3c191a5b9d86474cb2210"`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_certifications" DROP CONSTRAINT "FK_113156ade16fe25344014a68b70"`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_certifications" DROP CONSTRAINT "FK_1956dd2d794284870eb985918ee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_certifications" DROP CONSTRAINT "FK_f08c98d66592211342845e1364d"`,
    );
    await queryRunner.query(`ALTER TABLE "credentials" DROP CONSTRAINT "FK_2a6f6d3c059e876f786e0c6a2f9"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP CONSTRAINT "FK_ca41762d0bba4e5a827af11560f"`);
    await queryRunner.query(
      `ALTER TABLE "certifying_bodies" DROP CONSTRAINT "FK_14079488fb82966cc6be82dfcf5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_sections" DROP CONSTRAINT "FK_1020f8deec2d565decf8bdc9566"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_df579482983627b8f9c0476d13"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_520b791a44b5020f0c25192341"`);
    await queryRunner.query(`DROP TABLE "accreditation_body_sources"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_55d311b518911cccfdf2e86c3f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09a8412b84db27971108cc36a2"`);
    await queryRunner.query(`DROP TABLE "accreditation_body_occupations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_271297d9c3de9a3d7dca762751"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba5136b382f03f25eee1b41270"`);
    await queryRunner.query(`DROP TABLE "occupation_section_sources"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bda6056c73f1746145caffa96"`);
    await queryRunner.query(`DROP TABLE "wage_statistics"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05df35de14999c9f2c580e24e5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d7a5344bdbf4566726fdc7c0a2"`);
    await queryRunner.query(`DROP TABLE "programs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c67810dd114065320313d0528"`);
    await queryRunner.query(`DROP TABLE "schools"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5732ab035d3554ae7cf1a34b03"`);
    await queryRunner.query(`DROP TABLE "revisions"`);
    await queryRunner.query(`DROP TABLE "publications"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "employment_projections"`);
    await queryRunner.query(`DROP TABLE "comparison_occupations"`);
    await queryRunner.query(`DROP TABLE "comparisons"`);
    await queryRunner.query(`DROP TABLE "comparison_rows"`);
    await queryRunner.query(`DROP TABLE "authors"`);
    await queryRunner.query(`DROP TABLE "accreditation_bodies"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d35e329c1aa9785c22a33f512"`);
    await queryRunner.query(`DROP TABLE "occupations"`);
    await queryRunner.query(`DROP TABLE "work_settings"`);
    await queryRunner.query(`DROP TABLE "education_paths"`);
    await queryRunner.query(`DROP TABLE "occupation_certifications"`);
    await queryRunner.query(`DROP TABLE "credentials"`);
    await queryRunner.query(`DROP TABLE "certifying_bodies"`);
    await queryRunner.query(`DROP TABLE "sources"`);
    await queryRunner.query(`DROP TABLE "occupation_sections"`);
  }
}
