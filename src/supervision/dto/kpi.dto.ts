import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { STAGE_KINDS } from '../../tickets/domain/ticket.types';
import { IsBoundedDateTime, IsOmittable } from '../../common/validation';

export const KPI_GROUPS = ['none', 'business_type', 'level', 'channel', 'customer_tier', 'owner_unit'] as const;
export type KpiGroup = (typeof KPI_GROUPS)[number];

export const KPI_PERIODS = ['none', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

/** The longest window a KPI or hot-issue query may span. */
export const MAX_KPI_WINDOW_DAYS = 366;

export class KpiWindowQuery {
  @ApiProperty({ format: 'date-time', description: 'Window start (inclusive)' })
  @IsBoundedDateTime()
  from: string;

  @ApiProperty({ format: 'date-time', description: `Window end (exclusive); after \`from\`, at most ${MAX_KPI_WINDOW_DAYS} days later` })
  @IsBoundedDateTime()
  to: string;
}

export class KpiQuery extends KpiWindowQuery {
  @ApiPropertyOptional({
    enum: KPI_GROUPS,
    default: 'none',
    description: 'Split each period by this ticket attribute (owner_unit = current owner)',
  })
  @IsOmittable()
  @IsIn(KPI_GROUPS)
  groupBy?: KpiGroup;

  @ApiPropertyOptional({
    enum: KPI_PERIODS,
    default: 'none',
    description: 'Bucket by calendar period in Asia/Shanghai time (date_trunc; weeks start on Monday)',
  })
  @IsOmittable()
  @IsIn(KPI_PERIODS)
  period?: KpiPeriod;
}

export class HotIssuesQuery extends KpiWindowQuery {
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 200, description: 'Most frequent business type × nature pairs to list' })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

const RATE = 'Ratio in [0, 1]; null when the denominator is 0.';

export class KpiRow {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Start date (YYYY-MM-DD, Asia/Shanghai) of the bucket; null when period=none. Filing-based KPIs bucket by filed_at, ' +
      'due-based ones (on-time closure, escalated resolution) by commitment_due_at',
  })
  period: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Value of the groupBy attribute (owner unit id for owner_unit); null when groupBy=none',
  })
  group: string | null;

  @ApiProperty({ description: "Tickets in the window: filed_at in [from, to) within the caller's scope" })
  ticketsFiled: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: `按时办结率. Tickets whose commitment_due_at falls in the window with replied_at <= commitment_due_at ÷ tickets whose commitment_due_at falls in the window. ${RATE}`,
  })
  onTimeClosureRate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: `一次性办结率. Tickets in the window never dispatched (ever_dispatched = false) with status replied, closed, revisited or archived ÷ tickets in the window. ${RATE}`,
  })
  firstContactResolutionRate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: `满意率. Tickets in the window revisited 'satisfied' ÷ those revisited 'satisfied' or 'unsatisfied' (unreachable excluded). ${RATE}`,
  })
  satisfactionRate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '平均处理时长. Mean of (closed_at − filed_at) in hours over tickets in the window that have closed_at; null if none',
  })
  averageHandlingHours: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      '平均延误周期. Mean of (completed_at, or now while open, − due_at) in hours over the stage instances (any kind) of the ' +
      "window's tickets with breached_at set; null if none",
  })
  averageDelayHours: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: `Return rate. Tickets in the window with at least one 'ticket.returned' event ÷ tickets in the window ever dispatched. ${RATE}`,
  })
  returnRate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: `Extension rate. Tickets in the window with extensions_used > 0 (current handling round) ÷ tickets in the window ever dispatched. ${RATE}`,
  })
  extensionRate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: `Re-handling rate. Tickets in the window with handling_round > 1 ÷ tickets in the window with a revisit result. ${RATE}`,
  })
  reHandlingRate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: `Escalation rate. Tickets in the window escalated by a breach (escalated = true) ÷ tickets in the window. ${RATE}`,
  })
  escalationRate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: `Escalated-complaint resolution rate. escalated_complaint tickets whose commitment_due_at falls in the window with replied_at <= commitment_due_at ÷ those due in the window. ${RATE}`,
  })
  escalatedResolutionRate: number | null;
}

export class FlowTimeliness {
  @ApiProperty({ enum: STAGE_KINDS.filter((k) => k !== 'commitment') }) stage: string;
  @ApiProperty({ description: "Completed stage instances of this kind on the window's tickets (cancelled ones excluded)" })
  completed: number;
  @ApiProperty({ description: 'Of those, completed with completed_at <= due_at' }) inTime: number;
  @ApiProperty({ type: Number, nullable: true, description: `工单流转及时率: inTime ÷ completed. ${RATE}` }) rate: number | null;
}

export class KpiReport {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ enum: KPI_GROUPS }) groupBy: string;
  @ApiProperty({ enum: KPI_PERIODS }) period: string;
  @ApiProperty({ type: [KpiRow], description: 'One row per (period, group) with any data, ordered by period then group' }) rows: KpiRow[];
  @ApiProperty({
    type: [FlowTimeliness],
    description: "工单流转及时率 per stage kind (commitment excluded) over the whole window's tickets, whatever the grouping",
  })
  flowTimeliness: FlowTimeliness[];
}

export class HotIssue {
  @ApiProperty() businessType: string;
  @ApiProperty() nature: string;
  @ApiProperty({ description: 'Tickets in the window (filed_at in [from, to), caller scope) with this business type and nature' })
  count: number;
}

export class HotIssueSpike {
  @ApiProperty({ format: 'uuid', description: "The tickets' home provincial centre" }) provinceId: string;
  @ApiProperty({ description: 'Code of that provincial centre' }) provinceCode: string;
  @ApiProperty() businessType: string;
  @ApiProperty() nature: string;
  @ApiProperty({ description: 'Tickets filed in the 24 h before `to`' }) last24h: number;
  @ApiProperty({ description: 'Tickets in the whole window ÷ the window length in days' }) dailyAverage: number;
  @ApiProperty({ enum: ['mass_incident'], description: 'Suggested risk flag for the tickets of this combination' }) suggestedFlag: string;
}

export class HotIssuesReport {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: [HotIssue], description: 'Counts by business type × nature (a ticket counts once per nature), most frequent first' })
  issues: HotIssue[];
  @ApiProperty({
    type: [HotIssueSpike],
    description:
      'Province × business type × nature combinations with ≥ 10 tickets in the last 24 h before `to` and at least 3× their daily average over the window',
  })
  spikes: HotIssueSpike[];
}
