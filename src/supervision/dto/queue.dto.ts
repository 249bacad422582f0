import { PageQuery } from '../../common/page-query';
import { IsOmittable } from '../../common/validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { STAGE_KINDS, StageKind, TICKET_LEVELS, TicketLevel } from '../../tickets/domain/ticket.types';
import { CHANNELS, Channel, CUSTOMER_TIERS, CustomerTier } from '../../common/vocabulary';

export class QueueQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Root of the subtree to watch; defaults to the caller's unit" })
  @IsOmittable()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ enum: STAGE_KINDS }) @IsOmittable() @IsIn(STAGE_KINDS) stage?: StageKind;
  @ApiPropertyOptional({ enum: TICKET_LEVELS }) @IsOmittable() @IsIn(TICKET_LEVELS) level?: TicketLevel;
  @ApiPropertyOptional({ enum: CUSTOMER_TIERS }) @IsOmittable() @IsIn(CUSTOMER_TIERS) customerTier?: CustomerTier;
  @ApiPropertyOptional() @IsOmittable() @IsString() @Matches(/^[a-z][a-z0-9_]{0,63}$/) businessType?: string;
  @ApiPropertyOptional({ enum: CHANNELS, description: 'The channel the ticket arrived through' })
  @IsOmittable()
  @IsIn(CHANNELS)
  channel?: Channel;
}

export class DueSoonQuery extends QueueQuery {
  @ApiPropertyOptional({ type: 'integer', default: 60, minimum: 1, maximum: 10080, description: 'Window in minutes' })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10080)
  withinMinutes?: number;
}

export class OrdersQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Subtree root; defaults to the caller's unit" })
  @IsOmittable()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ enum: ['open', 'resolved'], default: 'open' }) @IsOmittable() @IsIn(['open', 'resolved']) status?:
    'open' | 'resolved';
}

export class QueueItem {
  @ApiProperty({ format: 'uuid' }) stageId: string;
  @ApiProperty({ enum: STAGE_KINDS }) stage: string;
  @ApiProperty({ format: 'uuid' }) ownerUnitId: string;
  @ApiProperty() startedAt: Date;
  @ApiProperty() warnAt: Date;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ type: Date, nullable: true }) warnedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When an approved extension put this commitment at risk, before any warning' })
  atRiskAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) breachedAt: Date | null;
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty() ticketNumber: string;
  @ApiProperty() ticketStatus: string;
  @ApiProperty() level: string;
  @ApiProperty() customerTier: string;
  @ApiProperty() businessType: string;
  @ApiProperty() escalated: boolean;
}

export class QueuePage {
  @ApiProperty({ type: [QueueItem] }) items: QueueItem[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class SupervisionOrderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty({ type: String, nullable: true }) stageId: string | null;
  @ApiProperty({ format: 'uuid' }) issuerUnitId: string;
  @ApiProperty({ format: 'uuid' }) targetUnitId: string;
  @ApiProperty() note: string;
  @ApiProperty({ description: 'Warning point: the policy ratio (90 %) of the time the order gives' }) warnAt: Date;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ description: 'Changes whenever the deadline moves; timers act only for the generation they were armed for' })
  deadlineGen: number;
  @ApiProperty({ description: "Why it is due then: the ticket's policy and its supervision limit, or the supervisor's own deadline" })
  basis: string;
  @ApiProperty() automatic: boolean;
  @ApiProperty({ enum: ['open', 'resolved'] }) status: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) resolvedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When its warning was recorded' }) warnedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When its breach was recorded (it went unanswered past dueAt)' })
  breachedAt: Date | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The breached order this one escalated one tier up',
  })
  escalatedFromId: string | null;
}

export class SupervisionOrderPage {
  @ApiProperty({ type: [SupervisionOrderView] }) items: SupervisionOrderView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
