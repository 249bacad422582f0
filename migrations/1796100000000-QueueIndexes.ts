import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervisors' queues as index ranges in (due_at, id) order: per owner unit, for a subtree's first page
 * (one bounded range per unit), and over all owners, for the national queue. Supervision orders get the
 * same per-unit ranges for every status, not only open ones.
 */
export class QueueIndexes1796100000000 implements MigrationInterface {
  name = 'QueueIndexes1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_stages_overdue_owner" ON "ticket_stages" ("owner_unit_id", "due_at", "id") WHERE status = 'open' AND breached_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk_owner" ON "ticket_stages" ("owner_unit_id", "due_at", "id") WHERE status = 'open' AND warned_at IS NOT NULL AND breached_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_stages_overdue" ON "ticket_stages" ("due_at", "id") WHERE status = 'open' AND breached_at IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "ix_stages_at_risk" ON "ticket_stages" ("due_at", "id") WHERE status = 'open' AND warned_at IS NOT NULL AND breached_at IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_target_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_issuer_open"`);
    await queryRunner.query(`CREATE INDEX "ix_supervision_target" ON "supervision_orders" ("target_unit_id", "status", "due_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_supervision_issuer" ON "supervision_orders" ("issuer_unit_id", "status", "due_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_supervision_status_due" ON "supervision_orders" ("status", "due_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_issuer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_target"`);
    await queryRunner.query(`CREATE INDEX "ix_supervision_issuer_open" ON "supervision_orders" ("issuer_unit_id", "due_at") WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX "ix_supervision_target_open" ON "supervision_orders" ("target_unit_id", "due_at") WHERE status = 'open'`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_overdue"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_at_risk_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stages_overdue_owner"`);
  }
}
