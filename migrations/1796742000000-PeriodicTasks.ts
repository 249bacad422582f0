import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The schedule of periodic work (SLA reconciler, outbox relay, ticket aging…): one row per task with
 * when its last pass started and finished, how many passes ran and which process ran the last one.
 * Only the leader of periodic work writes it; a pass starts only if the last one started at least an
 * interval ago, so a change of leader neither skips nor doubles an interval.
 */
export class PeriodicTasks1796742000000 implements MigrationInterface {
  name = 'PeriodicTasks1796742000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE periodic_tasks (
        name varchar(64) PRIMARY KEY,
        runs bigint NOT NULL DEFAULT 0,
        last_started_at timestamptz,
        last_finished_at timestamptz,
        holder varchar(300)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE periodic_tasks');
  }
}
