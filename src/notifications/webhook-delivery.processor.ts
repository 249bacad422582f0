import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { DeliveryJobData, WEBHOOK_QUEUE } from './webhook-queue';
import { SendResult, WebhookSenderService } from './webhook-sender.service';

/** Runs delivery attempts. Slow receivers hold a slot for up to the request timeout, hence the wide concurrency. */
@Processor(WEBHOOK_QUEUE, { concurrency: 32 })
export class WebhookDeliveryProcessor extends WorkerHost {
  constructor(private readonly sender: WebhookSenderService) {
    super();
  }

  async process(job: Job<DeliveryJobData>): Promise<SendResult> {
    return this.sender.send(job.data.deliveryId, job.data.attempt);
  }
}
