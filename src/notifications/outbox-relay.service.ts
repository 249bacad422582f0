import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DueDelivery, WebhookJobsService } from './webhook-jobs.service';

const BATCH = 500;
/** Bounds one pass, so a large backlog cannot starve the due-retry sweep. */
const MAX_BATCHES_PER_PASS = 20;
const SWEEP_LIMIT = 1000;

interface DeliveryRow {
  id: string;
  attempts: number;
  next_attempt_at: Date;
}

/**
 * Turns committed outbox rows into webhook deliveries, and keeps every due delivery on the queue.
 * Each pass (1) claims unpublished outbox rows with SKIP LOCKED, so several workers share the work,
 * and in the same transaction inserts one delivery per matching subscription and marks the rows
 * published; the jobs are enqueued only after commit. (2) It re-enqueues every pending or failed
 * delivery whose attempt is due: job ids are deterministic, so for a job still queued this is a
 * no-op, and a job Redis lost (flush, failover, enqueue that failed after commit) comes back.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: WebhookJobsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    void this.tick();
    this.scheduler.addInterval(
      'webhook-outbox-relay',
      setInterval(() => void this.tick(), this.config.WEBHOOK_RELAY_INTERVAL_MS),
    );
  }

  /** One relay pass; overlapping passes are skipped. */
  async tick(): Promise<{ relayed: number; created: number; requeued: number }> {
    if (this.running) return { relayed: 0, created: 0, requeued: 0 };
    this.running = true;
    try {
      let relayed = 0;
      let created = 0;
      for (let i = 0; i < MAX_BATCHES_PER_PASS; i++) {
        const batch = await this.relayBatch();
        relayed += batch.messages;
        created += batch.deliveries;
        if (batch.messages < BATCH) break;
      }
      const requeued = await this.requeueDue();
      if (relayed) this.logger.debug({ relayed, created }, 'outbox relayed');
      return { relayed, created, requeued };
    } catch (err) {
      this.logger.warn({ err }, 'outbox relay pass failed; retrying next interval');
      return { relayed: 0, created: 0, requeued: 0 };
    } finally {
      this.running = false;
    }
  }

  private async relayBatch(): Promise<{ messages: number; deliveries: number }> {
    const now = this.clock.now();
    const { messages, deliveries } = await this.db.transaction(async (tx) => {
      const claimed = await tx.query<{ id: string }[]>(
        `SELECT id FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (claimed.length === 0) return { messages: 0, deliveries: [] as DeliveryRow[] };
      const ids = claimed.map((r) => r.id);
      // A subscription of unit U receives a message addressed to U, a channel system's one a message
      // addressed to that channel system (the writer addresses it only the milestones of the tickets
      // it filed), with the channel's own body; created_at comes from the clock
      // (millisecond precision) so the delivery log's keyset cursor compares exactly.
      const inserted = await tx.query<DeliveryRow[]>(
        `INSERT INTO webhook_deliveries (subscription_id, outbox_id, event_type, payload, status, attempts, next_attempt_at, created_at)
         SELECT s.id, o.id, o.event_type, CASE WHEN s.channel_system_id IS NULL THEN o.payload ELSE o.channel_payload END, 'pending', 0, $2, $2
           FROM outbox o
           JOIN webhook_subscriptions s ON s.org_unit_id = ANY (o.unit_ids) OR s.channel_system_id = ANY (o.channel_system_ids)
          WHERE o.id = ANY ($1::bigint[])
            AND s.enabled
            AND (cardinality(s.event_types) = 0 OR o.event_type = ANY (s.event_types))
          ORDER BY o.id, s.id
         ON CONFLICT (subscription_id, outbox_id) DO NOTHING
         RETURNING id, attempts, next_attempt_at`,
        [ids, now],
      );
      await tx.query(`UPDATE outbox SET published_at = $2 WHERE id = ANY ($1::bigint[])`, [ids, now]);
      return { messages: claimed.length, deliveries: inserted };
    });
    // Committed: a failed enqueue here only delays the first attempt until the sweep.
    await this.jobs
      .enqueue(deliveries.map(toDue))
      .catch((err: unknown) => this.logger.warn({ err }, 'deliveries not enqueued; the sweep will'));
    return { messages, deliveries: deliveries.length };
  }

  private async requeueDue(): Promise<number> {
    const due = await this.db.query<DeliveryRow[]>(
      `SELECT id, attempts, next_attempt_at FROM webhook_deliveries
        WHERE status IN ('pending', 'failed') AND next_attempt_at <= $1
        ORDER BY next_attempt_at LIMIT ${SWEEP_LIMIT}`,
      [this.clock.now()],
    );
    await this.jobs.enqueue(due.map(toDue));
    return due.length;
  }
}

const toDue = (r: DeliveryRow): DueDelivery => ({ id: r.id, attempts: r.attempts, nextAttemptAt: r.next_attempt_at });
