import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { escapeLike } from '../auth/org-scope';
import { cursorTimestamp, decodeCursor, encodeCursor, Page } from '../common/cursor';
import type { OrgUnit } from '../org/org-unit.entity';
import type { StageKind } from '../tickets/domain/ticket.types';
import type { QueueItem } from './dto/queue.dto';
import { SupervisionOrder, SupervisionStatus } from './supervision-order.entity';
import { InjectReadDataSource } from '../database/read-replicas';

export type QueueKind = 'overdue' | 'at_risk' | 'due_soon';

/** What one queue page is asked for, already resolved by the service (root visible to the caller, window computed). */
export interface QueueFilter {
  kind: QueueKind;
  root: Pick<OrgUnit, 'path' | 'tier'>;
  /** due_soon only: stages due in (from, until]. */
  dueWindow?: { from: Date; until: Date };
  stage?: StageKind;
  level?: string;
  customerTier?: string;
  businessType?: string;
  channel?: string;
  cursor?: string;
  limit: number;
}

export interface OrdersFilter {
  root: Pick<OrgUnit, 'path' | 'tier'>;
  status: SupervisionStatus;
  cursor?: string;
  limit: number;
}

/**
 * Each queue's predicate, open stages only; each has a partial index per owner (due_at, id) and one over
 * all owners (migrations QueueIndexes, AtRiskQueuePredicate). At risk is stated exactly as its indexes'
 * predicate, one boolean test: from it Postgres proves only those indexes apply (not the open-stage
 * index, whose rows it would filter), and estimates it from the statistics kept on that expression.
 */
const CONDITIONS: Record<QueueKind, string> = {
  overdue: `s.status = 'open' AND s.breached_at IS NOT NULL`,
  at_risk: `(s.status = 'open' AND (s.warned_at IS NOT NULL OR s.at_risk_at IS NOT NULL) AND s.breached_at IS NULL) IS TRUE`,
  due_soon: `s.status = 'open' AND s.breached_at IS NULL`,
};

const QUEUE_COLUMNS = `s.id AS "stageId", s.kind AS "stage", s.owner_unit_id AS "ownerUnitId", s.started_at AS "startedAt",
  s.warn_at AS "warnAt", s.due_at AS "dueAt", s.warned_at AS "warnedAt", s.at_risk_at AS "atRiskAt",
  s.breached_at AS "breachedAt", t.id AS "ticketId", t.number AS "ticketNumber", t.status AS "ticketStatus", t.level AS "level",
  t.customer_tier AS "customerTier", t.business_type AS "businessType", t.escalated AS "escalated"`;

/** A supervision order's columns as the entity names them (every one, as reading the entity gave). */
const ORDER_COLUMNS = `o.id AS "id", o.ticket_id AS "ticketId", o.stage_id AS "stageId", o.issuer_unit_id AS "issuerUnitId",
  o.target_unit_id AS "targetUnitId", o.note AS "note", o.warn_at AS "warnAt", o.due_at AS "dueAt", o.deadline_gen AS "deadlineGen",
  o.basis AS "basis", o.automatic AS "automatic", o.status AS "status", o.created_at AS "createdAt", o.resolved_at AS "resolvedAt",
  o.warned_at AS "warnedAt", o.breached_at AS "breachedAt", o.escalated_from_id AS "escalatedFromId"`;

/** A row read for a page in due order, with its due time as the cursor writes it. */
type Keyed<T> = T & { cursorDueAt?: string };

/**
 * The first `limit` of `rows` (read with one more, in due order) as a page: the cursor after its last row
 * when there are more (that row's due time and `id`), the cursor's due time dropped from every item.
 */
function dueOrderPage<T>(rows: Keyed<T>[], limit: number, id: (row: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit ? encodeCursor([last.cursorDueAt!, id(last)]) : null;
  for (const row of items) delete row.cursorDueAt;
  return { items, nextCursor };
}

/** Positional parameters of a raw statement, named where they are written. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The reads behind the supervisors' queues (DOMAIN §8): open stages and supervision orders of a subtree, by due time. */
@Injectable()
export class SupervisionRepository {
  constructor(@InjectReadDataSource() private readonly db: DataSource) {}

  /**
   * One page of a queue, in two steps: the page's stage ids from index ranges, then its rows. A national
   * root reads the queue's index over all owners in due order (every unit is in its subtree, so the scan
   * ends after about `limit` rows). Any other root takes, for each unit of its subtree, that owner's first
   * `limit` entries of the per-owner index (LATERAL, cursor applied inside; index-only when no ticket
   * filter applies), then the best `limit` of those: the work is bounded by units × limit, whatever the
   * number of open stages. Only the page's rows are then read from the stages and tickets.
   */
  async queuePage(f: QueueFilter): Promise<Page<QueueItem>> {
    const p = new Params();
    const rootPath = p.add(escapeLike(f.root.path) + '%');
    const where = [CONDITIONS[f.kind]];
    if (f.dueWindow) where.push(`s.due_at > ${p.add(f.dueWindow.from)}`, `s.due_at <= ${p.add(f.dueWindow.until)}`);
    if (f.stage) where.push(`s.kind = ${p.add(f.stage)}`);
    const ticketFilters: string[] = [];
    if (f.level) ticketFilters.push(`t.level = ${p.add(f.level)}`);
    if (f.customerTier) ticketFilters.push(`t.customer_tier = ${p.add(f.customerTier)}`);
    if (f.businessType) ticketFilters.push(`t.business_type = ${p.add(f.businessType)}`);
    if (f.channel) ticketFilters.push(`t.channel = ${p.add(f.channel)}`);
    const after = decodeCursor(f.cursor, ['timestamp', 'uuid']);
    if (after) where.push(`(s.due_at, s.id) > (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)`);
    const take = p.add(f.limit + 1);
    const withTickets = ticketFilters.length ? 'JOIN tickets t ON t.id = s.ticket_id' : '';
    const filter = [...where, ...ticketFilters].join(' AND ');
    const page =
      f.root.tier === 'national'
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
    const rows = await this.db.query<Keyed<QueueItem>[]>(
      `SELECT ${QUEUE_COLUMNS}, ${cursorTimestamp('s.due_at')} AS "cursorDueAt"
         FROM (${page}) page
         JOIN ticket_stages s ON s.id = page.id
         JOIN tickets t ON t.id = s.ticket_id
        ORDER BY page.due_at, page.id`,
      p.values,
    );
    return dueOrderPage(rows, f.limit, (row) => row.stageId);
  }

  /**
   * Supervision orders issued by or to a unit of the subtree. As for the queues: a national root reads
   * (status, due_at, id) in order; any other root takes each subtree unit's first `limit` orders as
   * target and as issuer (index-only), and the page is the best `limit` distinct ids of those.
   */
  async ordersPage(f: OrdersFilter): Promise<Page<SupervisionOrder>> {
    const p = new Params();
    const status = p.add(f.status);
    const rootPath = p.add(escapeLike(f.root.path) + '%');
    const after = decodeCursor(f.cursor, ['timestamp', 'uuid']);
    const key = after ? `(${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)` : null;
    const take = p.add(f.limit + 1);
    const range = (alias: string) => (key ? `AND (${alias}.due_at, ${alias}.id) > ${key}` : '');
    const branch = (column: string) =>
      `(SELECT so.id, so.due_at FROM supervision_orders so
         WHERE so.${column} = ou.id AND so.status = ${status} ${range('so')}
         ORDER BY so.due_at, so.id LIMIT ${take})`;
    const page =
      f.root.tier === 'national'
        ? `SELECT o.id, o.due_at FROM supervision_orders o
            WHERE o.status = ${status} ${range('o')}
              AND EXISTS (SELECT 1 FROM org_units ou WHERE ou.id IN (o.target_unit_id, o.issuer_unit_id) AND ou.path LIKE ${rootPath})
            ORDER BY o.due_at, o.id
            LIMIT ${take}`
        : `SELECT DISTINCT b.due_at, b.id FROM org_units ou
           CROSS JOIN LATERAL (${branch('target_unit_id')} UNION ALL ${branch('issuer_unit_id')}) b
           WHERE ou.path LIKE ${rootPath}
           ORDER BY b.due_at, b.id
           LIMIT ${take}`;
    const rows = await this.db.query<Keyed<SupervisionOrder>[]>(
      `SELECT ${ORDER_COLUMNS}, ${cursorTimestamp('o.due_at')} AS "cursorDueAt"
         FROM (${page}) page
         JOIN supervision_orders o ON o.id = page.id
        ORDER BY page.due_at, page.id`,
      p.values,
    );
    return dueOrderPage(rows, f.limit, (row) => row.id);
  }
}
