import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { pathScopeSql } from '../auth/org-scope';
import { keysetPage, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { returnedRows } from '../common/sql';
import { ListWebhookDeliveriesQuery } from './dto/webhook-delivery.dto';
import { DeliveryStatus } from './domain/webhook-events';
import { WebhookDelivery } from './webhook-delivery.entity';

/** A delivery as the queue needs it: which attempt is due when. */
export interface DeliveryRow {
  id: string;
  attempts: number;
  next_attempt_at: Date;
}

/** The outcome of one attempt, written only if the delivery is still at that attempt. */
export interface AttemptOutcome {
  status: DeliveryStatus;
  attempts: number;
  statusCode: number | null;
  error: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
}

/** Webhook deliveries: the log, the attempts' outcomes and the due-retry sweep. */
@Injectable()
export class WebhookDeliveryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get deliveries() {
    return this.db.getRepository(WebhookDelivery);
  }

  /** Pending or failed deliveries whose attempt is due, earliest first. */
  due(now: Date, limit: number): Promise<DeliveryRow[]> {
    return this.db.query(
      `SELECT id, attempts, next_attempt_at FROM webhook_deliveries
        WHERE status IN ('pending', 'failed') AND next_attempt_at <= $1
        ORDER BY next_attempt_at LIMIT ${limit}`,
      [now],
    );
  }

  /** The log a caller may read (a channel system its own subscriptions', staff their scope's), newest first. */
  list(actor: RequestActor, q: ListWebhookDeliveriesQuery): Promise<Page<WebhookDelivery>> {
    const qb = this.deliveries.createQueryBuilder('d').innerJoin('d.subscription', 's');
    if (actor.kind === 'channel') qb.where('s.channel_system_id = :channelSystemId', { channelSystemId: actor.id });
    else {
      const scope = pathScopeSql(actor, 'u.path');
      qb.innerJoin('s.orgUnit', 'u').where(scope.sql, scope.params);
    }
    if (q.subscriptionId) qb.andWhere('d.subscription_id = :sid', { sid: q.subscriptionId });
    if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    // created_at is written from a JS Date (millisecond precision), so the cursor's ISO string compares exactly.
    return keysetPage(qb, {
      columns: ['d.created_at', 'd.id'],
      types: ['timestamp', 'uuid'],
      direction: 'DESC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (d) => [d.createdAt.toISOString(), d.id],
    });
  }

  /** The delivery with its subscription and the subscription's unit, to decide who may see it. */
  withSubscription(id: string): Promise<WebhookDelivery | null> {
    // One query: TypeORM's find with relations re-reads the rows by their primary key, whose
    // created_at comes back as a Date (milliseconds) and then misses a row written at microseconds.
    return this.deliveries
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.subscription', 's')
      .leftJoinAndSelect('s.orgUnit', 'u')
      .where('d.id = :deliveryId', { deliveryId: id })
      .getOne();
  }

  /** The delivery with its subscription, the signing secret included. */
  forSending(id: string): Promise<WebhookDelivery | null> {
    return this.deliveries
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.subscription', 's')
      .addSelect('s.secret')
      .where('d.id = :deliveryId', { deliveryId: id })
      .getOne();
  }

  /** Starts the delivery over: pending, no attempts, due now. */
  async restart(id: string, now: Date): Promise<WebhookDelivery> {
    await this.deliveries.update({ id }, { status: 'pending', attempts: 0, nextAttemptAt: now });
    return this.deliveries.findOneByOrFail({ id });
  }

  /** Writes an attempt's outcome if the delivery is still at attempt `attempt` and not finished; false when it moved on. */
  async recordAttempt(id: string, attempt: number, outcome: AttemptOutcome): Promise<boolean> {
    const rows = returnedRows<{ id: string }>(
      await this.db.query(
        `UPDATE webhook_deliveries
          SET status = $3, attempts = $4, last_status_code = $5, last_error = $6, next_attempt_at = $7, delivered_at = $8
        WHERE id = $1 AND attempts = $2 AND status IN ('pending', 'failed')
        RETURNING id`,
        [id, attempt, outcome.status, outcome.attempts, outcome.statusCode, outcome.error, outcome.nextAttemptAt, outcome.deliveredAt],
      ),
    );
    return rows.length > 0;
  }
}
