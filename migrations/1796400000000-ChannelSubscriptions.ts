import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions owned by a channel system: the customer-facing milestones of the tickets it
 * filed. A subscription belongs to exactly one owner, a unit or a channel system.
 */
export class ChannelSubscriptions1796400000000 implements MigrationInterface {
  name = 'ChannelSubscriptions1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" ADD "channel_system_id" uuid`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" ALTER COLUMN "org_unit_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_webhook_subscriptions_channel" ON "webhook_subscriptions" ("channel_system_id") `);
    await queryRunner.query(
      `ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "ck_webhook_subscriptions_owner" CHECK ((org_unit_id IS NULL) <> (channel_system_id IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "FK_e33ecb82e889540d25af2bc7ab5" FOREIGN KEY ("channel_system_id") REFERENCES "channel_systems"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" DROP CONSTRAINT "FK_e33ecb82e889540d25af2bc7ab5"`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" DROP CONSTRAINT "ck_webhook_subscriptions_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_subscriptions_channel"`);
    await queryRunner.query(`DELETE FROM "webhook_subscriptions" WHERE "org_unit_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" ALTER COLUMN "org_unit_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" DROP COLUMN "channel_system_id"`);
  }
}
