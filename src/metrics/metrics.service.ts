import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { RedisClient } from '../redis/redis-connection';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Clock } from '../common/clock';
import { WEBHOOK_QUEUE } from '../notifications/webhook-queue';
import { REDIS } from '../redis/redis.module';
import { ClusterLeader } from '../database/cluster-leader';
import { ChangeFeed } from '../database/change-feed';
import { PeriodicWork } from '../database/periodic-work';
import { calendarCoveredUntil } from '../health/calendar-coverage';
import { OfficialCalendarService } from '../sla/official-calendar.service';
import { SLA_QUEUE, TimerKind } from '../sla/timers/sla-queue';
import { MetricsRepository } from './metrics.repository';

/**
 * Budget of one data source during a scrape. Sources are read in parallel, so a scrape answers in
 * well under a second even when Postgres or Redis hangs; a source that misses its budget keeps its
 * last known values and is reported by `workorders_scrape_source_up`.
 */
const SOURCE_BUDGET_MS = 400;

export type WebhookAttemptOutcome = 'delivered' | 'retrying' | 'dead' | 'stale' | 'error';

/**
 * Prometheus metrics of this process. Backlogs are read from Postgres and Redis at scrape time, so
 * any instance reports the state of the whole system; counters (firings, webhook attempts) count
 * what this process did, so a dashboard sums them over the api and worker instances.
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

  private readonly warnings = new Counter({
    name: 'workorders_sla_warnings_total',
    help: 'Stage warnings (90 % of the deadline) recorded by this process',
    registers: [this.registry],
  });

  private readonly breaches = new Counter({
    name: 'workorders_sla_breaches_total',
    help: 'Stage breaches recorded by this process',
    registers: [this.registry],
  });

  private readonly escalations = new Counter({
    name: 'workorders_sla_escalations_total',
    help: 'Escalations to the next tier on breach, by the tier escalated to',
    labelNames: ['to_tier'],
    registers: [this.registry],
  });

  private readonly supervisionOrders = new Counter({
    name: 'workorders_supervision_orders_total',
    help: 'Supervision orders issued, automatic (on breach) or by a supervisor',
    labelNames: ['source'],
    registers: [this.registry],
  });

  private readonly firingLag = new Histogram({
    name: 'workorders_sla_firing_lag_seconds',
    help: 'Delay between a warning or breach instant and its recording, by timer kind and path (queue job or reconciler)',
    labelNames: ['kind', 'path'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });

  private readonly rearms = new Counter({
    name: 'workorders_sla_rearms_total',
    help: 'Full re-arms of the timer horizon from Postgres, by reason: start (or after an outage), marker_lost (flush, empty restart), replication_changed (failover to a replica)',
    labelNames: ['reason'],
    registers: [this.registry],
  });

  private readonly webhookAttempts = new Histogram({
    name: 'workorders_webhook_attempt_duration_seconds',
    help: 'Webhook delivery attempts by outcome and their duration (request included); _count is the number of attempts',
    labelNames: ['outcome'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly partitionsCreatedTotal = new Counter({
    name: 'workorders_partitions_created_total',
    help: 'Monthly partitions of the append-only tables created by partition upkeep in this process, by table',
    labelNames: ['table'],
    registers: [this.registry],
  });

  private readonly partitionsDetachedTotal = new Counter({
    name: 'workorders_partitions_detached_total',
    help: 'Monthly partitions detached past their retention by partition upkeep in this process, by table',
    labelNames: ['table'],
    registers: [this.registry],
  });

  private readonly partitionsHeldGauge = new Gauge({
    name: 'workorders_partitions_held',
    help: "Partitions past retention left attached at this process's last upkeep pass because they still hold rows to deliver, by table",
    labelNames: ['table'],
    registers: [this.registry],
  });

  /** Source reads started by the current scrape, with whether each answered in time. */
  private reads: Promise<{ source: string; up: boolean }>[] = [];

  constructor(
    private readonly backlogs: MetricsRepository,
    @Inject(REDIS) private readonly redis: RedisClient,
    @InjectQueue(SLA_QUEUE) private readonly slaQueue: Queue,
    @InjectQueue(WEBHOOK_QUEUE) private readonly webhookQueue: Queue,
    private readonly clock: Clock,
    private readonly calendar: OfficialCalendarService,
    private readonly leader: ClusterLeader,
    private readonly periodic: PeriodicWork,
    private readonly changes: ChangeFeed,
  ) {}

  slaFired(kind: TimerKind, lagMs: number, path: 'queue' | 'reconciler'): void {
    (kind === 'warn' ? this.warnings : this.breaches).inc();
    this.firingLag.observe({ kind, path }, Math.max(0, lagMs) / 1000);
  }

  slaRearmed(reason: 'start' | 'marker_lost' | 'replication_changed'): void {
    this.rearms.inc({ reason });
  }

  escalated(toTier: string): void {
    this.escalations.inc({ to_tier: toTier });
  }

  supervisionOrderIssued(source: 'automatic' | 'supervisor'): void {
    this.supervisionOrders.inc({ source });
  }

  webhookAttempt(outcome: WebhookAttemptOutcome, seconds: number): void {
    this.webhookAttempts.observe({ outcome }, seconds);
  }

  partitionsCreated(table: string): void {
    this.partitionsCreatedTotal.inc({ table });
  }

  partitionsDetached(table: string): void {
    this.partitionsDetachedTotal.inc({ table });
  }

  partitionsHeld(table: string, held: number): void {
    this.partitionsHeldGauge.set({ table }, held);
  }

  /** The exposition text; never waits longer than one source budget. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  onModuleInit(): void {
    collectDefaultMetrics({ register: this.registry, prefix: 'workorders_' });
    const fromPostgres = <T>(work: () => Promise<T>) => this.bounded('postgres', work);
    const fromRedis = <T>(work: () => Promise<T>) =>
      // A connection that is not ready answers at once with "unknown" instead of queueing a command for later.
      this.redis.status === 'ready' ? this.bounded('redis', work) : this.bounded('redis', () => Promise.reject(new Error('not ready')));
    const backlogs = this.backlogs;
    new Gauge({
      name: 'workorders_open_stages',
      help: 'Open stages by kind and SLA state (ok, warned, breached)',
      labelNames: ['kind', 'state'],
      registers: [this.registry],
      async collect() {
        const rows = await fromPostgres(() => backlogs.openStages());
        if (!rows) return;
        this.reset();
        for (const r of rows) this.set({ kind: r.kind, state: r.state }, r.n);
      },
    });
    new Gauge({
      name: 'workorders_outbox_unpublished',
      help: 'Outbox messages not yet relayed to webhook deliveries',
      registers: [this.registry],
      async collect() {
        const n = await fromPostgres(() => backlogs.unpublishedOutbox());
        if (n !== undefined) this.set(n);
      },
    });
    new Gauge({
      name: 'workorders_webhook_deliveries',
      help: 'Webhook deliveries by status',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const rows = await fromPostgres(() => backlogs.deliveriesByStatus());
        if (!rows) return;
        this.reset();
        for (const r of rows) this.set({ status: r.status }, r.n);
      },
    });
    const queues = [this.slaQueue, this.webhookQueue];
    new Gauge({
      name: 'workorders_queue_jobs',
      help: 'BullMQ jobs by queue and state (last known values while Redis does not answer)',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        const counts = await fromRedis(() => Promise.all(queues.map((q) => q.getJobCounts('delayed', 'waiting', 'active', 'failed'))));
        if (!counts) return;
        counts.forEach((byState, i) => {
          for (const [state, n] of Object.entries(byState)) this.set({ queue: queues[i].name, state }, n);
        });
      },
    });
    const clock = this.clock;
    const calendar = this.calendar;
    const covers = (year: number) => calendar.current().covers(year);
    new Gauge({
      name: 'workorders_calendar_covered_until_timestamp_seconds',
      help: 'End of the last day the official holiday calendar covers without a gap; later working days fall back to Monday-Friday (provisional deadlines)',
      registers: [this.registry],
      collect() {
        this.set(calendarCoveredUntil(clock.now(), covers).getTime() / 1000);
      },
    });
    new Gauge({
      name: 'workorders_calendar_days_covered_ahead',
      help: 'Days from now to the end of the public-holiday calendar coverage (alert well before it reaches 0)',
      registers: [this.registry],
      collect() {
        const now = clock.now();
        this.set(Math.max(0, Math.floor((calendarCoveredUntil(now, covers).getTime() - now.getTime()) / 86_400_000)));
      },
    });
    this.registerCluster();
    this.registerSourceUp();
  }

  /** Which process leads periodic work, what it ran, and whether this process hears cache invalidations. */
  private registerCluster(): void {
    const leader = this.leader;
    const periodic = this.periodic;
    const changes = this.changes;
    new Gauge({
      name: 'workorders_periodic_leader',
      help: '1 while this process holds the leader lock and runs periodic work (reconciler, outbox relay, aging); summed over the workers it is 1',
      registers: [this.registry],
      collect() {
        this.set(leader.isLeader ? 1 : 0);
      },
    });
    new Counter({
      name: 'workorders_periodic_passes_total',
      help: 'Passes of periodic work run by this process, by task',
      labelNames: ['task'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [task, n] of periodic.passes()) this.inc({ task }, n);
      },
    });
    new Gauge({
      name: 'workorders_change_feed_connected',
      help: "1 while this process's cache-invalidation listener is connected; at 0 its caches answer nothing and every lookup reads Postgres",
      registers: [this.registry],
      collect() {
        this.set(changes.live ? 1 : 0);
      },
    });
  }

  private bounded<T>(source: 'postgres' | 'redis', work: () => Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), SOURCE_BUDGET_MS);
    });
    const result = Promise.race([work().catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
    this.reads.push(result.then((r) => ({ source, up: r !== undefined })));
    return result;
  }

  /**
   * Registered after every gauge that reads a source: prom-client starts the collects in registration
   * order, so by the time these run, this scrape's reads have all started and they can wait for them.
   */
  private registerSourceUp(): void {
    const pending = () => this.reads;
    const pool = () => this.backlogs.pool();
    new Gauge({
      name: 'workorders_db_pool_connections',
      help: "This process's Postgres pool: connections in use, idle, and requests waiting for one (read after this scrape's own queries)",
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        await Promise.all(pending());
        const p = pool();
        if (!p) return;
        this.set({ state: 'in_use' }, p.totalCount - p.idleCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
    new Gauge({
      name: 'workorders_scrape_source_up',
      help: '1 when the source answered within its budget in this scrape; 0 means the gauges read from it show last known values',
      labelNames: ['source'],
      registers: [this.registry],
      async collect() {
        const reads = await Promise.all(pending().splice(0));
        for (const source of ['postgres', 'redis']) {
          const mine = reads.filter((r) => r.source === source);
          if (mine.length > 0) this.set({ source }, mine.every((r) => r.up) ? 1 : 0);
        }
      },
    });
  }
}
