import type { SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor, Page } from '../common/cursor';
import type { Ticket } from './ticket.entity';

/**
 * The sync feed over ticket_changes (see its migration): changes below the oldest transaction
 * that may still commit one (SYNC_HORIZON), in (xid, id) order, each ticket at its latest change only. A change is delivered
 * only while it is its ticket's latest, so the ticket read in the same snapshot is at exactly that
 * change's version, and a ticket changed again is delivered again later at the newer version.
 */
export const SYNC_CURSOR = ['int', 'int'] as const;

/**
 * The oldest transaction of this snapshot that may still commit a change: the snapshot's oldest
 * running transaction, leaving out those a running backend of another database holds (they cannot
 * write these tables, and a long one elsewhere on the server would stall the feed). A transaction
 * that cannot be placed counts as this database's, so the horizon errs towards waiting, never skipping.
 */
export const SYNC_HORIZON = `
  SELECT least(
           pg_snapshot_xmax(s.snap),
           (SELECT min(x) FROM pg_snapshot_xip(s.snap) AS x
             WHERE x::xid NOT IN (SELECT a.backend_xid FROM pg_stat_activity a
                                   WHERE a.datname IS DISTINCT FROM current_database() AND a.backend_xid IS NOT NULL))
         )::text AS horizon
    FROM (SELECT pg_current_snapshot() AS snap) s`;

/** Past any position a transaction can still take: no change commits below the horizon any more. */
const LAST_ID = Number.MAX_SAFE_INTEGER;

export interface SyncWindow {
  cursor?: string;
  updatedSince: string;
  limit: number;
  /** SYNC_HORIZON, read in the same snapshot as the page. */
  horizon: number;
}

/** Adds the change log join, window and order to a query over tickets `t` already scoped to the caller. */
export function syncQuery(qb: SelectQueryBuilder<Ticket>, window: SyncWindow): SelectQueryBuilder<Ticket> {
  const after = decodeCursor(window.cursor, SYNC_CURSOR) as [number, number] | null;
  qb.innerJoin('ticket_changes', 'c', 'c.ticket_id = t.id')
    .andWhere(`c.xid < :horizon::text::xid8`, { horizon: String(window.horizon) })
    .andWhere('NOT EXISTS (SELECT 1 FROM ticket_changes later WHERE later.ticket_id = c.ticket_id AND later.id > c.id)');
  if (after) {
    qb.andWhere(`(c.xid, c.id) > (:afterXid::text::xid8, :afterId::bigint)`, { afterXid: String(after[0]), afterId: after[1] });
  } else {
    qb.andWhere('c.changed_at >= :updatedSince', { updatedSince: window.updatedSince });
  }
  return qb
    .addSelect(`c.xid::text`, 'change_xid')
    .addSelect('c.id', 'change_id')
    .orderBy('c.xid', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit(window.limit + 1);
}

/**
 * The page and where the next poll starts: after the last ticket of a full page; once the feed is
 * drained, just below the horizon, so the next poll does not rescan what this one ruled out.
 */
export function syncPage<T>(items: T[], positions: [number, number][], window: SyncWindow): Page<T> {
  const full = items.length > window.limit;
  const page = items.slice(0, window.limit);
  const lastOfPage = positions[page.length - 1];
  let next: [number, number];
  if (full) next = lastOfPage;
  else {
    const drained: [number, number] = [window.horizon - 1, LAST_ID];
    const given = decodeCursor(window.cursor, SYNC_CURSOR) as [number, number] | null;
    next = [given, lastOfPage, drained].filter((p): p is [number, number] => !!p).reduce((a, b) => (compare(a, b) >= 0 ? a : b));
  }
  return { items: page, nextCursor: encodeCursor(next) };
}

function compare(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}
