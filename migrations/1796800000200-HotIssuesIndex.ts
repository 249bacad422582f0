import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `"id", "commitment_due_at", "ever_dispatched", "revisit_result", "closed_at", "handling_round", "escalated", "kind", "withdrawn_at", "business_type", "level", "channel", "customer_tier", "owner_unit_id"`;

/**
 * Hot issues count a window's tickets by business type × nature: with the natures carried by the
 * province-and-filing index, a province's year is one index-only range instead of a scan of every
 * ticket (measured at a million tickets: a parallel sequential scan of the whole table, 1.6 s per query).
 */
export class HotIssuesIndex1796800000200 implements MigrationInterface {
  name = 'HotIssuesIndex1796800000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_filed"`);
    await queryRunner.query(
      `CREATE INDEX "ix_tickets_province_filed" ON "tickets" ("province_id", "filed_at") INCLUDE (${COLUMNS}, "natures")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_filed"`);
    await queryRunner.query(`CREATE INDEX "ix_tickets_province_filed" ON "tickets" ("province_id", "filed_at") INCLUDE (${COLUMNS})`);
  }
}
