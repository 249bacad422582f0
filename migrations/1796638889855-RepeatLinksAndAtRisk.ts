import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Repeat complainants linked both ways: an earlier ticket lists the later filings of the same
 * customer. A commitment put at risk by an extension is flagged in its own column, so the flag no
 * longer stands in for the warning the timer records at the warning instant; the at-risk queue's
 * indexes take warned or flagged stages.
 */
export class RepeatLinksAndAtRisk1796638889855 implements MigrationInterface {
  name = 'RepeatLinksAndAtRisk1796638889855';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" ADD "repeated_by_ticket_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "ticket_stages" ADD "at_risk_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk"`);
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk_owner" ON "ticket_stages" ("owner_unit_id", "due_at", "id") WHERE status = 'open' AND (warned_at IS NOT NULL OR at_risk_at IS NOT NULL) AND breached_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk" ON "ticket_stages" ("due_at", "id") WHERE status = 'open' AND (warned_at IS NOT NULL OR at_risk_at IS NOT NULL) AND breached_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk_owner"`);
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk" ON "ticket_stages" ("due_at", "id") WHERE status = 'open' AND warned_at IS NOT NULL AND breached_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk_owner" ON "ticket_stages" ("owner_unit_id", "due_at", "id") WHERE status = 'open' AND warned_at IS NOT NULL AND breached_at IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "ticket_stages" DROP COLUMN "at_risk_at"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "repeated_by_ticket_ids"`);
  }
}
