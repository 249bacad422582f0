import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { RequestActor, isNational } from '../auth/actor';
import { escapeLike } from '../auth/org-scope';
import { NotFoundError } from '../common/domain-error';
import { Ticket } from './ticket.entity';

/**
 * Ticket visibility (DOMAIN §10), as one SQL predicate used by reads and writes alike:
 * national sees all; a provincial centre its province's tickets; a city or department the tickets
 * in which a unit of its subtree took part (owner, co-handler, supervisor); a channel system what it filed.
 */
@Injectable()
export class TicketAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  scope<T extends object>(qb: SelectQueryBuilder<T>, actor: RequestActor, alias = 't'): SelectQueryBuilder<T> {
    if (isNational(actor)) return qb;
    if (actor.kind === 'channel') return qb.andWhere(`${alias}.channel_system_id = :scopeChannel`, { scopeChannel: actor.id });
    if (actor.tier === 'provincial') return qb.andWhere(`${alias}.province_id = :scopeProvince`, { scopeProvince: actor.provinceId });
    return qb.andWhere(
      `EXISTS (SELECT 1 FROM ticket_participants sp JOIN org_units su ON su.id = sp.unit_id
                WHERE sp.ticket_id = ${alias}.id AND su.path LIKE :scopePath)`,
      { scopePath: escapeLike(actor.unitPath) + '%' },
    );
  }

  /** The ticket if the caller may see it, else 404 (existence does not leak). Optionally row-locked. */
  async visible(actor: RequestActor, id: string, tx: EntityManager = this.db.manager, lock = false): Promise<Ticket> {
    const qb = this.scope(tx.getRepository(Ticket).createQueryBuilder('t').where('t.id = :id', { id }), actor);
    if (lock) qb.setLock('pessimistic_write');
    const ticket = await qb.getOne();
    if (!ticket) throw new NotFoundError('ticket');
    return ticket;
  }
}
