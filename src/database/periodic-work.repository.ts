import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The schedule of periodic work, in Postgres so that it outlives any leader. */
@Injectable()
export class PeriodicWorkRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Starts a pass if the last one started at least `intervalMs` ago (by the database's clock), in one
   * statement: two processes that both believe they lead (a leader change in progress) still start one
   * pass per interval between them. Returns the pass number, or null with the wait until the next one.
   */
  async claim(task: string, intervalMs: number, holder: string): Promise<{ pass: number } | { waitMs: number }> {
    const claimed = await this.db.query<{ runs: string }[]>(
      `INSERT INTO periodic_tasks AS t (name, runs, last_started_at, holder) VALUES ($1, 1, clock_timestamp(), $3)
       ON CONFLICT (name) DO UPDATE SET runs = t.runs + 1, last_started_at = clock_timestamp(), holder = $3
        WHERE t.last_started_at <= clock_timestamp() - $2 * interval '1 millisecond'
       RETURNING runs`,
      [task, intervalMs, holder],
    );
    if (claimed.length) return { pass: Number(claimed[0].runs) };
    const [row] = await this.db.query<{ wait_ms: number }[]>(
      `SELECT greatest(0, extract(epoch FROM last_started_at + $2 * interval '1 millisecond' - clock_timestamp()) * 1000)::float8 AS wait_ms
         FROM periodic_tasks WHERE name = $1`,
      [task, intervalMs],
    );
    return { waitMs: row ? Number(row.wait_ms) : 0 };
  }

  async finished(task: string): Promise<void> {
    await this.db.query('UPDATE periodic_tasks SET last_finished_at = clock_timestamp() WHERE name = $1', [task]);
  }
}
