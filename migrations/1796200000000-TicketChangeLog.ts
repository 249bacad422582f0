import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed channel systems sync from (GET /tickets?updatedSince=). `updated_at` is stamped
 * when a transaction starts, so a long transaction that commits last would be skipped by a
 * timestamp cursor. Each change instead records its transaction id; readers return only rows
 * below the oldest transaction still running (pg_snapshot_xmin), which can never gain rows behind
 * them, and page by (xid, id). A trigger fills it, so every writer of tickets is covered.
 */
export class TicketChangeLog1796200000000 implements MigrationInterface {
  name = 'TicketChangeLog1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ticket_changes" ("id" bigserial NOT NULL, "ticket_id" uuid NOT NULL, "version" integer NOT NULL, "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(), "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ticket_changes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_ticket_changes_position" ON "ticket_changes" ("xid", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_ticket_changes_ticket" ON "ticket_changes" ("ticket_id", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_ticket_changes_changed_at" ON "ticket_changes" ("changed_at")`);
    await queryRunner.query(`
      CREATE FUNCTION record_ticket_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ticket_changes (ticket_id, version) VALUES (NEW.id, NEW.version);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tickets_record_insert" AFTER INSERT ON "tickets" FOR EACH ROW EXECUTE FUNCTION record_ticket_change()`,
    );
    // A rewrite that changes nothing (the same row written back) is no change a channel must fetch.
    await queryRunner.query(
      `CREATE TRIGGER "tickets_record_update" AFTER UPDATE ON "tickets" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION record_ticket_change()`,
    );
    await queryRunner.query(`INSERT INTO ticket_changes (ticket_id, version, changed_at) SELECT id, version, updated_at FROM tickets`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tickets_record_update" ON "tickets"`);
    await queryRunner.query(`DROP TRIGGER "tickets_record_insert" ON "tickets"`);
    await queryRunner.query(`DROP FUNCTION record_ticket_change()`);
    await queryRunner.query(`DROP TABLE "ticket_changes"`);
  }
}
