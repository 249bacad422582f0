/**
 * Every event a ticket's history can hold. Pure: no Nest, no TypeORM. A new event type is added
 * here first, so the compiler points at each place that must decide about it (notification,
 * recipients).
 */
export const TICKET_EVENT_TYPES = [
  'ticket.filed',
  'ticket.regraded',
  'ticket.resolved_at_centre',
  'ticket.dispatched',
  'ticket.signed',
  'ticket.returned',
  'ticket.transferred',
  'cohandling.assigned',
  'cohandling.cancelled',
  'cohandling.opinion_submitted',
  'extension.requested',
  'extension.decided',
  'ticket.help_requested',
  'feedback.submitted',
  'suggestion.schedule_reported',
  'suggestion.analysed',
  'feedback.accepted',
  'feedback.rejected',
  'ticket.progress_replied',
  'ticket.replied',
  'ticket.closed',
  'ticket.revisited',
  'ticket.reopened',
  'ticket.urged',
  'supervision.issued',
  'supervision.warning',
  'supervision.breached',
  'ticket.withdrawn',
  'ticket.archived',
  'stage.warning',
  'stage.breached',
  'ticket.escalated',
  'ticket.upgraded',
  'stage.deadline_recomputed',
  'commitment.at_risk',
  'customer.updated',
  'attachment.added',
  /** Its personal data was anonymised (src/privacy): past the retention period, or erased on the customer's request. */
  'ticket.anonymised',
] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/** An immutable ticket event; `type` doubles as the webhook event name where it is notified. */
export interface DomainEvent {
  type: TicketEventType;
  data: Record<string, unknown>;
}

/**
 * The events that are also webhook notifications (DOMAIN §7, plus auto-upgrade, requests for help,
 * co-handling cancellations and a suggestion's schedule and analysis, which the units concerned must hear about too).
 */
export const NOTIFIED_EVENT_TYPES = [
  'ticket.filed',
  'ticket.dispatched',
  'ticket.signed',
  'ticket.returned',
  'ticket.transferred',
  'cohandling.assigned',
  'cohandling.cancelled',
  'extension.requested',
  'extension.decided',
  'ticket.help_requested',
  'feedback.submitted',
  'feedback.rejected',
  'ticket.replied',
  'ticket.closed',
  'ticket.reopened',
  'stage.warning',
  'stage.breached',
  'ticket.escalated',
  'supervision.issued',
  'supervision.warning',
  'supervision.breached',
  'ticket.urged',
  'ticket.upgraded',
  'commitment.at_risk',
  'ticket.revisited',
  'ticket.withdrawn',
  'ticket.archived',
  'suggestion.schedule_reported',
  'suggestion.analysed',
] as const satisfies readonly TicketEventType[];
export type NotifiedEventType = (typeof NOTIFIED_EVENT_TYPES)[number];

const NOTIFIED: ReadonlySet<TicketEventType> = new Set(NOTIFIED_EVENT_TYPES);

export function isNotified(type: TicketEventType): type is NotifiedEventType {
  return NOTIFIED.has(type);
}
