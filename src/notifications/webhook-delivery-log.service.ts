import { Injectable, Logger } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { Clock } from '../common/clock';
import { Page } from '../common/cursor';
import { NotFoundError } from '../common/domain-error';
import { ListWebhookDeliveriesQuery, WebhookDeliveryView } from './dto/webhook-delivery.dto';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookJobsService } from './webhook-jobs.service';
import { isVisibleSubscription, WebhookSubscriptionService } from './webhook-subscription.service';

/** The delivery log: what was sent where, how it went, and replay. Scoped through the subscription's unit. */
@Injectable()
export class WebhookDeliveryLogService {
  private readonly logger = new Logger(WebhookDeliveryLogService.name);

  constructor(
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly subscriptions: WebhookSubscriptionService,
    private readonly jobs: WebhookJobsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: RequestActor, q: ListWebhookDeliveriesQuery): Promise<Page<WebhookDeliveryView>> {
    if (q.subscriptionId) await this.subscriptions.getVisible(actor, q.subscriptionId);
    const page = await this.deliveries.list(actor, q);
    return { items: page.items.map((d) => WebhookDeliveryView.of(d)), nextCursor: page.nextCursor };
  }

  /** Sends the delivery again now, whatever its state, with a fresh retry schedule. */
  async replay(actor: RequestActor, id: string): Promise<WebhookDeliveryView> {
    const delivery = await this.deliveries.withSubscription(id);
    if (!delivery || !isVisibleSubscription(actor, delivery.subscription!)) throw new NotFoundError('webhook delivery');
    const replayed = await this.deliveries.restart(id, this.clock.now());
    // Restarting the count reuses job ids, so a retry still waiting under the old count is dropped first.
    // Either step may fail (job running, Redis away): the relay's sweep enqueues the due row anyway.
    await this.jobs.cancel(id, delivery.attempts).catch((err: unknown) => this.logger.debug({ err, id }, 'old attempt not cancelled'));
    await this.jobs.enqueue([replayed]).catch((err: unknown) => this.logger.warn({ err, id }, 'replay not enqueued; the sweep will'));
    return WebhookDeliveryView.of(replayed);
  }
}
