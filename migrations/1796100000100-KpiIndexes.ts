import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KPI aggregates read the window's tickets and, per ticket, its stages and a few event types. The
 * province windows and the stages-by-ticket index carry the columns the KPIs read (INCLUDE), so those
 * reads are index-only instead of one heap page per ticket; returns and approved extensions get partial
 * indexes (a few percent of events), so "has this ticket been returned" is a hash of a small index.
 * Same keys as the indexes they replace: no extra index to maintain on a write, only wider entries.
 */
export class KpiIndexes1796100000100 implements MigrationInterface {
  name = 'KpiIndexes1796100000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_filed"`);
    await queryRunner.query(
      `CREATE INDEX "ix_tickets_province_filed" ON "tickets" ("province_id", "filed_at") INCLUDE ("id", "commitment_due_at", "ever_dispatched", "revisit_result", "closed_at", "handling_round", "escalated", "kind", "withdrawn_at", "business_type", "level", "channel", "customer_tier", "owner_unit_id")`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_commitment"`);
    await queryRunner.query(
      `CREATE INDEX "ix_tickets_province_commitment" ON "tickets" ("province_id", "commitment_due_at") INCLUDE ("id", "filed_at", "withdrawn_at", "kind", "business_type", "level", "channel", "customer_tier", "owner_unit_id")`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_stages_ticket"`);
    await queryRunner.query(
      `CREATE INDEX "ix_stages_ticket" ON "ticket_stages" ("ticket_id", "started_at") INCLUDE ("kind", "status", "completed_at", "due_at", "breached_at")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_events_returned" ON "ticket_events" ("ticket_id") WHERE type = 'ticket.returned'`);
    await queryRunner.query(
      `CREATE INDEX "ix_events_extension_approved" ON "ticket_events" ("ticket_id") WHERE type = 'extension.decided' AND (data ->> 'approved') = 'true'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_events_extension_approved"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_returned"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_ticket"`);
    await queryRunner.query(`CREATE INDEX "ix_stages_ticket" ON "ticket_stages" ("ticket_id", "started_at")`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_commitment"`);
    await queryRunner.query(`CREATE INDEX "ix_tickets_province_commitment" ON "tickets" ("province_id", "commitment_due_at")`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_filed"`);
    await queryRunner.query(`CREATE INDEX "ix_tickets_province_filed" ON "tickets" ("province_id", "filed_at")`);
  }
}
