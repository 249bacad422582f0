import { MigrationInterface, QueryRunner } from 'typeorm';

/** Province-scoped filing and commitment windows for KPI aggregates. */

export class KpiWindowIndexes1795444947059 implements MigrationInterface {
  name = 'KpiWindowIndexes1795444947059';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_tickets_province_commitment" ON "tickets" ("province_id", "commitment_due_at") `);
    await queryRunner.query(`CREATE INDEX "ix_tickets_province_filed" ON "tickets" ("province_id", "filed_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_filed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_province_commitment"`);
  }
}
