import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The body a channel system receives for a customer-facing milestone is its own (DOMAIN §7: no
 * stages, units or internal notes), written next to the units' body. A row addressed to a channel
 * system must carry it, so the relay can never send a channel the units' body.
 */
export class OutboxChannelPayload1796038846849 implements MigrationInterface {
  name = 'OutboxChannelPayload1796038846849';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" ADD "channel_payload" jsonb`);
    // Rows written before this change and not yet relayed tell their channel nothing rather than too much.
    await queryRunner.query(
      `UPDATE "outbox" SET "channel_system_ids" = '{}' WHERE "published_at" IS NULL AND cardinality("channel_system_ids") > 0`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox" ADD CONSTRAINT "ck_outbox_channel_payload" CHECK (cardinality(channel_system_ids) = 0 OR channel_payload IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "ck_outbox_channel_payload"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "channel_payload"`);
  }
}
