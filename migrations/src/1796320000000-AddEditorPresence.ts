import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who has which record open in the admin's editor (heartbeats; rows expire after a minute). */
export class AddEditorPresence1796320000000 implements MigrationInterface {
  name = 'AddEditorPresence1796320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "editor_presence" ("user_id" uuid NOT NULL, "record_type" character varying(40) NOT NULL, "record_id" uuid NOT NULL, "since" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_editor_presence" PRIMARY KEY ("user_id", "record_type", "record_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "editor_presence_record" ON "editor_presence" ("record_type", "record_id") `,
    );
    await queryRunner.query(`CREATE INDEX "editor_presence_last_seen" ON "editor_presence" ("last_seen") `);
    await queryRunner.query(
      `ALTER TABLE "editor_presence" ADD CONSTRAINT "FK_b21968289273b3604f685392d74" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "editor_presence" DROP CONSTRAINT "FK_b21968289273b3604f685392d74"`);
    await queryRunner.query(`DROP INDEX "public"."editor_presence_last_seen"`);
    await queryRunner.query(`DROP INDEX "public"."editor_presence_record"`);
    await queryRunner.query(`DROP TABLE "editor_presence"`);
  }
}
