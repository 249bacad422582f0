/**
 * Personal data of a ticket (PIPL; DOMAIN §3 and §10), in one place: which stored fields hold it,
 * what each becomes when the ticket is anonymised, and when a ticket may be anonymised. The writer
 * builds its anonymising statements from these lists and the subject-access export reads the same
 * fields, so a field added here is both exported and anonymised. Pure: no Nest, no TypeORM.
 *
 * Personal: the customer's name, phone and ID number, and the free texts written by the customer or
 * to the customer (what they said happened and where, what they asked for, how the centre resolved it and
 * what they were answered):
 * such texts routinely repeat a name, a number or an address. Kept: the classification the
 * statistics count (kind, level, tier, business type, natures, provinces, channel, risk flags), the
 * units, stages, deadlines and outcomes, the repeat-complaint links between tickets, and staff's
 * work records other than the texts listed here (reason codes, extension and supervision reasons).
 */
import { maskName, maskPhone } from '../../tickets/domain/customer-masks';
import type { TicketEventType } from '../../tickets/domain/ticket-events';
import type { TicketStatus } from '../../tickets/domain/ticket.types';
import { OPEN_STATUSES } from '../../tickets/domain/ticket.types';

/** What an anonymised text reads (a required text cannot be empty; an optional one becomes null). */
export const ANONYMISED = '[anonymised]';

export interface PersonalField {
  /** The ticket's property (entity and API). */
  property:
    | 'customerName'
    | 'customerPhone'
    | 'customerIdNumber'
    | 'customerPhoneIndex'
    | 'customerIdNumberIndex'
    | 'customerNameMasked'
    | 'customerPhoneMasked'
    | 'customerIdNumberMasked'
    | 'subject'
    | 'description'
    | 'customerRequest'
    | 'occurredPlace'
    | 'resolution'
    | 'replyText'
    | 'companyPosition';
  /** What it holds once anonymised (a masked rendering: the mask of what the field it masks becomes). */
  anonymisedTo: string | null;
  /** Computed from another field (a keyed index, a masked rendering): anonymised with it, never part of a customer's copy. */
  derived?: true;
}

/** A blind index property (src/pii) or a stored masked rendering (src/tickets/domain/customer-masks.ts). */
type DerivedProperty =
  'customerPhoneIndex' | 'customerIdNumberIndex' | 'customerNameMasked' | 'customerPhoneMasked' | 'customerIdNumberMasked';
/** The personal fields a customer's copy holds. */
export type ExportedProperty = Exclude<PersonalField['property'], DerivedProperty>;

/**
 * The personal fields of a ticket row, written through the entity, so a column's transformer applies:
 * the name, phone and ID number are stored encrypted (src/pii), and their anonymised values too.
 */
export const PERSONAL_TICKET_FIELDS: readonly PersonalField[] = [
  { property: 'customerName', anonymisedTo: ANONYMISED },
  { property: 'customerPhone', anonymisedTo: ANONYMISED },
  { property: 'customerIdNumber', anonymisedTo: null },
  // The keyed blind indexes find a customer's tickets (src/pii): gone, so nothing links the ticket to the customer.
  { property: 'customerPhoneIndex', anonymisedTo: null, derived: true },
  { property: 'customerIdNumberIndex', anonymisedTo: null, derived: true },
  // The masked renderings lists and exports show: as the anonymised values would be masked.
  { property: 'customerNameMasked', anonymisedTo: maskName(ANONYMISED), derived: true },
  { property: 'customerPhoneMasked', anonymisedTo: maskPhone(ANONYMISED), derived: true },
  { property: 'customerIdNumberMasked', anonymisedTo: null, derived: true },
  { property: 'subject', anonymisedTo: ANONYMISED },
  { property: 'description', anonymisedTo: ANONYMISED },
  { property: 'customerRequest', anonymisedTo: null },
  { property: 'occurredPlace', anonymisedTo: null },
  { property: 'resolution', anonymisedTo: null },
  { property: 'replyText', anonymisedTo: null },
  { property: 'companyPosition', anonymisedTo: null },
];

/**
 * Free texts inside an event's `data` (and so inside the webhook bodies built from it): the
 * customer's updates and the replies to them (`text`), the company's position told at close, the
 * notes, tasks and opinions that pass the customer's matter between units, and attachments' file
 * names. Replaced by ANONYMISED where present.
 */
export const PERSONAL_EVENT_DATA_KEYS = ['text', 'companyPosition', 'note', 'task', 'opinion', 'name'] as const;

/** Top-level fields of a webhook body (units' and channel's) that copy a personal ticket field. */
export const PERSONAL_NOTICE_KEYS = ['subject'] as const;

/**
 * The events whose `data.text` is the customer's own word or the answer given to them: the
 * subject-access export lists them as the customer's correspondence.
 */
export const CUSTOMER_CORRESPONDENCE_EVENTS = [
  'customer.updated',
  'ticket.progress_replied',
  'ticket.replied',
] as const satisfies readonly TicketEventType[];

/** Why a ticket's personal data was anonymised, as its event records it. */
export type AnonymisationReason = 'retention' | 'erasure';

/** The event the writer records on each anonymised ticket. */
export const ANONYMISED_EVENT: TicketEventType = 'ticket.anonymised';

/**
 * Erasure on request applies to tickets that are over: an open ticket still needs the customer's
 * contact details to be handled and answered (DOMAIN §4), so a customer with an open ticket is
 * refused (409) until it is closed or withdrawn. Closed tickets awaiting their revisit may be erased:
 * the customer asked not to be contacted again.
 */
export function openTicketsOf<T extends { status: TicketStatus }>(tickets: readonly T[]): T[] {
  return tickets.filter((t) => OPEN_STATUSES.includes(t.status));
}

/** The fields a customer's copy of their data holds. */
export const EXPORTED_TICKET_FIELDS = PERSONAL_TICKET_FIELDS.filter((f) => !f.derived) as (PersonalField & {
  property: ExportedProperty;
})[];

/** The ticket fields as anonymised, by property. */
export function anonymisedFields(): Record<PersonalField['property'], string | null> {
  return Object.fromEntries(PERSONAL_TICKET_FIELDS.map((f) => [f.property, f.anonymisedTo])) as Record<
    PersonalField['property'],
    string | null
  >;
}
