import { Injectable } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { Clock } from '../common/clock';
import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { OrgService } from '../org/org.service';
import { DueSoonQuery, OrdersQuery, QueuePage, QueueQuery, SupervisionOrderPage } from './dto/queue.dto';
import { QueueKind, SupervisionRepository } from './supervision.repository';

/**
 * Supervisors' queues (DOMAIN §8) over open stages owned anywhere in a unit's subtree,
 * sorted by due time with a keyset cursor. A breach escalated to a centre therefore shows
 * in that centre's overdue queue: the breached stage's owner lies in its subtree.
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly repo: SupervisionRepository,
    private readonly org: OrgService,
    private readonly clock: Clock,
  ) {}

  async queue(actor: RequestActor, kind: QueueKind, q: QueueQuery & Partial<DueSoonQuery>): Promise<QueuePage> {
    const root = await this.org.getVisible(actor, q.unitId ?? actor.unitId ?? '');
    const now = this.clock.now();
    return this.repo.queuePage({
      kind,
      root,
      dueWindow: kind === 'due_soon' ? { from: now, until: new Date(now.getTime() + (q.withinMinutes ?? 60) * 60_000) } : undefined,
      stage: q.stage,
      level: q.level,
      customerTier: q.customerTier,
      businessType: q.businessType,
      channel: q.channel,
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
    });
  }

  async orders(actor: RequestActor, q: OrdersQuery): Promise<SupervisionOrderPage> {
    const root = await this.org.getVisible(actor, q.unitId ?? actor.unitId ?? '');
    return this.repo.ordersPage({ root, status: q.status ?? 'open', cursor: q.cursor, limit: q.limit ?? DEFAULT_PAGE_SIZE });
  }
}
