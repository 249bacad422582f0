import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervision orders are timed like stages: a warning point, a deadline generation and the instants
 * their warning and breach were recorded, with the partial indexes the reconciler scans. Orders
 * issued before this carry their warning point at 90 % of the time they were given. SLA policies
 * gain the time a unit has to answer a supervision order (2 hours, what orders were given until now).
 */
export class TimedSupervisionOrders1796539455337 implements MigrationInterface {
  name = 'TimedSupervisionOrders1796539455337';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supervision_orders" ADD "warn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "supervision_orders" SET "warn_at" = "created_at" + ("due_at" - "created_at") * 0.9`);
    await queryRunner.query(`ALTER TABLE "supervision_orders" ALTER COLUMN "warn_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "supervision_orders" ADD "deadline_gen" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "supervision_orders" ADD "basis" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "supervision_orders" ALTER COLUMN "basis" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "supervision_orders" ADD "warned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "supervision_orders" ADD "breached_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "supervision_orders" ADD "escalated_from_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "ix_supervision_open_warn" ON "supervision_orders" ("warn_at") WHERE status = 'open' AND warned_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_supervision_open_due" ON "supervision_orders" ("due_at") WHERE status = 'open' AND breached_at IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "sla_policies" ADD "supervision_limit" jsonb NOT NULL DEFAULT '{"unit": "hours", "value": 2}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sla_policies" DROP COLUMN "supervision_limit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_open_warn"`);
    for (const column of ['escalated_from_id', 'breached_at', 'warned_at', 'basis', 'deadline_gen', 'warn_at']) {
      await queryRunner.query(`ALTER TABLE "supervision_orders" DROP COLUMN "${column}"`);
    }
  }
}
