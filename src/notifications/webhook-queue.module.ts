import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { WebhookJobsService } from './webhook-jobs.service';
import { WEBHOOK_QUEUE } from './webhook-queue';

/** The enqueuing side of webhook deliveries, shared by the API (replay) and the worker (relay, retries). */
@Module({
  imports: [BullModule.registerQueue({ name: WEBHOOK_QUEUE })],
  providers: [WebhookJobsService],
  exports: [WebhookJobsService],
})
export class WebhookQueueModule {}
