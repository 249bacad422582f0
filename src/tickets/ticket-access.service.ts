import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { ticketRelations } from '../auth/policy/identity';
import { OperationKey, Relation, REFUSAL_MESSAGES, relationRefusal } from '../auth/policy/policy';
import { ForbiddenError, NotFoundError } from '../common/domain-error';
import type { Actor as MachineActor } from './domain/ticket-commands';
import { TicketAccessRepository } from './ticket-access.repository';
import { Ticket } from './ticket.entity';

/**
 * Who may see a ticket and how the caller relates to it (DOMAIN §10): out-of-scope tickets are 404
 * (existence does not leak); relations feed the policy's relation checks. The visibility predicate
 * itself is SQL, in TicketAccessRepository.
 */
@Injectable()
export class TicketAccessService {
  constructor(private readonly tickets: TicketAccessRepository) {}

  /** The ticket if the caller may see it, else 404. Optionally row-locked within the caller's transaction. */
  async visible(actor: RequestActor, id: string, tx?: EntityManager, lock = false): Promise<Ticket> {
    const ticket = await this.tickets.findVisible(actor, id, tx, lock);
    if (!ticket) throw new NotFoundError('ticket');
    return ticket;
  }

  /** The caller's relations to a ticket, from its row (locked by the caller when it will write) and the org tree. */
  async relations(actor: RequestActor, ticket: Ticket, tx?: EntityManager): Promise<Relation[]> {
    const rows = await this.tickets.relationRows(ticket, tx);
    return ticketRelations(actor, {
      channelSystemId: ticket.channelSystemId,
      provinceId: ticket.provinceId,
      reviewUnitId: ticket.reviewUnitId,
      dispatcherUnitId: ticket.dispatcherUnitId,
      ownerUnitId: ticket.ownerUnitId,
      ownerUnitPath: rows.ownerUnitPath,
      openCohandlingUnitIds: rows.openCohandlingUnitIds,
    });
  }

  /** The caller as the state machine sees it: its role, and its relations to the ticket (locked by the caller when it will write). */
  async machineActor(actor: RequestActor, ticket: Ticket, tx?: EntityManager): Promise<MachineActor> {
    return {
      kind: actor.kind === 'channel' ? 'channel' : 'staff',
      unitId: actor.unitId ?? '',
      tier: actor.tier,
      role: actor.kind === 'admin' ? 'admin' : actor.role,
      relations: await this.relations(actor, ticket, tx),
    };
  }

  /** 403 with the policy's refusal code unless the caller holds one of the operation's relations to the ticket. */
  async requireRelation(actor: RequestActor, ticket: Ticket, operation: OperationKey, tx?: EntityManager): Promise<void> {
    const refusal = relationRefusal(operation, await this.relations(actor, ticket, tx));
    if (refusal) throw new ForbiddenError(refusal, REFUSAL_MESSAGES[refusal]);
  }
}
