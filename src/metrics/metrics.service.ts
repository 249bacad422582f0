import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { WEBHOOK_QUEUE } from '../notifications/webhook-queue';
import { SLA_QUEUE } from '../sla/timers/sla-queue';

/**
 * Prometheus metrics. Backlogs are read from Postgres and Redis at scrape time, so any API instance
 * reports the state of the whole system whichever process (api or worker) did the work.
 */
@Injectable()
export class MetricsService implements OnModuleInit {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(SLA_QUEUE) private readonly slaQueue: Queue,
    @InjectQueue(WEBHOOK_QUEUE) private readonly webhookQueue: Queue,
  ) {}

  onModuleInit(): void {
    collectDefaultMetrics({ register: this.registry, prefix: 'workorders_' });
    const db = this.db;
    new Gauge({
      name: 'workorders_open_stages',
      help: 'Open stages by kind and SLA state (ok, warned, breached)',
      labelNames: ['kind', 'state'],
      registers: [this.registry],
      async collect() {
        const rows = (await db.query(
          `SELECT kind, CASE WHEN breached_at IS NOT NULL THEN 'breached' WHEN warned_at IS NOT NULL THEN 'warned' ELSE 'ok' END AS state, count(*)::int AS n
             FROM ticket_stages WHERE status = 'open' GROUP BY 1, 2`,
        )) as { kind: string; state: string; n: number }[];
        this.reset();
        for (const r of rows) this.set({ kind: r.kind, state: r.state }, r.n);
      },
    });
    new Gauge({
      name: 'workorders_outbox_unpublished',
      help: 'Outbox messages not yet relayed to webhook deliveries',
      registers: [this.registry],
      async collect() {
        const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL')) as { n: number }[];
        this.set(n);
      },
    });
    new Gauge({
      name: 'workorders_webhook_deliveries',
      help: 'Webhook deliveries by status',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const rows = (await db.query('SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY 1')) as {
          status: string;
          n: number;
        }[];
        this.reset();
        for (const r of rows) this.set({ status: r.status }, r.n);
      },
    });
    const queues = [this.slaQueue, this.webhookQueue];
    new Gauge({
      name: 'workorders_queue_jobs',
      help: 'BullMQ jobs by queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues) {
          // A Redis outage must not fail the whole scrape; the health endpoint reports it.
          const counts = await queue.getJobCounts('delayed', 'waiting', 'active', 'failed').catch(() => null);
          for (const [state, n] of Object.entries(counts ?? {})) this.set({ queue: queue.name, state }, n);
        }
      },
    });
  }
}
