import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuditEventsAndTwoFactor1795668889533 implements MigrationInterface {
  name = 'AddAuditEventsAndTwoFactor1795668889533';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "type" character varying(60) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_email" character varying(254), "subject_type" character varying(40), "subject_id" character varying(100), "ip" character varying(64), "details" jsonb NOT NULL DEFAULT '{}'::jsonb, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_events_subject" ON "audit_events"  ("subject_type", "subject_id") `,
    );
    await queryRunner.query(`CREATE INDEX "audit_events_actor_at" ON "audit_events"  ("actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_events_type_at" ON "audit_events"  ("type", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_events_at" ON "audit_events"  ("at") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_enabled" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_last_step" integer`);
    await queryRunner.query(`ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_04c7c044146c6632491a370fc04" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_04c7c044146c6632491a370fc04"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "session_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_enabled"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_at"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_type_at"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_at"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_subject"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
