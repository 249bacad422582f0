import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxRepository } from './outbox.repository';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookDeliveryProcessor } from './webhook-delivery.processor';
import { WebhookQueueModule } from './webhook-queue.module';
import { WebhookSenderService } from './webhook-sender.service';

/** Worker side of webhooks: the outbox relay and the delivery processor. */
@Module({
  imports: [ScheduleModule.forRoot(), WebhookQueueModule],
  providers: [OutboxRelayService, OutboxRepository, WebhookSenderService, WebhookDeliveryRepository, WebhookDeliveryProcessor],
  exports: [OutboxRelayService, WebhookSenderService],
})
export class WebhookWorkerModule {}
