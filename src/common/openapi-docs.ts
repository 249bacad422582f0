/**
 * The prose of the OpenAPI document that decorators do not carry: tag descriptions, the longer
 * description of the operations an integrator meets first, and the webhooks section.
 */
import type { OperationKey } from '../auth/policy/policy';
import type { ChannelWebhookPayload, WebhookPayload, WebhookStage } from '../notifications/domain/webhook-events';
import { WEBHOOK_EVENT_TYPES } from '../notifications/domain/webhook-events';
import { NOTICE_RULES } from '../tickets/domain/ticket-notice';
import { AUDIENCE } from '../tickets/domain/ticket-recipients';
import type { StageStatus } from '../tickets/domain/ticket-system-commands';
import { STAGE_KINDS, TICKET_KINDS, TICKET_LEVELS, TICKET_STATUSES } from '../tickets/domain/ticket.types';
import { CUSTOMER_TIERS } from './vocabulary';
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
  exports: 'Queues, search results, the ticket list and the KPI table as CSV or XLSX files, streamed and audited',
  webhooks: 'Subscriptions to ticket notifications, their delivery log and replay',
  operations: 'Probes and metrics for operators',
  sessions: 'Signing in: password sessions in a cookie, single sign-on by OpenID Connect, signing out',
  audit: 'The tamper-evident trail of administrative acts, sign-ins and reveals of personal data',
  privacy: "A customer's requests about their personal data: a copy of it, and its erasure",
};

interface OperationDoc {
  summary?: string;
  description?: string;
  requestExample?: unknown;
  responseExample?: unknown;
}

const EXPORT_DESCRIPTION =
  'Staff only. The rows are those the JSON list answers the same caller for the same filters, every page of them, read page by ' +
  'page and written as they are read. CSV is UTF-8 with a byte-order mark (spreadsheet programs then show Chinese as written), ' +
  'RFC 4180 quoting and CRLF line ends; text starting with = + - @ is prefixed with an apostrophe so that no cell runs as a ' +
  'formula. XLSX holds one worksheet with the same columns (text cells, never formulas). The header row names the JSON fields; ' +
  'dates are ISO 8601 in UTC. Every export is written to the audit trail: who, which export, its filters and its row count. ' +
  'A failure once the file has started cuts the connection, so an export without its end is incomplete.';
const PERSONAL_EXPORT = `${EXPORT_DESCRIPTION} Customer name, phone and ID number are masked as the ticket view masks them unless \`reveal=true\` (centre staff only, as for a single ticket).`;

const PERSONAL_DATA_REQUEST =
  'For administrators of the national or a provincial centre (and the bootstrap admin), over the tickets they may read. The ' +
  'customer is named by the phone and/or the ID number they filed with, in the body (never in the URL, which access logs keep); ' +
  'a ticket matching either is theirs. Tickets already anonymised hold nothing of them and are not found. Each request is ' +
  'written to the audit trail (category `personal_data`): who, when, which identifiers were named (not their values) and which tickets.';

export const OPERATION_DOCS: Partial<Record<OperationKey, OperationDoc>> = {
  'personalData.export': {
    description:
      'Everything the service holds about a customer, unmasked: each ticket of theirs with its personal fields, their updates and ' +
      `the answers given to them, and its attachments, a page of tickets at a time (by ticket id). ${PERSONAL_DATA_REQUEST}`,
    requestExample: { customerPhone: '13800138000', limit: 50 },
  },
  'personalData.erase': {
    description:
      "Anonymises the customer's tickets at once, as the retention period would (docs/privacy.md): their personal fields, the free " +
      'texts written by or to them, the copies in the history, the search document, the notices and the delivery log; KPIs and ' +
      'repeat-complaint links stay as they were, and each ticket records a `ticket.anonymised` event. Refused with 409 ' +
      '`CUSTOMER_TICKETS_OPEN` (listing `openTicketIds`, erasing nothing) while one of the tickets is still open: it is erased once ' +
      `closed or withdrawn. ${PERSONAL_DATA_REQUEST}`,
    requestExample: { customerPhone: '13800138000', customerIdNumber: '410105199001011234' },
  },
  'exports.tickets': { description: `The ticket list as a file. ${PERSONAL_EXPORT}` },
  'exports.ticketSearch': { description: `A keyword search as a file, newest first. ${PERSONAL_EXPORT}` },
  'exports.overdue': { description: `The overdue queue as a file, by due time. ${EXPORT_DESCRIPTION}` },
  'exports.atRisk': { description: `The at-risk queue as a file, by due time. ${EXPORT_DESCRIPTION}` },
  'exports.dueSoon': { description: `The due-soon queue as a file, by due time. ${EXPORT_DESCRIPTION}` },
  'exports.supervisionOrders': { description: `Supervision orders as a file, by due time. ${EXPORT_DESCRIPTION}` },
  'exports.kpis': {
    description:
      'The KPI table as a file: one row per period and group, and for each KPI its value, numerator, denominator and target ' +
      `(columns \`onTimeClosureRate.value\`…). ${EXPORT_DESCRIPTION}`,
  },
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

const STAGE_STATUSES: readonly StageStatus[] = ['open', 'completed', 'cancelled'];
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const instant = (description: string) => ({ type: 'string', format: 'date-time', description });

/** Every field of a body is documented: a field added to the type without its schema does not compile. */
type Documented<T> = { [K in keyof T]-?: Schema };

const STAGE_PROPERTIES: Documented<WebhookStage> = {
  id: { type: 'string', format: 'uuid' },
  kind: { type: 'string', enum: [...STAGE_KINDS] },
  unitId: { type: 'string', format: 'uuid', description: 'The unit owning the stage (for a co-handling stage, the co-handler)' },
  status: { type: 'string', enum: [...STAGE_STATUSES] },
  warnAt: instant('When the stage warns (a policy share of its time)'),
  dueAt: instant('The stage deadline'),
};

const COMMON_PROPERTIES: Documented<Omit<WebhookPayload, 'stage' | 'data'>> = {
  eventId: {
    type: 'string',
    format: 'uuid',
    description: 'Identifies the event; every copy of it (to each unit, to the channel, on retries and replays) carries the same id',
  },
  type: { type: 'string', enum: [...WEBHOOK_EVENT_TYPES] },
  occurredAt: instant('When the event was recorded'),
  ticketId: { type: 'string', format: 'uuid' },
  ticketNumber: { type: 'string', example: 'HA20260302000123' },
  ticketPath: { type: 'string', example: '/api/v1/tickets/3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10', description: 'Where to read the ticket' },
  kind: { type: 'string', enum: [...TICKET_KINDS] },
  subject: { type: 'string' },
  businessType: { type: 'string', example: 'mobile.billing' },
  level: { type: 'string', enum: [...TICKET_LEVELS] },
  customerTier: { type: 'string', enum: [...CUSTOMER_TIERS] },
  status: { type: 'string', enum: [...TICKET_STATUSES], description: 'The ticket status after the event' },
  commitmentDueAt: {
    type: ['string', 'null'],
    format: 'date-time',
    description: 'The reply promised to the customer (the commitment deadline)',
  },
};

const UNIT_PROPERTIES: Documented<WebhookPayload> = {
  ...COMMON_PROPERTIES,
  stage: {
    oneOf: [ref('WebhookStage'), { type: 'null' }],
    description:
      'The stage the event concerns, with its deadlines: the one it names, opened, moved or cancelled, else the stage running for the ' +
      'owner; null when none runs (replied, revisited, withdrawn, archived)',
  },
  data: {
    type: 'object',
    additionalProperties: true,
    description: 'The event as recorded in the ticket history (targets, reasons, notes, texts, deadlines)',
  },
};

const CHANNEL_PROPERTIES: Documented<ChannelWebhookPayload> = {
  ...COMMON_PROPERTIES,
  externalRef: { type: ['string', 'null'], description: 'The reference the channel system filed the ticket under' },
  data: {
    type: 'object',
    additionalProperties: true,
    description:
      'What the customer is told of the event: the reply text (`ticket.replied`), the attitude and an appeal’s conclusion ' +
      '(`ticket.closed`), the revisit result (`ticket.revisited`), the round (`ticket.reopened`), an appeal’s conclusion (`ticket.withdrawn`)',
  },
};

const strict = (description: string, properties: Record<string, Schema>): Schema => ({
  type: 'object',
  description,
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

/** The bodies in components.schemas: one for units, one for channel systems, and the stage they name. */
export const WEBHOOK_SCHEMAS: Record<string, Schema> = {
  WebhookStage: strict('A stage of a ticket and its deadlines', STAGE_PROPERTIES),
  WebhookPayload: strict(
    'What a unit receives: the event, the ticket it is about (number, subject, classification, status, the commitment to the ' +
      'customer), the stage concerned with its deadlines, and the API path of the ticket, so the receiver can act without reading it',
    UNIT_PROPERTIES,
  ),
  ChannelWebhookPayload: strict(
    'What the channel system that filed the ticket receives, for customer-facing milestones only: the ticket’s identity, ' +
      'classification, status, the commitment to the customer and its own reference, and of the event what the customer is told. ' +
      'Never stages, units, internal notes or reasons.',
    CHANNEL_PROPERTIES,
  ),
};

const ofType = (name: string, type: string): Schema => ({ allOf: [ref(name), { type: 'object', properties: { type: { const: type } } }] });

/** One `webhooks` entry per event type: the Standard Webhooks headers and the JSON body it is sent in. */
export function webhooksSection(schemas: Record<string, Schema>): Record<string, unknown> {
  Object.assign(schemas, WEBHOOK_SCHEMAS);
  const entries = WEBHOOK_EVENT_TYPES.map((type) => {
    const milestone = NOTICE_RULES[type].channelData !== null;
    const schema: Schema = milestone
      ? { oneOf: [ofType('WebhookPayload', type), ofType('ChannelWebhookPayload', type)] }
      : ofType('WebhookPayload', type);
    return [
      type,
      {
        post: {
          operationId: `webhooks.${type}`,
          summary: `Notification: ${type}`,
          description:
            `Sent to each subscription whose event types include \`${type}\`` +
            (AUDIENCE[type].channel
              ? ': the units concerned (`WebhookPayload`), and the channel system that filed the ticket (a customer-facing milestone, `ChannelWebhookPayload`). '
              : ': the units concerned (`WebhookPayload`); never to a channel system. ') +
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
