import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { escapeLike } from '../auth/org-scope';
import { readScope } from '../auth/policy/identity';
import { OrgUnit } from '../org/org-unit.entity';
import { Ticket } from './ticket.entity';
import { TicketStage } from './ticket-stage.entity';

/** Subtrees with more units than this list through the EXISTS predicate (cost ∝ the subtree's tickets) instead of one merged range per unit. */
const MAX_MERGED_UNITS = 256;

/** The keyset window of a newest-first list: strictly below `after`, optionally within [from, to). */
export interface ListWindow {
  after: [string, string] | null;
  from?: string;
  to?: string;
}

/** What a caller's relations to a ticket are computed from, besides the ticket row. */
export interface RelationRows {
  ownerUnitPath: string;
  openCohandlingUnitIds: string[];
}

/**
 * Ticket visibility (DOMAIN §10), as one SQL predicate used by reads and writes alike, in the order of
 * the policy's `readScope`: a channel system what it filed (whatever its unit's tier); national staff
 * and the bootstrap admin everything; provincial-centre staff their province's tickets; city and
 * department staff the tickets in which a unit of their subtree took part (owner, co-handler, supervisor).
 */
@Injectable()
export class TicketAccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  scope<T extends object>(qb: SelectQueryBuilder<T>, actor: RequestActor, alias = 't', idColumn = 'id'): SelectQueryBuilder<T> {
    const scope = readScope(actor);
    switch (scope.kind) {
      case 'filed':
        return qb.andWhere(`${alias}.channel_system_id = :scopeChannel`, { scopeChannel: scope.channelSystemId });
      case 'all':
        return qb;
      case 'province':
        return qb.andWhere(`${alias}.province_id = :scopeProvince`, { scopeProvince: scope.provinceId });
      case 'participant_subtree':
        return qb.andWhere(
          `EXISTS (SELECT 1 FROM ticket_participants sp JOIN org_units su ON su.id = sp.unit_id
                    WHERE sp.ticket_id = ${alias}.${idColumn} AND su.path LIKE :scopePath)`,
          { scopePath: escapeLike(scope.unitPath) + '%' },
        );
    }
  }

  /**
   * Visibility plus the newest-first keyset order `(created_at, id) DESC` of a list, below `window.after`.
   * National, provincial and channel callers: `scope()` with the cursor on the ticket (ordered ticket indexes).
   * City and department callers: `scope()` has no index yielding a subtree's tickets in created_at order,
   * so the ticket ids come from ix_participants_unit_created instead: one newest-first range per subtree
   * unit (cursor and created_at bounds applied inside it), merged (Merge Append), a ticket with several
   * participant rows in the subtree kept once (DISTINCT ON the merged key, adjacent in that order), then
   * joined to tickets. The page stops after about one page of participant rows plus whatever the other
   * filters discard, however many tickets the subtree has. Sets the ORDER BY; the caller adds the LIMIT.
   */
  async scopeNewestFirst<T extends object>(
    qb: SelectQueryBuilder<T>,
    actor: RequestActor,
    window: ListWindow,
    alias = 't',
  ): Promise<SelectQueryBuilder<T>> {
    const subtree = readScope(actor).kind === 'participant_subtree' ? await this.subtreeUnitIds(actor) : null;
    if (subtree === null || subtree.length > MAX_MERGED_UNITS) {
      this.scope(qb, actor, alias);
      if (window.after)
        qb.andWhere(`(${alias}.created_at, ${alias}.id) < (:afterAt, :afterId)`, { afterAt: window.after[0], afterId: window.after[1] });
      return qb.orderBy(`${alias}.created_at`, 'DESC').addOrderBy(`${alias}.id`, 'DESC');
    }
    if (subtree.length === 0) return qb.andWhere('FALSE').orderBy(`${alias}.created_at`, 'DESC').addOrderBy(`${alias}.id`, 'DESC');
    const params: Record<string, string> = {};
    const range: string[] = [];
    if (window.after) {
      range.push('(sp.ticket_created_at, sp.ticket_id) < (:afterAt, :afterId)');
      Object.assign(params, { afterAt: window.after[0], afterId: window.after[1] });
    }
    if (window.from) {
      range.push('sp.ticket_created_at >= :scopeFrom');
      params.scopeFrom = window.from;
    }
    if (window.to) {
      range.push('sp.ticket_created_at < :scopeTo');
      params.scopeTo = window.to;
    }
    // Each branch keeps its own ORDER BY: the planner then merges the ordered ranges instead of sorting them all.
    const branches = subtree.map((unitId, i) => {
      params[`scopeUnit${i}`] = unitId;
      const where = [`sp.unit_id = :scopeUnit${i}`, ...range].join(' AND ');
      return `(SELECT sp.ticket_created_at, sp.ticket_id FROM ticket_participants sp WHERE ${where} ORDER BY sp.ticket_created_at DESC, sp.ticket_id DESC)`;
    });
    return qb
      .innerJoin(`(${branches.join(' UNION ALL ')})`, 'sc', `sc.ticket_id = ${alias}.id`, params)
      .distinctOn(['sc.ticket_created_at', 'sc.ticket_id'])
      .orderBy('sc.ticket_created_at', 'DESC')
      .addOrderBy('sc.ticket_id', 'DESC');
  }

  /** The caller's own unit and every unit below it (path prefix, ix_org_units_path). */
  private async subtreeUnitIds(actor: RequestActor): Promise<string[]> {
    const rows = await this.db
      .getRepository(OrgUnit)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.path LIKE :scopePath', { scopePath: escapeLike(actor.unitPath) + '%' })
      .orderBy('u.path')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** The ticket if the caller may see it, else null. Optionally row-locked. */
  findVisible(actor: RequestActor, id: string, tx: EntityManager = this.db.manager, lock = false): Promise<Ticket | null> {
    const qb = this.scope(tx.getRepository(Ticket).createQueryBuilder('t').where('t.id = :id', { id }), actor);
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** The owner's path and the open co-handling units of a ticket (locked by the caller when it will write). */
  async relationRows(ticket: Pick<Ticket, 'id' | 'ownerUnitId'>, tx: EntityManager = this.db.manager): Promise<RelationRows> {
    const owner = await tx.findOneByOrFail(OrgUnit, { id: ticket.ownerUnitId });
    const cohandling = await tx.find(TicketStage, {
      where: { ticketId: ticket.id, kind: 'cohandling', status: 'open' },
      select: { ownerUnitId: true },
    });
    return { ownerUnitPath: owner.path, openCohandlingUnitIds: cohandling.map((s) => s.ownerUnitId) };
  }
}
