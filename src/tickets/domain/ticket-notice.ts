/**
 * What a webhook says about a notified event: the one definition of the body units and channel
 * systems receive, built by the writer from facts it already holds (the ticket row it changed and
 * the stages it locked, opened or moved), so a notification costs no extra read. Pure and
 * table-tested: a notified type without a rule here does not compile.
 */
import type { DomainEvent, NotifiedEventType } from './ticket-events';
import type { StageFacts, StageStatus } from './ticket-system-commands';
import type { CustomerTier } from '../../common/vocabulary';
import type { StageKind, TicketKind, TicketLevel, TicketStatus } from './ticket.types';

/** The API path a receiver reads the ticket at. */
export function ticketPath(ticketId: string): string {
  return `/api/v1/tickets/${ticketId}`;
}

/** The stage an event concerns, with its deadlines. */
export interface WebhookStage {
  id: string;
  kind: StageKind;
  /** The unit owning the stage (for a co-handling stage, the co-handler). */
  unitId: string;
  status: StageStatus;
  /** When the warning is due (a share of the stage's time, per policy). */
  warnAt: string;
  dueAt: string;
}

/** What the ticket is about and where it stands: as the writer holds it, and as every body tells it. */
export interface TicketSummary {
  kind: TicketKind;
  subject: string;
  businessType: string;
  level: TicketLevel;
  customerTier: CustomerTier;
  /** The ticket's status after the event. */
  status: TicketStatus;
}

/** The body sent to units: enough to act on the event without reading the ticket. */
export interface WebhookPayload extends TicketSummary {
  /** One id per event; the units' and the channel's copies of the same event share it. */
  eventId: string;
  type: NotifiedEventType;
  occurredAt: string;
  ticketId: string;
  ticketNumber: string;
  /** Where to read the ticket: `/api/v1/tickets/{ticketId}`. */
  ticketPath: string;
  /** The reply promised to the customer (the commitment stage's deadline). */
  commitmentDueAt: string | null;
  /** The stage the event concerns; null when none is running (replied, withdrawn, archived). */
  stage: WebhookStage | null;
  /** The event as recorded in the ticket's history (targets, reasons, notes, texts, deadlines). */
  data: Record<string, unknown>;
}

/**
 * The body sent to the channel system that filed the ticket, for customer-facing milestones only
 * (DOMAIN §7): the ticket's identity, classification, status and the commitment to the customer,
 * its own reference, and of the event only what the customer is told. No stages, units, internal
 * notes or reasons.
 */
export interface ChannelWebhookPayload extends Omit<WebhookPayload, 'stage'> {
  /** The reference the channel filed the ticket under. */
  externalRef: string | null;
}

/**
 * Which stage an event concerns, when its data names none (`stageId` always wins):
 * - `owner`: the stage now running for the ticket's owner (the one the event opened, moved or is about);
 * - `named`: the stage of the unit the event names in `unitId` (a co-handling task, opened or cancelled);
 * - `commitment`: the commitment to the customer.
 */
export type StageRule = 'owner' | 'named' | 'commitment';

export interface NoticeRule {
  stage: StageRule;
  /** The event fields a customer-facing milestone passes to the channel; null for events a channel never hears. */
  channelData: readonly string[] | null;
}

/** One row per notified type: the compiler asks for a row whenever a type becomes notified. */
export const NOTICE_RULES: { readonly [T in NotifiedEventType]: NoticeRule } = {
  'ticket.filed': { stage: 'owner', channelData: [] },
  'ticket.dispatched': { stage: 'owner', channelData: null },
  'ticket.signed': { stage: 'owner', channelData: [] },
  'ticket.returned': { stage: 'owner', channelData: null },
  'ticket.transferred': { stage: 'owner', channelData: null },
  'cohandling.assigned': { stage: 'named', channelData: null },
  'cohandling.cancelled': { stage: 'named', channelData: null },
  'extension.requested': { stage: 'owner', channelData: null },
  'extension.decided': { stage: 'owner', channelData: null },
  'ticket.help_requested': { stage: 'owner', channelData: null },
  'feedback.submitted': { stage: 'owner', channelData: null },
  'feedback.rejected': { stage: 'owner', channelData: null },
  // A suggestion's reply tells the proposer the adoption decision, its reason and when it takes effect.
  'ticket.replied': { stage: 'owner', channelData: ['text', 'adoption'] },
  'ticket.closed': { stage: 'owner', channelData: ['attitude', 'conclusion'] },
  'ticket.reopened': { stage: 'owner', channelData: ['round'] },
  'stage.warning': { stage: 'owner', channelData: null },
  'stage.breached': { stage: 'owner', channelData: null },
  'ticket.escalated': { stage: 'owner', channelData: null },
  'supervision.issued': { stage: 'owner', channelData: null },
  'supervision.warning': { stage: 'owner', channelData: null },
  'supervision.breached': { stage: 'owner', channelData: null },
  'ticket.urged': { stage: 'owner', channelData: null },
  'ticket.upgraded': { stage: 'owner', channelData: null },
  'commitment.at_risk': { stage: 'commitment', channelData: null },
  'ticket.revisited': { stage: 'owner', channelData: ['result'] },
  'ticket.withdrawn': { stage: 'owner', channelData: ['conclusion'] },
  'ticket.archived': { stage: 'owner', channelData: [] },
  'suggestion.schedule_reported': { stage: 'owner', channelData: null },
  'suggestion.analysed': { stage: 'owner', channelData: null },
};

/** The ticket as the writer holds it after the change. */
export interface NoticeTicket extends TicketSummary {
  id: string;
  number: string;
  ownerUnitId: string;
  commitmentDueAt: Date | null;
  externalRef: string | null;
}

/** A stage as the writer holds it after the change (open, or closed by it). */
export interface NoticeStageFacts extends Pick<StageFacts, 'id' | 'kind' | 'ownerUnitId' | 'status' | 'warnAt' | 'dueAt'> {
  startedAt?: Date;
}

export interface NoticeFacts {
  eventId: string;
  occurredAt: Date;
  ticket: NoticeTicket;
  /** The ticket's stages the writer holds: those it locked, opened, moved or closed in this change. */
  stages: readonly NoticeStageFacts[];
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const latest = (stages: readonly NoticeStageFacts[]) =>
  [...stages].sort((a, b) => (b.startedAt?.getTime() ?? 0) - (a.startedAt?.getTime() ?? 0))[0] ?? null;

/** The stage an event concerns, by its `stageId` first, then by its type's rule. */
export function stageOf(event: DomainEvent & { type: NotifiedEventType }, facts: NoticeFacts): NoticeStageFacts | null {
  const { stages, ticket } = facts;
  const stageId = event.data.stageId;
  if (typeof stageId === 'string') return stages.find((s) => s.id === stageId) ?? null;
  switch (NOTICE_RULES[event.type].stage) {
    case 'commitment':
      return latest(stages.filter((s) => s.kind === 'commitment' && s.status === 'open'));
    case 'named':
      return latest(stages.filter((s) => s.kind === 'cohandling' && s.ownerUnitId === event.data.unitId));
    case 'owner':
      return latest(stages.filter((s) => s.kind !== 'commitment' && s.status === 'open' && s.ownerUnitId === ticket.ownerUnitId));
  }
}

/** The body units receive for a notified event. */
export function noticeOf(event: DomainEvent & { type: NotifiedEventType }, facts: NoticeFacts): WebhookPayload {
  const { ticket } = facts;
  const stage = stageOf(event, facts);
  return {
    eventId: facts.eventId,
    type: event.type,
    occurredAt: facts.occurredAt.toISOString(),
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    ticketPath: ticketPath(ticket.id),
    kind: ticket.kind,
    subject: ticket.subject,
    businessType: ticket.businessType,
    level: ticket.level,
    customerTier: ticket.customerTier,
    status: ticket.status,
    commitmentDueAt: iso(ticket.commitmentDueAt),
    stage: stage && {
      id: stage.id,
      kind: stage.kind,
      unitId: stage.ownerUnitId,
      status: stage.status,
      warnAt: stage.warnAt.toISOString(),
      dueAt: stage.dueAt.toISOString(),
    },
    data: event.data,
  };
}

/** The body the filing channel system receives for a customer-facing milestone; null for any other event. */
export function channelNoticeOf(event: DomainEvent & { type: NotifiedEventType }, facts: NoticeFacts): ChannelWebhookPayload | null {
  const fields = NOTICE_RULES[event.type].channelData;
  if (fields === null) return null;
  const { stage: _stage, data: _data, ...common } = noticeOf(event, facts);
  void [_stage, _data];
  const data = Object.fromEntries(fields.filter((f) => event.data[f] !== undefined).map((f) => [f, event.data[f]]));
  return { ...common, externalRef: facts.ticket.externalRef, data };
}
