import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddImportsAndSocCodePeriods1795670416357 implements MigrationInterface {
  name = 'AddImportsAndSocCodePeriods1795670416357';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(20) NOT NULL, "file_name" character varying(255) NOT NULL, "sha256" character(64) NOT NULL, "size_bytes" integer NOT NULL, "reference_period" character varying(40) NOT NULL, "period_year" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'previewed', "counts" jsonb NOT NULL, "preview" jsonb NOT NULL, "created_by_id" uuid, "applied_by_id" uuid, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "imports_status" CHECK (status IN ('previewed', 'applied', 'discarded')), CONSTRAINT "imports_kind" CHECK (kind IN ('oews', 'projections')), CONSTRAINT "PK_ea10c62f5eb1d75e83d8b5225db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_80054172244fffd6fe01f7a74a" ON "imports"  ("sha256", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "occupation_soc_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "occupation_id" uuid NOT NULL, "soc_code" character varying(7) NOT NULL, "from_year" integer, "to_year" integer, CONSTRAINT "occupation_soc_codes_code" CHECK (soc_code ~ '^[0-9]{2}-[0-9]{4}$'), CONSTRAINT "occupation_soc_codes_years" CHECK (from_year IS NULL OR to_year IS NULL OR from_year <= to_year), CONSTRAINT "PK_9d8bda3172ae1027a48e72c036b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "employment_projections" ADD "import_id" uuid`);
    await queryRunner.query(`ALTER TABLE "wage_statistics" ADD "import_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "FK_3bc7ec4d0412ccd78d82f24e3d4" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "imports" ADD CONSTRAINT "FK_720fdd2157fd1659a0abdf81baf" FOREIGN KEY ("applied_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_soc_codes" ADD CONSTRAINT "FK_d32180d1831297ff5cd7c7cc2c4" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employment_projections" ADD CONSTRAINT "FK_5d02e5d3dcd88ab133ba3f55dc8" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wage_statistics" ADD CONSTRAINT "FK_7598898f6a0844b325fd0e4b328" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "wage_statistics" DROP CONSTRAINT "FK_7598898f6a0844b325fd0e4b328"`);
    await queryRunner.query(
      `ALTER TABLE "employment_projections" DROP CONSTRAINT "FK_5d02e5d3dcd88ab133ba3f55dc8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "occupation_soc_codes" DROP CONSTRAINT "FK_d32180d1831297ff5cd7c7cc2c4"`,
    );
    await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "FK_720fdd2157fd1659a0abdf81baf"`);
    await queryRunner.query(`ALTER TABLE "imports" DROP CONSTRAINT "FK_3bc7ec4d0412ccd78d82f24e3d4"`);
    await queryRunner.query(`ALTER TABLE "wage_statistics" DROP COLUMN "import_id"`);
    await queryRunner.query(`ALTER TABLE "employment_projections" DROP COLUMN "import_id"`);
    await queryRunner.query(`DROP TABLE "occupation_soc_codes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80054172244fffd6fe01f7a74a"`);
    await queryRunner.query(`DROP TABLE "imports"`);
  }
}
