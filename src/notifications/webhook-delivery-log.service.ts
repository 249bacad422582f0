import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { pathScopeSql } from '../auth/org-scope';
import { Clock } from '../common/clock';
import { keysetPage, Page } from '../common/cursor';
import { NotFoundError } from '../common/domain-error';
import { ListWebhookDeliveriesQuery, WebhookDeliveryView } from './dto/webhook-delivery.dto';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookJobsService } from './webhook-jobs.service';
import { isVisibleSubscription, WebhookSubscriptionService } from './webhook-subscription.service';

/** The delivery log: what was sent where, how it went, and replay. Scoped through the subscription's unit. */
@Injectable()
export class WebhookDeliveryLogService {
  private readonly logger = new Logger(WebhookDeliveryLogService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly subscriptions: WebhookSubscriptionService,
    private readonly jobs: WebhookJobsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: RequestActor, q: ListWebhookDeliveriesQuery): Promise<Page<WebhookDeliveryView>> {
    const qb = this.db.getRepository(WebhookDelivery).createQueryBuilder('d').innerJoin('d.subscription', 's');
    if (actor.kind === 'channel') qb.where('s.channel_system_id = :channelSystemId', { channelSystemId: actor.id });
    else {
      const scope = pathScopeSql(actor, 'u.path');
      qb.innerJoin('s.orgUnit', 'u').where(scope.sql, scope.params);
    }
    if (q.subscriptionId) {
      await this.subscriptions.getVisible(actor, q.subscriptionId);
      qb.andWhere('d.subscription_id = :sid', { sid: q.subscriptionId });
    }
    if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    // created_at is written from a JS Date (millisecond precision), so the cursor's ISO string compares exactly.
    const page = await keysetPage(qb, {
      columns: ['d.created_at', 'd.id'],
      types: ['timestamp', 'uuid'],
      direction: 'DESC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (d) => [d.createdAt.toISOString(), d.id],
    });
    return { items: page.items.map((d) => WebhookDeliveryView.of(d)), nextCursor: page.nextCursor };
  }

  /** Sends the delivery again now, whatever its state, with a fresh retry schedule. */
  async replay(actor: RequestActor, id: string): Promise<WebhookDeliveryView> {
    const repo = this.db.getRepository(WebhookDelivery);
    const delivery = await repo.findOne({ where: { id }, relations: { subscription: { orgUnit: true } } });
    if (!delivery || !isVisibleSubscription(actor, delivery.subscription!)) throw new NotFoundError('webhook delivery');
    const now = this.clock.now();
    await repo.update({ id }, { status: 'pending', attempts: 0, nextAttemptAt: now });
    const replayed = await repo.findOneByOrFail({ id });
    // Restarting the count reuses job ids, so a retry still waiting under the old count is dropped first.
    // Either step may fail (job running, Redis away): the relay's sweep enqueues the due row anyway.
    await this.jobs.cancel(id, delivery.attempts).catch((err: unknown) => this.logger.debug({ err, id }, 'old attempt not cancelled'));
    await this.jobs.enqueue([replayed]).catch((err: unknown) => this.logger.warn({ err, id }, 'replay not enqueued; the sweep will'));
    return WebhookDeliveryView.of(replayed);
  }
}
