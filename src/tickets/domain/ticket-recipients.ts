/**
 * Who hears about a notified event: the one rule, pure and table-tested. The writer addresses each
 * outbox row to exactly these recipients; subscriptions then filter by event type.
 */
import type { DomainEvent, NotifiedEventType } from './ticket-events';

/** The ticket's parties at the moment the event is recorded (after the change). */
export interface RecipientContext {
  ownerUnitId: string;
  /** The owner before this change, when the change moved ownership (it must learn where the ticket went). */
  previousOwnerUnitId: string | null;
  dispatcherUnitId: string | null;
  reviewUnitId: string;
  /** Units that co-handle or co-handled the ticket. */
  cohandlerUnitIds: readonly string[];
  /** Supervising units: centres a breach escalated to, parents asked for help, units that urged or supervised. */
  supervisorUnitIds: readonly string[];
  /** The channel system that filed the ticket, if one did. */
  channelSystemId: string | null;
  /** The ticket's provincial centre (for its own complaints also the reviewer; for escalated ones and appeals the middle level). */
  provinceUnitId: string;
  /** The reviewing centre dispatched the ticket at least once. */
  dispatched: boolean;
}

export interface Recipients {
  unitIds: string[];
  channelSystemIds: string[];
}

interface Audience {
  /** Event data fields naming units that must hear of it although they may not be a party yet. */
  named: readonly string[];
  /** A customer-facing milestone the filing channel system relays to the customer (DOMAIN §7). */
  channel: boolean;
}

/** One row per notified type: the compiler asks for a row whenever a type becomes notified. */
export const AUDIENCE: { readonly [T in NotifiedEventType]: Audience } = {
  'ticket.filed': { named: [], channel: true },
  'ticket.dispatched': { named: ['toUnitId'], channel: false },
  'ticket.signed': { named: [], channel: true },
  'ticket.returned': { named: ['fromUnitId'], channel: false },
  'ticket.transferred': { named: ['fromUnitId', 'toUnitId'], channel: false },
  'cohandling.assigned': { named: ['unitId'], channel: false },
  'cohandling.cancelled': { named: ['unitId'], channel: false },
  'extension.requested': { named: [], channel: false },
  'extension.decided': { named: [], channel: false },
  'ticket.help_requested': { named: ['parentUnitId'], channel: false },
  'feedback.submitted': { named: [], channel: false },
  'feedback.rejected': { named: [], channel: false },
  'ticket.replied': { named: [], channel: true },
  'ticket.closed': { named: [], channel: true },
  'ticket.reopened': { named: ['unitId'], channel: true },
  'stage.warning': { named: ['ownerUnitId'], channel: false },
  'stage.breached': { named: ['ownerUnitId'], channel: false },
  'ticket.escalated': { named: ['fromUnitId', 'toUnitId'], channel: false },
  'supervision.issued': { named: ['fromUnitId', 'toUnitId'], channel: false },
  // An order's own warning and breach: the unit that must answer it and the centre that issued it.
  'supervision.warning': { named: ['fromUnitId', 'toUnitId'], channel: false },
  'supervision.breached': { named: ['fromUnitId', 'toUnitId'], channel: false },
  'ticket.urged': { named: ['toUnitId'], channel: false },
  'ticket.upgraded': { named: [], channel: false },
  // The reviewing centre, a party of every ticket, owes the customer a progress reply.
  'commitment.at_risk': { named: [], channel: false },
  // The customer hears the revisit's result, a withdrawal and the archiving through the channel they used.
  'ticket.revisited': { named: [], channel: true },
  'ticket.withdrawn': { named: [], channel: true },
  'ticket.archived': { named: [], channel: true },
  // A suggestion's schedule and analysis are the units' work: the proposer hears the outcome in the reply (ticket.replied).
  'suggestion.schedule_reported': { named: [], channel: false },
  'suggestion.analysed': { named: [], channel: false },
};

/**
 * Every party of the ticket (owner, previous owner, dispatcher, reviewer, co-handlers, supervisors,
 * and the ticket's province once the ticket was dispatched) hears every notified event. The province
 * stays a party of an escalated complaint or appeal after it fed back to the national centre: the
 * national audit, reply, close, revisit and any reopening concern the province that handled it; the units the event names hear it too; the filing channel system
 * hears only customer-facing milestones, never warnings, breaches, escalations or supervision.
 */
export function recipientsOf(event: DomainEvent & { type: NotifiedEventType }, ctx: RecipientContext): Recipients {
  const audience = AUDIENCE[event.type];
  const named = audience.named.map((field) => event.data[field]).filter((v): v is string => typeof v === 'string');
  const units = [
    ctx.ownerUnitId,
    ctx.previousOwnerUnitId,
    ctx.dispatcherUnitId,
    ctx.reviewUnitId,
    ctx.dispatched ? ctx.provinceUnitId : null,
    ...ctx.cohandlerUnitIds,
    ...ctx.supervisorUnitIds,
    ...named,
  ].filter((id): id is string => !!id);
  return {
    unitIds: [...new Set(units)],
    channelSystemIds: audience.channel && ctx.channelSystemId ? [ctx.channelSystemId] : [],
  };
}
