/** DOMAIN §7: the event types an org unit can subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'ticket.filed',
  'ticket.dispatched',
  'ticket.signed',
  'ticket.returned',
  'ticket.transferred',
  'cohandling.assigned',
  'extension.requested',
  'extension.decided',
  'feedback.submitted',
  'feedback.rejected',
  'ticket.replied',
  'ticket.closed',
  'ticket.reopened',
  'stage.warning',
  'stage.breached',
  'ticket.escalated',
  'supervision.issued',
  'ticket.urged',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead'] as const;
/** pending: not tried yet (or replayed); failed: last attempt failed, a retry is scheduled; dead: retries given up. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
