import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox rows name the channel systems they concern too (the filing channel, for customer-facing milestones). */
export class OutboxChannelRecipients1795445600000 implements MigrationInterface {
  name = 'OutboxChannelRecipients1795445600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "channel_system_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "channel_system_ids"`);
  }
}
