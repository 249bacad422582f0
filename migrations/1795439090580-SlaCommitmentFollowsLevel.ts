import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A policy's commitment may be unset: the ticket level's commitment (24 / 48 / 72 h) then applies.
 * The catch-all's 72 h only ever stood in for "the level's", and policies created from it copied
 * that 72 h into general and provincial tickets; it becomes unset.
 *
 * Dated just before the default-policy seed so that an empty database seeds the catch-all unset;
 * an existing database runs it as any pending migration.
 */
export class SlaCommitmentFollowsLevel1795439090580 implements MigrationInterface {
  name = 'SlaCommitmentFollowsLevel1795439090580';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sla_policies" ALTER COLUMN "commitment" DROP NOT NULL`);
    await queryRunner.query(
      `UPDATE "sla_policies" SET "commitment" = NULL
        WHERE "kind" IS NULL AND "level" IS NULL AND "customer_tier" IS NULL AND "business_type" IS NULL
          AND "commitment" = '{"unit": "hours", "value": 72}'::jsonb`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "sla_policies" SET "commitment" = '{"unit": "hours", "value": 72}'::jsonb WHERE "commitment" IS NULL`);
    await queryRunner.query(`ALTER TABLE "sla_policies" ALTER COLUMN "commitment" SET NOT NULL`);
  }
}
