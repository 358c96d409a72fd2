import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReviewsAndSchedules1796300000000 implements MigrationInterface {
  name = 'AddReviewsAndSchedules1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "publication_schedules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL, "waiting_slot" boolean NOT NULL DEFAULT true, "note" text NOT NULL DEFAULT '', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "review_id" uuid, "created_by_id" uuid, "created_by_email" character varying(254), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "publication_number" integer, "failure_reason" text, "failure_fields" jsonb NOT NULL DEFAULT '[]', "version" integer NOT NULL, CONSTRAINT "PK_9d6ca1e838ef0cfbc9a706c13e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "publication_schedules_due" ON "publication_schedules"  ("status", "due_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "publication_schedules_one_waiting" ON "publication_schedules"  ("waiting_slot") WHERE status = 'scheduled'`,
    );
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" character varying(20) NOT NULL, "open_slot" boolean NOT NULL DEFAULT true, "note" text NOT NULL DEFAULT '', "submitted_by_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text, "approved_hash" character varying(64), "approved_revision_id" bigint, "void_reason" text, "publication_number" integer, CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "reviews_submitted_at" ON "reviews"  ("submitted_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reviews_one_open" ON "reviews"  ("open_slot") WHERE status IN ('pending', 'changes_requested', 'approved')`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "author_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "body" text NOT NULL, "collection" character varying(20), "record_key" character varying(200), "record_label" character varying(300), "field_path" character varying(500), "field_label" character varying(500), CONSTRAINT "PK_7a18556c348d381630855d05f0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_comments_review" ON "review_comments"  ("review_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "publication_schedules" ADD CONSTRAINT "FK_79742925809a10573a2beee4a2c" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_f9b11257d18d7fb0788ec44bb0b" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_4e24416d77bed785aca739475c9" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_comments" ADD CONSTRAINT "FK_16cc302113c3fd00d930056fa38" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_comments" ADD CONSTRAINT "FK_893e74587e84b8e5d58d6f68f24" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_comments" DROP CONSTRAINT "FK_893e74587e84b8e5d58d6f68f24"`);
    await queryRunner.query(`ALTER TABLE "review_comments" DROP CONSTRAINT "FK_16cc302113c3fd00d930056fa38"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_4e24416d77bed785aca739475c9"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_f9b11257d18d7fb0788ec44bb0b"`);
    await queryRunner.query(
      `ALTER TABLE "publication_schedules" DROP CONSTRAINT "FK_79742925809a10573a2beee4a2c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."review_comments_review"`);
    await queryRunner.query(`DROP TABLE "review_comments"`);
    await queryRunner.query(`DROP INDEX "public"."reviews_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."reviews_submitted_at"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
    await queryRunner.query(`DROP INDEX "public"."publication_schedules_one_waiting"`);
    await queryRunner.query(`DROP INDEX "public"."publication_schedules_due"`);
    await queryRunner.query(`DROP TABLE "publication_schedules"`);
  }
}
