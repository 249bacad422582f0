import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { RequestActor } from '../auth/actor';
import { auditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { BadRequestError, DomainError } from '../common/domain-error';
import { DEFAULT_PAGE_SIZE } from '../common/page-query';
import { TicketTransitionService } from '../tickets/ticket-transition.service';
import { CustomerKey, PersonalDataRepository } from './personal-data.repository';
import {
  CustomerIdentifiers,
  PersonalDataErasure,
  PersonalDataExport,
  PersonalDataExportRequest,
  PersonalDataTicket,
} from './dto/personal-data.dto';
import { EXPORTED_TICKET_FIELDS, ExportedProperty } from './domain/personal-data';
import type { Ticket } from '../tickets/ticket.entity';

type Operation = 'personalData.export' | 'personalData.erase';

/**
 * A customer's rights over their personal data (PIPL): a copy of everything the service holds about
 * them, and its erasure, on their request, handled by a centre's administrator over the tickets in
 * that administrator's scope. Each request is audited (who, when, which tickets; never the phone or
 * ID number it named).
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly store: PersonalDataRepository,
    private readonly transitions: TicketTransitionService,
    private readonly audit: AuditService,
  ) {}

  async export(actor: RequestActor, q: PersonalDataExportRequest, req: Request): Promise<PersonalDataExport> {
    const customer = customerOf(q);
    const after = decodeCursor(q.cursor, ['uuid']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.store.tickets(actor, customer, after ? String(after[0]) : null, limit + 1);
    const tickets = rows.slice(0, limit);
    const ids = tickets.map((t) => t.id);
    const [events, attachments] = await Promise.all([this.store.correspondence(ids), this.store.attachments(ids)]);
    const items = tickets.map((t): PersonalDataTicket => ({
      id: t.id,
      number: t.number,
      kind: t.kind,
      status: t.status,
      channel: t.channel,
      filedAt: t.filedAt,
      closedAt: t.closedAt,
      archivedAt: t.archivedAt,
      ...personalFieldsOf(t),
      occurredAt: t.occurredAt,
      contactPreference: t.contactPreference,
      correspondence: events
        .filter((e) => e.ticketId === t.id)
        .map((e) => ({ type: e.type, at: e.at, text: typeof e.data.text === 'string' ? e.data.text : null })),
      attachments: attachments
        .filter((a) => a.ticketId === t.id)
        .map(({ name, contentType, size, url, createdAt }) => ({ name, contentType, size, url, createdAt })),
    }));
    await this.record(actor, req, 'personalData.export', 'success', { by: namedBy(customer), ticketIds: ids, cursor: q.cursor ?? null });
    return { items, nextCursor: rows.length > limit ? encodeCursor([ids[ids.length - 1]]) : null };
  }

  async erase(actor: RequestActor, q: CustomerIdentifiers, req: Request): Promise<PersonalDataErasure> {
    const customer = customerOf(q);
    const ticketIds = await this.store.ticketIds(actor, customer);
    const performer = { kind: actor.kind, id: actor.id, unitId: actor.unitId, requestId: requestIdOf(req) };
    try {
      const erasedTicketIds = await this.transitions.erase(ticketIds, performer);
      await this.record(actor, req, 'personalData.erase', 'success', { by: namedBy(customer), ticketIds: erasedTicketIds });
      return { erasedTicketIds };
    } catch (err) {
      if (err instanceof DomainError) {
        await this.record(actor, req, 'personalData.erase', 'failure', { by: namedBy(customer), ticketIds, refused: err.code });
      }
      throw err;
    }
  }

  private record(actor: RequestActor, req: Request, operation: Operation, outcome: 'success' | 'failure', detail: object): Promise<void> {
    return this.audit.record(auditContext(req, actor), {
      operation,
      category: 'personal_data',
      outcome,
      targetType: 'ticket',
      scopePath: actor.unitPath || null,
      detail,
    });
  }
}

/** The identifiers a request gives; 400 when it gives none. */
function customerOf(q: CustomerIdentifiers): CustomerKey {
  if (!q.customerPhone && !q.customerIdNumber) {
    throw new BadRequestError('CUSTOMER_IDENTIFIER_REQUIRED', "give the customer's phone, ID number or both");
  }
  return { customerPhone: q.customerPhone, customerIdNumber: q.customerIdNumber };
}

/** Which identifiers a request named, for its audit row (their names, never their values). */
const namedBy = (c: CustomerKey): string[] => Object.keys(c).filter((k) => c[k as keyof CustomerKey] !== undefined);

/** The personal fields of a ticket a customer's copy holds (EXPORTED_TICKET_FIELDS). */
function personalFieldsOf(t: Ticket): Pick<PersonalDataTicket, ExportedProperty> {
  return Object.fromEntries(EXPORTED_TICKET_FIELDS.map((f) => [f.property, t[f.property]])) as Pick<PersonalDataTicket, ExportedProperty>;
}

const requestIdOf = (req: Request & { id?: unknown }): string | null => (typeof req.id === 'string' ? req.id : null);
