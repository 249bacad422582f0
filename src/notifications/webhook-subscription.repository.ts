import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { pathScopeSql } from '../auth/org-scope';
import { keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { ListWebhookSubscriptionsQuery } from './dto/webhook-subscription.dto';
import { WebhookSubscription } from './webhook-subscription.entity';

/** Webhook subscriptions of units and channel systems. */
@Injectable()
export class WebhookSubscriptionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get subscriptions() {
    return this.db.getRepository(WebhookSubscription);
  }

  insert(values: DeepPartial<WebhookSubscription>): Promise<WebhookSubscription> {
    return this.subscriptions.save(this.subscriptions.create(values));
  }

  /** The subscriptions a caller may read (a channel system its own, staff their scope's units'), in id order. */
  list(actor: RequestActor, q: ListWebhookSubscriptionsQuery): Promise<Page<WebhookSubscription>> {
    const qb = this.subscriptions.createQueryBuilder('s');
    if (actor.kind === 'channel') qb.where('s.channel_system_id = :channelSystemId', { channelSystemId: actor.id });
    else {
      const scope = pathScopeSql(actor, 'u.path');
      qb.innerJoin('s.orgUnit', 'u').where(scope.sql, scope.params);
    }
    if (q.orgUnitId) qb.andWhere('s.org_unit_id = :unitId', { unitId: q.orgUnitId });
    return keysetPage(qb, {
      columns: ['s.id'],
      types: ['uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (s) => [s.id],
    });
  }

  /** The subscription with its unit, to decide who may see it. */
  withUnit(id: string): Promise<WebhookSubscription | null> {
    return this.subscriptions.findOne({ where: { id }, relations: { orgUnit: true } });
  }

  /** Applies the changes and answers the subscription as it now is. */
  async update(
    id: string,
    changes: Partial<Pick<WebhookSubscription, 'url' | 'eventTypes' | 'enabled' | 'secret'>>,
  ): Promise<WebhookSubscription> {
    if (Object.keys(changes).length > 0) await this.subscriptions.update({ id }, changes);
    return this.subscriptions.findOneByOrFail({ id });
  }

  /** Deletes the subscription with its delivery log. */
  async delete(id: string): Promise<void> {
    await this.subscriptions.delete({ id });
  }
}
