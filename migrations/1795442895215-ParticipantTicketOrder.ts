import { MigrationInterface, QueryRunner } from 'typeorm';

/** ticket_participants.ticket_created_at (backfilled from tickets) and an index yielding each unit's tickets newest-first, for the department/city list scope. */
export class ParticipantTicketOrder1795442895215 implements MigrationInterface {
  name = 'ParticipantTicketOrder1795442895215';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ticket_participants" ADD "ticket_created_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "ticket_participants" p SET "ticket_created_at" = t."created_at" FROM "tickets" t WHERE t."id" = p."ticket_id"`,
    );
    await queryRunner.query(`ALTER TABLE "ticket_participants" ALTER COLUMN "ticket_created_at" SET NOT NULL`);
    // (unit_id, ticket_id) is covered by the new index's leading column; nothing looks up (unit, ticket) pairs.
    await queryRunner.query(`DROP INDEX "public"."ix_participants_unit"`);
    await queryRunner.query(
      `CREATE INDEX "ix_participants_unit_created" ON "ticket_participants" ("unit_id", "ticket_created_at", "ticket_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_participants_unit_created"`);
    await queryRunner.query(`ALTER TABLE "ticket_participants" DROP COLUMN "ticket_created_at"`);
    await queryRunner.query(`CREATE INDEX "ix_participants_unit" ON "ticket_participants" ("unit_id", "ticket_id") `);
  }
}
