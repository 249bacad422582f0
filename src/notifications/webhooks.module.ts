import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { WebhookDeliveriesController } from './webhook-deliveries.controller';
import { WebhookDeliveryLogService } from './webhook-delivery-log.service';
import { WebhookQueueModule } from './webhook-queue.module';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionService } from './webhook-subscription.service';

/** API side of webhooks: subscriptions, the delivery log and replay. */
@Module({
  imports: [OrgModule, WebhookQueueModule],
  controllers: [WebhookSubscriptionsController, WebhookDeliveriesController],
  providers: [WebhookSubscriptionService, WebhookDeliveryLogService],
})
export class WebhooksModule {}
