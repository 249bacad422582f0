import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { MetricsService } from '../metrics/metrics.service';
import { DeliveryJobData, WEBHOOK_QUEUE } from './webhook-queue';
import { SendResult, WebhookSenderService } from './webhook-sender.service';

/** Runs delivery attempts. Slow receivers hold a slot for up to the request timeout, hence the wide concurrency. */
@Processor(WEBHOOK_QUEUE, { concurrency: 32 })
export class WebhookDeliveryProcessor extends WorkerHost {
  constructor(
    private readonly sender: WebhookSenderService,
    private readonly metrics: MetricsService,
  ) {
    super();
  }

  async process(job: Job<DeliveryJobData>): Promise<SendResult> {
    const started = performance.now();
    try {
      const result = await this.sender.send(job.data.deliveryId, job.data.attempt);
      this.metrics.webhookAttempt(result, (performance.now() - started) / 1000);
      return result;
    } catch (err) {
      this.metrics.webhookAttempt('error', (performance.now() - started) / 1000);
      throw err;
    }
  }
}
