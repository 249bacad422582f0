import { Injectable } from '@nestjs/common';
import { RequestActor } from '../auth/actor';
import { seesEveryUnit } from '../auth/policy/identity';
import { Clock } from '../common/clock';
import { decodeCursor, encodeCursor, Page } from '../common/cursor';
import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { asStoredJson, AuditRecord } from './audit-chain';
import { maskForAudit } from './audit-masking';
import { AuditRepository } from './audit.repository';
import { AuditEventView, ListAuditEventsQuery } from './dto/audit-event.dto';

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

@Injectable()
export class AuditService {
  constructor(
    private readonly store: AuditRepository,
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
    await this.store.append(record);
  }

  /** The org unit path of a unit, for scoping a row; null when the unit is unknown. */
  async unitPath(unitId: string | null | undefined): Promise<string | null> {
    if (!unitId) return null;
    return this.store.unitPath(unitId);
  }

  /** Failed password sign-ins from an address in (from, until]: the address throttle counts them. */
  failedSignInsFrom(address: string | null, from: Date, until: Date): Promise<number> {
    return this.store.failedSignInsFrom(address, from, until);
  }

  /**
   * Rows of the caller's subtree, newest first. Rows about no unit (sign-ins with an unknown
   * username, nationwide configuration without a unit) are the national centre's to read.
   */
  async list(actor: RequestActor, q: ListAuditEventsQuery): Promise<Page<AuditEventView>> {
    const after = decodeCursor(q.cursor, ['int']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.store.list(
      {
        scopePath: seesEveryUnit(actor) ? null : actor.unitPath,
        category: q.category,
        operation: q.operation,
        outcome: q.outcome,
        actorId: q.actorId,
        targetId: q.targetId,
        from: q.from,
        to: q.to,
        beforeId: after ? after[0] : undefined,
      },
      limit + 1,
    );
    const items = rows.slice(0, limit).map((row) => AuditEventView.of(row));
    return { items, nextCursor: rows.length > limit ? encodeCursor([Number(items[items.length - 1].id)]) : null };
  }
}
