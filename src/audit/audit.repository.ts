import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { runInTransaction } from '../common/transaction';
import { AuditRecord, chainHash, GENESIS_HASH } from './audit-chain';

/** Serialises appends so each row's predecessor is the row before it: one chain, never a fork. */
const AUDIT_CHAIN_LOCK = 7340014;

const jsonOrNull = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

export interface AuditRow {
  id: string;
  occurred_at: Date;
  operation: string;
  category: string;
  outcome: 'success' | 'failure';
  actor_kind: string | null;
  actor_id: string | null;
  actor_unit_id: string | null;
  scope_path: string | null;
  address: string | null;
  request_id: string | null;
  target_type: string | null;
  target_id: string | null;
  before: unknown;
  after: unknown;
  detail: unknown;
  prev_hash: string;
  hash: string;
}

export const recordOf = (row: AuditRow): AuditRecord => ({
  occurredAt: row.occurred_at,
  operation: row.operation,
  category: row.category,
  outcome: row.outcome,
  actorKind: row.actor_kind,
  actorId: row.actor_id,
  actorUnitId: row.actor_unit_id,
  scopePath: row.scope_path,
  address: row.address,
  requestId: row.request_id,
  targetType: row.target_type,
  targetId: row.target_id,
  before: row.before,
  after: row.after,
  detail: row.detail,
});

/** What a reader asks of the trail; every field left out does not filter. */
export interface AuditFilter {
  /** Rows whose scope path starts with this unit path; null: every row. */
  scopePath: string | null;
  category?: string;
  operation?: string;
  outcome?: string;
  actorId?: string;
  targetId?: string;
  from?: string;
  to?: string;
  /** Rows older than this id (the keyset cursor). */
  beforeId?: string | number;
}

export interface ChainVerdict {
  ok: boolean;
  rows: number;
  headHash: string;
  /** The first row whose link or content does not check out. */
  brokenAt?: { id: string; reason: string };
}

/**
 * Walks the chain in id order and recomputes every hash: an altered row no longer matches its own
 * hash, a deleted or reordered one breaks the next row's link. Starts after the newest anchor that
 * the detaching of an old month left, if any. Reads in batches, so memory stays flat.
 * Takes a connection of its own: the verifying command runs without the application.
 */
export async function verifyAuditChain(db: DataSource | EntityManager, batch = 1000): Promise<ChainVerdict> {
  // Months detached past their retention leave an anchor: the last row they held and its hash
  // (PartitionsRepository.detach). The chain is walked from the newest anchor, or from the genesis.
  const [anchor]: { through_id: string; hash: string }[] = await db.query(
    'SELECT through_id, hash FROM audit_chain_anchors ORDER BY through_id DESC LIMIT 1',
  );
  let prev = anchor?.hash ?? GENESIS_HASH;
  let lastId = anchor?.through_id ?? '0';
  let rows = 0;
  for (;;) {
    const page: AuditRow[] = await db.query(`SELECT * FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2`, [lastId, batch]);
    for (const row of page) {
      rows++;
      if (row.prev_hash !== prev)
        return { ok: false, rows, headHash: prev, brokenAt: { id: row.id, reason: 'does not link to the row before it' } };
      if (chainHash(prev, recordOf(row)) !== row.hash) {
        return { ok: false, rows, headHash: prev, brokenAt: { id: row.id, reason: 'content does not match its hash' } };
      }
      prev = row.hash;
      lastId = row.id;
    }
    if (page.length < batch) return { ok: true, rows, headHash: prev };
  }
}

/** The append-only, hash-chained audit trail. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends one row linked to the chain's head, under the chain lock. */
  async append(record: AuditRecord): Promise<void> {
    await runInTransaction(this.db, async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
      const last: { hash: string }[] = await tx.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
      const prev = last[0]?.hash ?? GENESIS_HASH;
      await tx.query(
        `INSERT INTO audit_events (occurred_at, operation, category, outcome, actor_kind, actor_id, actor_unit_id, scope_path,
                                   address, request_id, target_type, target_id, before, after, detail, prev_hash, hash)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [
          record.occurredAt,
          record.operation,
          record.category,
          record.outcome,
          record.actorKind,
          record.actorId,
          record.actorUnitId,
          record.scopePath,
          record.address,
          record.requestId,
          record.targetType,
          record.targetId,
          jsonOrNull(record.before),
          jsonOrNull(record.after),
          jsonOrNull(record.detail),
          prev,
          chainHash(prev, record),
        ],
      );
    });
  }

  async unitPath(unitId: string): Promise<string | null> {
    const rows: { path: string }[] = await this.db.query('SELECT path FROM org_units WHERE id = $1', [unitId]);
    return rows[0]?.path ?? null;
  }

  /** Failed password sign-ins from an address in (from, until]. */
  async failedSignInsFrom(address: string | null, from: Date, until: Date): Promise<number> {
    const failures: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM audit_events
          WHERE operation = 'auth.signIn' AND outcome = 'failure' AND address = $1 AND occurred_at > $2 AND occurred_at <= $3`,
      [address, from, until],
    );
    return failures[0].n;
  }

  /** Rows matching the filter, newest first, at most `limit`. */
  list(filter: AuditFilter, limit: number): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (filter.scopePath !== null) where.push(`e.scope_path LIKE ${param(filter.scopePath.replace(/[\\%_]/g, '\\$&') + '%')}`);
    if (filter.category) where.push(`e.category = ${param(filter.category)}`);
    if (filter.operation) where.push(`e.operation = ${param(filter.operation)}`);
    if (filter.outcome) where.push(`e.outcome = ${param(filter.outcome)}`);
    if (filter.actorId) where.push(`e.actor_id = ${param(filter.actorId)}`);
    if (filter.targetId) where.push(`e.target_id = ${param(filter.targetId)}`);
    if (filter.from) where.push(`e.occurred_at >= ${param(filter.from)}`);
    if (filter.to) where.push(`e.occurred_at < ${param(filter.to)}`);
    if (filter.beforeId !== undefined) where.push(`e.id < ${param(filter.beforeId)}`);
    return this.db.query(
      `SELECT e.* FROM audit_events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.id DESC LIMIT ${param(limit)}`,
      params,
    );
  }
}
