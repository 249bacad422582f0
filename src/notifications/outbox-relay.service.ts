import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PeriodicWork } from '../database/periodic-work';
import { OutboxRepository } from './outbox.repository';
import { DeliveryRow, WebhookDeliveryRepository } from './webhook-delivery.repository';
import { DueDelivery, WebhookJobsService } from './webhook-jobs.service';

const BATCH = 500;
/** Bounds one pass, so a large backlog cannot starve the due-retry sweep. */
const MAX_BATCHES_PER_PASS = 20;
const SWEEP_LIMIT = 1000;

/**
 * Turns committed outbox rows into webhook deliveries, and keeps every due delivery on the queue.
 * Each pass (1) claims unpublished outbox rows with SKIP LOCKED, so several workers share the work,
 * and in the same transaction inserts one delivery per matching subscription and marks the rows
 * published; the jobs are enqueued only after commit. (2) It re-enqueues every pending or failed
 * delivery whose attempt is due: job ids are deterministic, so for a job still queued this is a
 * no-op, and a job Redis lost (flush, failover, enqueue that failed after commit) comes back.
 * A periodic task (WEBHOOK_RELAY_INTERVAL_MS), run by the leader of periodic work.
 */
@Injectable()
export class OutboxRelayService implements OnModuleInit {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly jobs: WebhookJobsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly periodic: PeriodicWork,
  ) {}

  onModuleInit(): void {
    this.periodic.register({ name: 'webhook-outbox-relay', intervalMs: this.config.WEBHOOK_RELAY_INTERVAL_MS, run: () => this.tick() });
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
    const { messages, deliveries } = await this.outbox.relayBatch(BATCH, this.clock.now());
    // Committed: a failed enqueue here only delays the first attempt until the sweep.
    await this.jobs
      .enqueue(deliveries.map(toDue))
      .catch((err: unknown) => this.logger.warn({ err }, 'deliveries not enqueued; the sweep will'));
    return { messages, deliveries: deliveries.length };
  }

  private async requeueDue(): Promise<number> {
    const due = await this.deliveries.due(this.clock.now(), SWEEP_LIMIT);
    await this.jobs.enqueue(due.map(toDue));
    return due.length;
  }
}

const toDue = (r: DeliveryRow): DueDelivery => ({ id: r.id, attempts: r.attempts, nextAttemptAt: r.next_attempt_at });
