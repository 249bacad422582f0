import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { escapeLike } from '../auth/org-scope';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, keysetPage } from '../common/cursor';
import { OrgService } from '../org/org.service';
import { SupervisionOrder } from '../tickets/ticket-support.entity';
import { DueSoonQuery, OrdersQuery, QueueItem, QueuePage, QueueQuery, SupervisionOrderPage } from './dto/queue.dto';

type QueueKind = 'overdue' | 'at_risk' | 'due_soon';

const CONDITIONS: Record<QueueKind, string> = {
  overdue: 's.breached_at IS NOT NULL',
  at_risk: 's.warned_at IS NOT NULL AND s.breached_at IS NULL',
  due_soon: 's.breached_at IS NULL AND s.due_at > :now AND s.due_at <= :until',
};

/**
 * Supervisors' queues (DOMAIN §8) over open stages owned anywhere in a unit's subtree,
 * sorted by due time with a keyset cursor. A breach escalated to a centre therefore shows
 * in that centre's overdue queue: the breached stage's owner lies in its subtree.
 */
@Injectable()
export class SupervisionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly clock: Clock,
  ) {}

  async queue(actor: RequestActor, kind: QueueKind, q: QueueQuery & Partial<DueSoonQuery>): Promise<QueuePage> {
    const root = await this.org.getVisible(actor, q.unitId ?? actor.unitId ?? '');
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const now = this.clock.now();
    const qb = this.db
      .createQueryBuilder()
      .select([
        's.id AS "stageId"',
        's.kind AS "stage"',
        's.owner_unit_id AS "ownerUnitId"',
        's.started_at AS "startedAt"',
        's.warn_at AS "warnAt"',
        's.due_at AS "dueAt"',
        's.warned_at AS "warnedAt"',
        's.breached_at AS "breachedAt"',
        't.id AS "ticketId"',
        't.number AS "ticketNumber"',
        't.status AS "ticketStatus"',
        't.level AS "level"',
        't.customer_tier AS "customerTier"',
        't.business_type AS "businessType"',
        't.escalated AS "escalated"',
      ])
      .from('ticket_stages', 's')
      .innerJoin('tickets', 't', 't.id = s.ticket_id')
      .innerJoin('org_units', 'u', 'u.id = s.owner_unit_id')
      .where(`s.status = 'open'`)
      .andWhere('u.path LIKE :root', { root: escapeLike(root.path) + '%' })
      .andWhere(CONDITIONS[kind], { now, until: new Date(now.getTime() + (q.withinMinutes ?? 60) * 60_000) });
    if (q.stage) qb.andWhere('s.kind = :stage', { stage: q.stage });
    if (q.level) qb.andWhere('t.level = :level', { level: q.level });
    if (q.customerTier) qb.andWhere('t.customer_tier = :tier', { tier: q.customerTier });
    if (q.businessType) qb.andWhere('t.business_type = :bt', { bt: q.businessType });
    const after = decodeCursor(q.cursor, ['timestamp', 'uuid']);
    if (after) qb.andWhere('(s.due_at, s.id) > (:afterDue, :afterId)', { afterDue: after[0], afterId: after[1] });
    const rows = (await qb
      .orderBy('s.due_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1)
      .getRawMany()) as QueueItem[];
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit ? encodeCursor([new Date(last.dueAt).toISOString(), last.stageId]) : null };
  }

  /** Supervision orders issued by or to a unit of the subtree. */
  async orders(actor: RequestActor, q: OrdersQuery): Promise<SupervisionOrderPage> {
    const root = await this.org.getVisible(actor, q.unitId ?? actor.unitId ?? '');
    const qb = this.db
      .getRepository(SupervisionOrder)
      .createQueryBuilder('o')
      .where('o.status = :status', { status: q.status ?? 'open' })
      .andWhere(`EXISTS (SELECT 1 FROM org_units ou WHERE ou.id IN (o.target_unit_id, o.issuer_unit_id) AND ou.path LIKE :root)`, {
        root: escapeLike(root.path) + '%',
      });
    return keysetPage(qb, {
      columns: ['o.due_at', 'o.id'],
      types: ['timestamp', 'uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
      key: (o) => [o.dueAt.toISOString(), o.id],
    });
  }
}
