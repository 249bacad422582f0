import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '../common/clock';
import { DeliveryJobData, deliveryJobId, WEBHOOK_QUEUE } from './webhook-queue';

const ENQUEUE_TIMEOUT_MS = 2000;

export interface DueDelivery {
  id: string;
  attempts: number;
  nextAttemptAt: Date;
}

/**
 * Puts delivery attempts on the queue. Always called after the rows are committed, and always
 * safe to call again: Postgres holds the truth, so a lost or failed enqueue is redone by the relay's sweep.
 */
@Injectable()
export class WebhookJobsService {
  constructor(
    @InjectQueue(WEBHOOK_QUEUE) private readonly queue: Queue<DeliveryJobData>,
    private readonly clock: Clock,
  ) {}

  async enqueue(deliveries: DueDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    const now = this.clock.now().getTime();
    await this.bounded(
      this.queue.addBulk(
        deliveries.map((d) => ({
          name: 'deliver',
          data: { deliveryId: d.id, attempt: d.attempts },
          opts: {
            jobId: deliveryJobId(d.id, d.attempts),
            delay: Math.max(0, d.nextAttemptAt.getTime() - now),
            // Retries are scheduled from Postgres, not by BullMQ; a finished job must free its id at once.
            removeOnComplete: true,
            removeOnFail: true,
          },
        })),
      ),
    );
  }

  /** Drops the job of an attempt that will not happen any more (a replay restarts the count). */
  async cancel(deliveryId: string, attempt: number): Promise<void> {
    await this.bounded(this.queue.remove(deliveryJobId(deliveryId, attempt)));
  }

  /** A Redis outage must not hold a request or a relay pass; the sweep catches up. */
  private async bounded<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('webhook queue did not answer in time')), ENQUEUE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
