import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { WebhookDeliveriesController } from './webhook-deliveries.controller';
import { WebhookDeliveryLogService } from './webhook-delivery-log.service';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookQueueModule } from './webhook-queue.module';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionService } from './webhook-subscription.service';
import { WebhookSubscriptionRepository } from './webhook-subscription.repository';

/** API side of webhooks: subscriptions, the delivery log and replay. */
@Module({
  imports: [OrgModule, WebhookQueueModule],
  controllers: [WebhookSubscriptionsController, WebhookDeliveriesController],
  providers: [WebhookSubscriptionService, WebhookSubscriptionRepository, WebhookDeliveryLogService, WebhookDeliveryRepository],
})
export class WebhooksModule {}
