import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { TicketAccessRepository } from '../tickets/ticket-access.repository';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { TicketAttachment } from '../tickets/ticket-support.entity';
import { Ticket } from '../tickets/ticket.entity';
import { CUSTOMER_CORRESPONDENCE_EVENTS } from './domain/personal-data';

/** A customer as a request names them: their phone and/or ID number as filed. */
export interface CustomerKey {
  customerPhone?: string;
  customerIdNumber?: string;
}

/** Reads for subject-access requests: a customer's tickets in the caller's scope, with what they hold of the customer. */
@Injectable()
export class PersonalDataRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TicketAccessRepository,
  ) {}

  /** The customer's tickets the caller may read that still hold personal data, by id, after `afterId`. */
  async tickets(actor: RequestActor, customer: CustomerKey, afterId: string | null, limit: number): Promise<Ticket[]> {
    const qb = this.ofCustomer(actor, customer).orderBy('t.id', 'ASC').limit(limit);
    if (afterId) qb.andWhere('t.id > :afterId', { afterId });
    return qb.getMany();
  }

  /** The ids of every such ticket. */
  async ticketIds(actor: RequestActor, customer: CustomerKey): Promise<string[]> {
    const rows = await this.ofCustomer(actor, customer).select('t.id', 'id').orderBy('t.id').getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** The customer's correspondence on these tickets (CUSTOMER_CORRESPONDENCE_EVENTS), in order. */
  async correspondence(ticketIds: string[]): Promise<TicketEvent[]> {
    if (ticketIds.length === 0) return [];
    return this.db
      .getRepository(TicketEvent)
      .createQueryBuilder('e')
      .where('e.ticket_id = ANY (:ids)', { ids: ticketIds })
      .andWhere('e.type = ANY (:types)', { types: [...CUSTOMER_CORRESPONDENCE_EVENTS] })
      .orderBy('e.ticket_id')
      .addOrderBy('e.seq')
      .getMany();
  }

  async attachments(ticketIds: string[]): Promise<TicketAttachment[]> {
    if (ticketIds.length === 0) return [];
    return this.db
      .getRepository(TicketAttachment)
      .createQueryBuilder('a')
      .where('a.ticket_id = ANY (:ids)', { ids: ticketIds })
      .orderBy('a.created_at')
      .addOrderBy('a.id')
      .getMany();
  }

  /** Tickets matching any identifier given (the same customer, as the repeat-complaint look-up reads it), within the caller's scope. */
  private ofCustomer(actor: RequestActor, customer: CustomerKey): SelectQueryBuilder<Ticket> {
    const match: string[] = [];
    if (customer.customerPhone) match.push('t.customer_phone = :phone');
    if (customer.customerIdNumber) match.push('t.customer_id_number = :idNumber');
    const qb = this.db
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .where(`(${match.join(' OR ')})`, { phone: customer.customerPhone, idNumber: customer.customerIdNumber })
      .andWhere('t.anonymised_at IS NULL');
    return this.access.scope(qb, actor);
  }
}
