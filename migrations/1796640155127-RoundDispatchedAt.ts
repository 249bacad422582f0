import { MigrationInterface, QueryRunner } from 'typeorm';

/** The national centre's dispatch of an escalated complaint's current round: the province's working days count from it. */
export class RoundDispatchedAt1796640155127 implements MigrationInterface {
  name = 'RoundDispatchedAt1796640155127';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" ADD "round_dispatched_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "round_dispatched_at"`);
  }
}
