import { NOTIFIED_EVENT_TYPES, NotifiedEventType } from '../../tickets/domain/ticket-events';

/** DOMAIN §7: the event types an org unit can subscribe to, a typed subset of the ticket's events. */
export const WEBHOOK_EVENT_TYPES = NOTIFIED_EVENT_TYPES;
export type WebhookEventType = NotifiedEventType;

/** The bodies deliveries carry, defined once with the writer that builds them (see docs/architecture.md, Outbox and webhooks). */
export type { ChannelWebhookPayload, WebhookPayload, WebhookStage } from '../../tickets/domain/ticket-notice';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead'] as const;
/** pending: not tried yet (or replayed); failed: last attempt failed, a retry is scheduled; dead: retries given up. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
