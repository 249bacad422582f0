import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** The backlogs the metrics report, read from Postgres at scrape time, and this process's pool. */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Open stages by kind and SLA state (ok, warned, breached). */
  openStages(): Promise<{ kind: string; state: string; n: number }[]> {
    return this.db.query(
      `SELECT kind, CASE WHEN breached_at IS NOT NULL THEN 'breached' WHEN warned_at IS NOT NULL THEN 'warned' ELSE 'ok' END AS state, count(*)::int AS n
                 FROM ticket_stages WHERE status = 'open' GROUP BY 1, 2`,
    );
  }

  async unpublishedOutbox(): Promise<number> {
    const rows: { n: number }[] = await this.db.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
    return rows[0].n;
  }

  deliveriesByStatus(): Promise<{ status: string; n: number }[]> {
    return this.db.query('SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY 1');
  }

  /** The driver's connection pool, once it exists. */
  pool(): Pool | undefined {
    return (this.db.driver as unknown as { master?: Pool }).master;
  }
}
