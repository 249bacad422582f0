import { MigrationInterface, QueryRunner } from 'typeorm';

/** When an open ticket was auto-upgraded for staying unresolved past the policy age; partial index for the aging pass. */

export class TicketSeverityUpgrade1795444596101 implements MigrationInterface {
  name = 'TicketSeverityUpgrade1795444596101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" ADD "severity_upgraded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "ix_tickets_aging" ON "tickets" ("filed_at") WHERE severity_upgraded_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_tickets_aging"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "severity_upgraded_at"`);
  }
}
