/**
 * The prose of the OpenAPI document that decorators do not carry: tag descriptions, the longer
 * description of the operations an integrator meets first, and the webhooks section.
 */
import type { OperationKey } from '../auth/policy/policy';
import { WEBHOOK_EVENT_TYPES } from '../notifications/domain/webhook-events';
import { AUDIENCE } from '../tickets/domain/ticket-recipients';
import { sampleOf } from './openapi-sample';

export const TAGS: Record<string, string> = {
  tickets: 'Filing, reading and working complaint tickets: every workflow command is a POST on the ticket',
  identities: 'Who is calling; channel systems, staff and their tokens',
  org: 'The organisation tree: national centre, provincial centres, cities, departments',
  routing: 'Routing rules suggesting the unit a ticket is dispatched to',
  sla: 'Deadline policies per ticket kind, level, business type and customer tier; deadline previews',
  calendar: 'Working-day calendars: the official schedule and per-unit overrides',
  taxonomy: 'Dictionaries of business types and complaint natures used when filing',
  supervision: 'Queues of overdue, at-risk and due-soon stages; supervision orders',
  kpis: 'Key performance indicators and hot issues over the tickets the caller may read',
  webhooks: 'Subscriptions to ticket notifications, their delivery log and replay',
  operations: 'Probes and metrics for operators',
  sessions: 'Signing in: password sessions in a cookie, single sign-on by OpenID Connect, signing out',
  audit: 'The tamper-evident trail of administrative acts, sign-ins and reveals of personal data',
};

interface OperationDoc {
  summary?: string;
  description?: string;
  requestExample?: unknown;
  responseExample?: unknown;
}

export const OPERATION_DOCS: Partial<Record<OperationKey, OperationDoc>> = {
  'tickets.file': {
    description:
      'Files a complaint, inquiry or suggestion from a channel system. A retry with the same `externalRef` (or the same ' +
      '`Idempotency-Key`) and the same body answers 200 with the ticket first filed; with another body it answers 422. ' +
      'A new ticket answers 201 with `Location` pointing at it.',
  },
  'tickets.list': {
    description:
      'Tickets the caller may read, newest first, one page at a time. A channel system keeping its own copy in step uses ' +
      '`updatedSince` instead: changes come in the order they were committed, and a cursor walk never skips or repeats a change ' +
      'made while it pages. `externalRef` finds the ticket filed under the channel’s own reference.',
  },
  'tickets.get': {
    description:
      'The ticket as its reader may see it: status, level, open stages with their deadlines, the reply once given. Personal data ' +
      'is masked unless centre staff ask for `reveal=true`, which is audited. A ticket the caller may not read answers 404, never 403.',
  },
  'tickets.withdraw': {
    description:
      'Withdraws the ticket at the customer’s request: through the channel system that filed it, or by the centre reviewing or ' +
      'dispatching it. A withdrawn ticket takes no further workflow command; it can be archived.',
  },
  'tickets.customerUpdate': {
    description:
      'Records what the customer added after filing (new details, a changed request), from the filing channel system or the centres ' +
      'handling the ticket; it joins the ticket’s history.',
  },
  'taxonomy.list': {
    description:
      'The dictionaries a filing must use: business types and complaint natures, by kind and code. Channel systems read them with ' +
      'their API key to validate a filing before sending it.',
  },
  'webhookSubscriptions.create': {
    description:
      'Staff subscribe a unit of their scope to the events of its tickets. A channel system subscribes for itself with its API key ' +
      '(no `orgUnitId`): it then hears the customer-facing milestones of the tickets it filed. The secret is shown once, here.',
  },
};

type Schema = Record<string, unknown>;

const WEBHOOK_HEADERS = {
  'webhook-id': {
    description: 'Unique id of the message; the same on every retry and replay, so a receiver can drop duplicates',
    required: true,
    schema: { type: 'string' },
  },
  'webhook-timestamp': {
    description: 'Unix seconds when this attempt was signed; refuse messages more than a few minutes old',
    required: true,
    schema: { type: 'string', pattern: '^[0-9]+$' },
  },
  'webhook-signature': {
    description:
      'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>` with the subscription secret ' +
      '(base64 after its `whsec_` prefix); several while a rotated secret overlaps the old one',
    required: true,
    schema: { type: 'string' },
  },
};

/** One `webhooks` entry per event type: the Standard Webhooks headers and the JSON envelope it is sent in. */
export function webhooksSection(schemas: Record<string, Schema>): Record<string, unknown> {
  const entries = WEBHOOK_EVENT_TYPES.map((type) => {
    const schema: Schema = {
      type: 'object',
      description: 'The notification body; `data` is the event as recorded in the ticket history',
      properties: {
        type: { type: 'string', const: type },
        ticketId: { type: 'string', format: 'uuid' },
        ticketNumber: { type: 'string', example: 'HA20260302000123' },
        at: { type: 'string', format: 'date-time', description: 'When the event was recorded' },
        status: { type: 'string', description: 'The ticket status after the event', example: 'handling' },
        data: { type: 'object', additionalProperties: true, description: 'Event details (targets, reasons, texts, deadlines)' },
      },
      required: ['type', 'ticketId', 'ticketNumber', 'at', 'status', 'data'],
    };
    return [
      type,
      {
        post: {
          operationId: `webhooks.${type}`,
          summary: `Notification: ${type}`,
          description:
            `Sent to each subscription whose event types include \`${type}\`` +
            (AUDIENCE[type].channel
              ? ': the units concerned, and the channel system that filed the ticket (a customer-facing milestone). '
              : ': the units concerned; never to a channel system. ') +
            'Answer 2xx within the timeout; anything else is retried with backoff and can be replayed from the delivery log.',
          'x-channel-milestone': AUDIENCE[type].channel,
          tags: ['webhooks'],
          security: [],
          parameters: Object.entries(WEBHOOK_HEADERS).map(([name, header]) => ({ name, in: 'header', ...header })),
          requestBody: {
            required: true,
            content: { 'application/json': { schema, example: sampleOf(schema, schemas) } },
          },
          responses: {
            '200': { description: 'Received; any 2xx is success' },
            '410': {
              description:
                'Gone: the receiver no longer wants these; the delivery is recorded as failed and retried like any other failure',
            },
          },
        },
      },
    ] as const;
  });
  return Object.fromEntries(entries);
}
