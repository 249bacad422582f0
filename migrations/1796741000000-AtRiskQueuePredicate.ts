import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The at-risk queue's partial indexes take its whole predicate as one boolean test, and the queue's
 * query states it in the same form. Postgres estimated the at-risk stages by multiplying the
 * selectivities of `warned_at IS NOT NULL` (high over all stages, most of them long closed) and
 * `breached_at IS NULL`, several times too many, so the national first page read the open-stage index
 * and filtered it. Written as one test, only the at-risk indexes' predicates follow from the query, and
 * the statistics on that expression give the planner the real count.
 */
export class AtRiskQueuePredicate1796741000000 implements MigrationInterface {
  name = 'AtRiskQueuePredicate1796741000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk"`);
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk_owner" ON "ticket_stages" ("owner_unit_id", "due_at", "id") WHERE (status = 'open' AND (warned_at IS NOT NULL OR at_risk_at IS NOT NULL) AND breached_at IS NULL) IS TRUE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk" ON "ticket_stages" ("due_at", "id") WHERE (status = 'open' AND (warned_at IS NOT NULL OR at_risk_at IS NOT NULL) AND breached_at IS NULL) IS TRUE`,
    );
    await queryRunner.query(
      `CREATE STATISTICS "st_stages_at_risk" ON ((status = 'open' AND (warned_at IS NOT NULL OR at_risk_at IS NOT NULL) AND breached_at IS NULL)) FROM "ticket_stages"`,
    );
    await queryRunner.query(`ANALYZE "ticket_stages"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP STATISTICS "public"."st_stages_at_risk"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk_owner"`);
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk_owner" ON "ticket_stages" ("owner_unit_id", "due_at", "id") WHERE status = 'open' AND (warned_at IS NOT NULL OR at_risk_at IS NOT NULL) AND breached_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk" ON "ticket_stages" ("due_at", "id") WHERE status = 'open' AND (warned_at IS NOT NULL OR at_risk_at IS NOT NULL) AND breached_at IS NULL`,
    );
  }
}
