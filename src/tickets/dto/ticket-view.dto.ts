import { PageOf, PageQuery } from '../../common/page-query';
import { IsBoundedDateTime, IsOmittable } from '../../common/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';

import {
  ADOPTION_DECISIONS,
  AdoptionDecision,
  STAGE_KINDS,
  TICKET_KINDS,
  TICKET_LEVELS,
  TICKET_STATUSES,
  StageKind,
  TicketKind,
  TicketLevel,
  TicketStatus,
} from '../domain/ticket.types';
import { CHANNELS, CUSTOMER_TIERS, Channel, CustomerTier } from '../../common/vocabulary';
import { Ticket } from '../ticket.entity';
import { TicketStage } from '../ticket-stage.entity';
import { maskId, maskName, maskPhone } from '../domain/customer-masks';
import { TicketEvent } from '../ticket-event.entity';
import { TicketAttachment } from '../ticket-support.entity';
import { DeadlineExplanation } from '../../sla/dto/deadline-explanation.dto';

export class StageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STAGE_KINDS }) kind: StageKind;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty() round: number;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status: string;
  @ApiProperty() startedAt: Date;
  @ApiProperty() warnAt: Date;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ description: 'Why the stage is due then (policy, limit, extension)' }) basis: string;
  @ApiProperty({ type: Date, nullable: true }) completedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) warnedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) breachedAt: Date | null;
  @ApiProperty({
    type: Date,
    nullable: true,
    description: 'When an approved extension put this commitment at risk (the warning still comes at warnAt)',
  })
  atRiskAt: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) task: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) opinion: string | null;

  static of(s: TicketStage): StageView {
    const { ticketId: _t, deadlineGen: _g, ...view } = s;
    void [_t, _g];
    return view;
  }
}

export class StageDeadline extends StageView {
  @ApiProperty({ type: DeadlineExplanation, description: 'Why the stage is due when it is' }) explanation: DeadlineExplanation;
}

export class TicketDeadlines {
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty({ type: [StageDeadline], description: 'Every stage of the ticket, in the order they started' }) stages: StageDeadline[];
}

export class AttachmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() url: string;
  @ApiProperty({ type: String, nullable: true }) checksum: string | null;
  @ApiProperty() addedBy: string;
  @ApiProperty() createdAt: Date;

  static of(a: TicketAttachment): AttachmentView {
    const { id, name, contentType, size, url, checksum, addedBy, createdAt } = a;
    return { id, name, contentType, size, url, checksum, addedBy, createdAt };
  }
}

export class EventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() seq: number;
  @ApiProperty({ example: 'ticket.dispatched' }) type: string;
  @ApiProperty({ enum: ['staff', 'channel', 'admin', 'system'] }) actorKind: string;
  @ApiProperty() actorId: string;
  @ApiProperty({ type: String, nullable: true }) actorUnitId: string | null;
  @ApiProperty() at: Date;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;

  static of(e: TicketEvent): EventView {
    const { id, seq, type, actorKind, actorId, actorUnitId, at, reason, before, after, data } = e;
    return { id, seq, type, actorKind, actorId, actorUnitId, at, reason, before, after, data };
  }
}

export class TicketView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'HA-20261122-000123' }) number: string;
  @ApiProperty({ enum: TICKET_KINDS }) kind: TicketKind;
  @ApiProperty({ enum: TICKET_LEVELS }) level: TicketLevel;
  @ApiProperty({ enum: CUSTOMER_TIERS }) customerTier: CustomerTier;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
  @ApiProperty({ format: 'uuid' }) provinceId: string;
  @ApiProperty({ format: 'uuid' }) reviewUnitId: string;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty({ type: String, nullable: true }) dispatcherUnitId: string | null;
  @ApiProperty({ type: String, nullable: true }) leadUnitId: string | null;
  @ApiProperty() handlingRound: number;
  @ApiProperty() extensionsUsed: number;
  @ApiProperty() extensionPending: boolean;
  @ApiProperty({ type: Date, nullable: true }) pendingExtensionDueAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) handlingDueAt: Date | null;
  @ApiProperty({
    type: Date,
    nullable: true,
    description:
      "When the national centre dispatched the current round of an escalated complaint: the province's working days count from it",
  })
  roundDispatchedAt: Date | null;
  @ApiProperty() escalated: boolean;
  @ApiProperty({ description: 'Masked unless revealed by an authorised, audited read' }) customerName: string;
  @ApiProperty() customerPhone: string;
  @ApiProperty({ type: String, nullable: true }) customerIdNumber: string | null;
  @ApiProperty() piiMasked: boolean;
  @ApiProperty({
    type: Date,
    nullable: true,
    description:
      'When its personal data was anonymised (retention past archive, or erasure on request); its personal fields then read [anonymised] or null',
  })
  anonymisedAt: Date | null;
  @ApiProperty() homeProvince: string;
  @ApiProperty({ type: String, nullable: true }) occurredProvince: string | null;
  @ApiProperty() businessType: string;
  @ApiProperty({ type: [String] }) natures: string[];
  @ApiProperty() subject: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true }) customerRequest: string | null;
  @ApiProperty({ type: [String] }) riskFlags: string[];
  @ApiProperty({ type: [String], description: "Repeat of: the same customer's earlier tickets of the last 30 days, found at filing" })
  linkedTicketIds: string[];
  @ApiProperty({ type: [String], description: "Repeated by: the same customer's later tickets that found this one at their filing" })
  repeatedByTicketIds: string[];
  @ApiProperty() contactedAt: Date;
  @ApiProperty() filedAt: Date;
  @ApiProperty() lateIntake: boolean;
  @ApiProperty({ type: Date, nullable: true, description: 'When the ticket was auto-upgraded for staying unresolved too long' })
  severityUpgradedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) requestedDueAt: Date | null;
  @ApiProperty({
    type: Date,
    nullable: true,
    description: "The commitment made to the customer at filing; a re-handling round's own commitment is that round's commitment stage",
  })
  commitmentDueAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) resolution: string | null;
  @ApiProperty({ type: String, nullable: true }) replyText: string | null;
  @ApiProperty({ type: Date, nullable: true }) repliedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) attitude: string | null;
  @ApiProperty({ type: String, nullable: true }) companyPosition: string | null;
  @ApiProperty({ type: String, nullable: true }) conclusion: string | null;
  @ApiProperty({ type: String, nullable: true }) responsibilityType: string | null;
  @ApiProperty({ type: String, nullable: true }) responsibleUnitId: string | null;
  @ApiProperty({ type: String, nullable: true }) revisitResult: string | null;
  @ApiProperty({ type: String, nullable: true }) revisitCause: string | null;
  @ApiProperty({ type: Date, nullable: true }) closedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) archivedAt: Date | null;
  @ApiProperty({
    type: Date,
    nullable: true,
    description: "A suggestion's analysis schedule as its department reported it (its analysis deadline)",
  })
  analysisScheduleAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: "When a suggestion's analysis with its adoption decision was last submitted" })
  analysedAt: Date | null;
  @ApiProperty({ enum: ADOPTION_DECISIONS, nullable: true, description: "A suggestion's adoption decision" })
  adoption: AdoptionDecision | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the suggestion is adopted or not' }) adoptionReason: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'China local date from which an adopted suggestion takes effect',
  })
  adoptionEffectiveFrom: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ type: [StageView], description: 'Open stages with their deadlines' }) openStages?: StageView[];

  static of(t: Ticket, opts: { reveal: boolean; openStages?: TicketStage[] }): TicketView {
    const {
      intakeHash: _h,
      channelSystemId: _c,
      maxExtensions: _m,
      everDispatched: _e,
      occurredAt: _o,
      occurredPlace: _p,
      complainedParty: _cp,
      contactPreference: _pref,
      withdrawnAt: _w,
      ...rest
    } = t;
    void [_h, _c, _m, _e, _o, _p, _cp, _pref, _w];
    // Anonymised data has nothing left to mask. (Exports mask by their own columns: src/exports/export-columns.ts.)
    const shown = opts.reveal || Boolean(t.anonymisedAt);
    return {
      ...rest,
      customerName: shown ? t.customerName : maskName(t.customerName),
      customerPhone: shown ? t.customerPhone : maskPhone(t.customerPhone),
      customerIdNumber: shown ? t.customerIdNumber : maskId(t.customerIdNumber),
      piiMasked: !shown,
      openStages: opts.openStages?.map((s) => StageView.of(s)),
    };
  }
}

export class FiledTicketView extends TicketView {
  @ApiProperty({ description: 'false when the response replays an earlier filing (HTTP 200)' }) created: boolean;
}

export class TicketPage {
  @ApiProperty({ type: [TicketView] }) items: TicketView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class TicketHistory {
  @ApiProperty({ type: [EventView] }) events: EventView[];
  @ApiProperty({ type: [StageView] }) stages: StageView[];
}

export class ListTicketsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TICKET_STATUSES }) @IsOmittable() @IsIn(TICKET_STATUSES) status?: TicketStatus;
  @ApiPropertyOptional({ enum: STAGE_KINDS, description: 'Tickets with an open stage of this kind' })
  @IsOmittable()
  @IsIn(STAGE_KINDS)
  stage?: StageKind;
  @ApiPropertyOptional({ format: 'uuid', description: "Owner unit's subtree" }) @IsOmittable() @IsUUID() ownerUnitId?: string;
  @ApiPropertyOptional({ enum: TICKET_KINDS }) @IsOmittable() @IsIn(TICKET_KINDS) kind?: TicketKind;
  @ApiPropertyOptional({ enum: TICKET_LEVELS }) @IsOmittable() @IsIn(TICKET_LEVELS) level?: TicketLevel;
  @ApiPropertyOptional({ enum: CUSTOMER_TIERS }) @IsOmittable() @IsIn(CUSTOMER_TIERS) customerTier?: CustomerTier;
  @ApiPropertyOptional() @IsOmittable() @IsString() @Matches(/^[a-z][a-z0-9_]{0,63}$/) businessType?: string;
  @ApiPropertyOptional({ enum: CHANNELS }) @IsOmittable() @IsIn(CHANNELS) channel?: Channel;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOmittable() @IsBoundedDateTime() createdFrom?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOmittable() @IsBoundedDateTime() createdTo?: string;
  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'Sync mode: tickets changed at or after this instant, in the order the changes were committed (not newest first). ' +
      'Each ticket appears once per page at its latest version, `nextCursor` is always set (keep it and poll again; an empty page means up to date), ' +
      'and a cursor walk never skips or repeats a change, even one committed late by a long transaction.',
  })
  @IsOmittable()
  @IsBoundedDateTime()
  updatedSince?: string;
  @ApiPropertyOptional({
    example: 'CRM-2026-000123',
    description: "The ticket filed under this channel system's own reference (exact match)",
  })
  @IsOmittable()
  @IsString()
  @Length(1, 128)
  externalRef?: string;
  @ApiPropertyOptional({ example: '13800138000', description: "A customer's ticket history by phone (centre staff only)" })
  @IsOmittable()
  @Matches(/^\+?[0-9-]{5,20}$/)
  customerPhone?: string;
}

export class RevealQuery {
  @ApiPropertyOptional({ description: 'Return unmasked personal data (centre staff only; audited)' })
  @IsOmittable()
  @IsIn(['true', 'false'])
  reveal?: 'true' | 'false';
}

export class AttachmentPage extends PageOf(AttachmentView, 'AttachmentPage') {}
