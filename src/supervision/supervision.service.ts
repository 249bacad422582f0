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

/** Each queue's predicate; each has a partial index per owner (due_at, id) and one over all owners (migration QueueIndexes). */
const CONDITIONS: Record<QueueKind, string> = {
  overdue: 's.breached_at IS NOT NULL',
  at_risk: '(s.warned_at IS NOT NULL OR s.at_risk_at IS NOT NULL) AND s.breached_at IS NULL',
  due_soon: 's.breached_at IS NULL',
};

const QUEUE_COLUMNS = `s.id AS "stageId", s.kind AS "stage", s.owner_unit_id AS "ownerUnitId", s.started_at AS "startedAt",
  s.warn_at AS "warnAt", s.due_at AS "dueAt", s.warned_at AS "warnedAt", s.at_risk_at AS "atRiskAt",
  s.breached_at AS "breachedAt", t.id AS "ticketId", t.number AS "ticketNumber", t.status AS "ticketStatus", t.level AS "level",
  t.customer_tier AS "customerTier", t.business_type AS "businessType", t.escalated AS "escalated"`;

/** Positional parameters of a raw statement, named where they are written. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

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

  /**
   * One page of a queue, in two steps: the page's stage ids from index ranges, then its rows. A national
   * root reads the queue's index over all owners in due order (every unit is in its subtree, so the scan
   * ends after about `limit` rows). Any other root takes, for each unit of its subtree, that owner's first
   * `limit` entries of the per-owner index (LATERAL, cursor applied inside; index-only when no ticket
   * filter applies), then the best `limit` of those: the work is bounded by units × limit, whatever the
   * number of open stages. Only the page's rows are then read from the stages and tickets.
   */
  async queue(actor: RequestActor, kind: QueueKind, q: QueueQuery & Partial<DueSoonQuery>): Promise<QueuePage> {
    const root = await this.org.getVisible(actor, q.unitId ?? actor.unitId ?? '');
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const now = this.clock.now();
    const p = new Params();
    const rootPath = p.add(escapeLike(root.path) + '%');
    const where = [`s.status = 'open'`, CONDITIONS[kind]];
    if (kind === 'due_soon') {
      const until = new Date(now.getTime() + (q.withinMinutes ?? 60) * 60_000);
      where.push(`s.due_at > ${p.add(now)}`, `s.due_at <= ${p.add(until)}`);
    }
    if (q.stage) where.push(`s.kind = ${p.add(q.stage)}`);
    const ticketFilters: string[] = [];
    if (q.level) ticketFilters.push(`t.level = ${p.add(q.level)}`);
    if (q.customerTier) ticketFilters.push(`t.customer_tier = ${p.add(q.customerTier)}`);
    if (q.businessType) ticketFilters.push(`t.business_type = ${p.add(q.businessType)}`);
    const after = decodeCursor(q.cursor, ['timestamp', 'uuid']);
    if (after) where.push(`(s.due_at, s.id) > (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)`);
    const take = p.add(limit + 1);
    const withTickets = ticketFilters.length ? 'JOIN tickets t ON t.id = s.ticket_id' : '';
    const filter = [...where, ...ticketFilters].join(' AND ');
    const page =
      root.tier === 'national'
        ? `SELECT s.id, s.due_at FROM ticket_stages s ${withTickets}
             JOIN org_units u ON u.id = s.owner_unit_id
            WHERE ${filter} AND u.path LIKE ${rootPath}
            ORDER BY s.due_at, s.id
            LIMIT ${take}`
        : `SELECT x.id, x.due_at FROM org_units u
           CROSS JOIN LATERAL (
             SELECT s.id, s.due_at FROM ticket_stages s ${withTickets}
              WHERE s.owner_unit_id = u.id AND ${filter}
              ORDER BY s.due_at, s.id
              LIMIT ${take}
           ) x
           WHERE u.path LIKE ${rootPath}
           ORDER BY x.due_at, x.id
           LIMIT ${take}`;
    const rows = (await this.db.query(
      `SELECT ${QUEUE_COLUMNS}
         FROM (${page}) page
         JOIN ticket_stages s ON s.id = page.id
         JOIN tickets t ON t.id = s.ticket_id
        ORDER BY page.due_at, page.id`,
      p.values,
    )) as QueueItem[];
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit ? encodeCursor([new Date(last.dueAt).toISOString(), last.stageId]) : null };
  }

  /**
   * Supervision orders issued by or to a unit of the subtree. As for the queues: a national root reads
   * (status, due_at, id) in order; any other root takes each subtree unit's first `limit` orders as
   * target and as issuer (index-only), and the page is the best `limit` distinct ids of those.
   */
  async orders(actor: RequestActor, q: OrdersQuery): Promise<SupervisionOrderPage> {
    const root = await this.org.getVisible(actor, q.unitId ?? actor.unitId ?? '');
    const status = q.status ?? 'open';
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rootPath = escapeLike(root.path) + '%';
    const qb = this.db.getRepository(SupervisionOrder).createQueryBuilder('o').where('o.status = :status', { status });
    if (root.tier === 'national') {
      qb.andWhere(`EXISTS (SELECT 1 FROM org_units ou WHERE ou.id IN (o.target_unit_id, o.issuer_unit_id) AND ou.path LIKE :root)`, {
        root: rootPath,
      });
    } else {
      const after = decodeCursor(q.cursor, ['timestamp', 'uuid']);
      const range = after ? `AND (so.due_at, so.id) > (:afterDue, :afterId)` : '';
      const branch = (column: string) =>
        `(SELECT so.id, so.due_at FROM supervision_orders so
           WHERE so.${column} = ou.id AND so.status = :status ${range}
           ORDER BY so.due_at, so.id LIMIT :take)`;
      qb.andWhere(
        `o.id IN (SELECT pg.id FROM (
                    SELECT DISTINCT b.due_at, b.id FROM org_units ou
                    CROSS JOIN LATERAL (${branch('target_unit_id')} UNION ALL ${branch('issuer_unit_id')}) b
                    WHERE ou.path LIKE :root
                    ORDER BY b.due_at, b.id LIMIT :take) pg)`,
        { root: rootPath, take: limit + 1, afterDue: after?.[0], afterId: after?.[1] },
      );
    }
    return keysetPage(qb, {
      columns: ['o.due_at', 'o.id'],
      types: ['timestamp', 'uuid'],
      direction: 'ASC',
      cursor: q.cursor,
      limit,
      key: (o) => [o.dueAt.toISOString(), o.id],
    });
  }
}
