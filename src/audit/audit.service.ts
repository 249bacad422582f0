import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { seesEveryUnit } from '../auth/policy/identity';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { asStoredJson, AuditRecord, chainHash, GENESIS_HASH } from './audit-chain';
import { maskForAudit } from './audit-masking';
import { AuditEventView, ListAuditEventsQuery } from './dto/audit-event.dto';

const jsonOrNull = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

/** Serialises appends so each row's predecessor is the row before it: one chain, never a fork. */
const AUDIT_CHAIN_LOCK = 7340014;

/** Who acted, from where, in which request: the part of a row the HTTP layer knows. */
export interface AuditContext {
  /** An API caller, or `operator`: someone running a command on a host of the service (the id is their login). */
  actor: { kind: RequestActor['kind'] | 'operator'; id: string; unitId: string | null } | null;
  address: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  operation: string;
  category: string;
  outcome?: 'success' | 'failure';
  targetType?: string | null;
  targetId?: string | null;
  /** The org unit path the act concerns; administrators of that subtree read the row. */
  scopePath?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
}

interface AuditRow {
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

export interface ChainVerdict {
  ok: boolean;
  rows: number;
  headHash: string;
  /** The first row whose link or content does not check out. */
  brokenAt?: { id: string; reason: string };
}

/**
 * Walks the chain in id order and recomputes every hash: an altered row no longer matches its own
 * hash, a deleted or reordered one breaks the next row's link. Reads in batches, so memory stays flat.
 */
export async function verifyAuditChain(db: DataSource | EntityManager, batch = 1000): Promise<ChainVerdict> {
  let prev = GENESIS_HASH;
  let lastId = '0';
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

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Appends one row to the chain; before, after and detail are masked first. */
  async record(ctx: AuditContext, entry: AuditEntry): Promise<void> {
    const record: AuditRecord = {
      occurredAt: this.clock.now(),
      operation: entry.operation,
      category: entry.category,
      outcome: entry.outcome ?? 'success',
      actorKind: ctx.actor ? ctx.actor.kind : null,
      actorId: ctx.actor ? ctx.actor.id : null,
      actorUnitId: ctx.actor?.unitId ?? null,
      scopePath: entry.scopePath ?? null,
      address: ctx.address,
      requestId: ctx.requestId,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      before: asStoredJson(maskForAudit(entry.before ?? null)),
      after: asStoredJson(maskForAudit(entry.after ?? null)),
      detail: asStoredJson(maskForAudit(entry.detail ?? null)),
    };
    await this.db.transaction(async (tx) => {
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

  /** The org unit path of a unit, for scoping a row; null when the unit is unknown. */
  async unitPath(unitId: string | null | undefined): Promise<string | null> {
    if (!unitId) return null;
    const rows: { path: string }[] = await this.db.query('SELECT path FROM org_units WHERE id = $1', [unitId]);
    return rows[0]?.path ?? null;
  }

  /**
   * Rows of the caller's subtree, newest first. Rows about no unit (sign-ins with an unknown
   * username, nationwide configuration without a unit) are the national centre's to read.
   */
  async list(actor: RequestActor, q: ListAuditEventsQuery): Promise<Page<AuditEventView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (!seesEveryUnit(actor)) where.push(`e.scope_path LIKE ${param(actor.unitPath.replace(/[\\%_]/g, '\\$&') + '%')}`);
    if (q.category) where.push(`e.category = ${param(q.category)}`);
    if (q.operation) where.push(`e.operation = ${param(q.operation)}`);
    if (q.outcome) where.push(`e.outcome = ${param(q.outcome)}`);
    if (q.actorId) where.push(`e.actor_id = ${param(q.actorId)}`);
    if (q.targetId) where.push(`e.target_id = ${param(q.targetId)}`);
    if (q.from) where.push(`e.occurred_at >= ${param(q.from)}`);
    if (q.to) where.push(`e.occurred_at < ${param(q.to)}`);
    const after = decodeCursor(q.cursor, ['int']);
    if (after) where.push(`e.id < ${param(after[0])}`);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows: AuditRow[] = await this.db.query(
      `SELECT e.* FROM audit_events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.id DESC LIMIT ${param(limit + 1)}`,
      params,
    );
    const items = rows.slice(0, limit).map((row) => AuditEventView.of(row));
    return { items, nextCursor: rows.length > limit ? encodeCursor([Number(items[items.length - 1].id)]) : null };
  }
}
