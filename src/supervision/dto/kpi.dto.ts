import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
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

export const HOT_ISSUE_PERIODS = ['none', 'day', 'week', 'month'] as const;
export type HotIssuePeriod = (typeof HOT_ISSUE_PERIODS)[number];

export class HotIssuesQuery extends KpiWindowQuery {
  @ApiPropertyOptional({
    type: 'integer',
    default: 20,
    minimum: 1,
    maximum: 200,
    description: 'Most frequent business type × nature pairs to list',
  })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({
    enum: HOT_ISSUE_PERIODS,
    default: 'none',
    description: 'Also count the listed issues by calendar period in Asia/Shanghai time (`series`; weeks start on Monday)',
  })
  @IsOmittable()
  @IsIn(HOT_ISSUE_PERIODS)
  period?: HotIssuePeriod;
}

/** The report's counted KPIs whose numerator and denominator are tickets, and the tickets filed (`ticketsFiled`). */
export const KPI_TICKET_MEASURES = [
  'ticketsFiled',
  'onTimeClosureRate',
  'firstContactResolutionRate',
  'satisfactionRate',
  'returnRate',
  'extensionRate',
  'reHandlingRate',
  'escalationRate',
  'escalatedResolutionRate',
] as const;
export type KpiTicketMeasure = (typeof KPI_TICKET_MEASURES)[number];

/** Most tickets one drill-down lists (`total` counts them all). */
export const MAX_KPI_TICKETS = 500;

export class KpiTicketsQuery extends KpiWindowQuery {
  @ApiProperty({
    enum: KPI_TICKET_MEASURES,
    description:
      'The KPI whose tickets to list, counted as in GET /api/v1/kpis over the same window: a due-based one (on-time closure, ' +
      'escalated resolution) over the tickets whose commitment deadline fell in [from, min(to, now)), the others over those filed in [from, to). ' +
      'For a row of a report by period, pass that period as the window (its start, and the next period’s start, within the report’s window)',
  })
  @IsIn(KPI_TICKET_MEASURES)
  measure: KpiTicketMeasure;

  @ApiPropertyOptional({
    enum: ['numerator', 'denominator'],
    default: 'denominator',
    description: 'The tickets counted in which part of it',
  })
  @IsOmittable()
  @IsIn(['numerator', 'denominator'])
  part?: 'numerator' | 'denominator';

  @ApiPropertyOptional({
    enum: KPI_GROUPS,
    default: 'none',
    description: 'With `group`: only the tickets of that group of a report by this attribute',
  })
  @IsOmittable()
  @IsIn(KPI_GROUPS)
  groupBy?: KpiGroup;

  @ApiPropertyOptional({ description: "The report row's `group` (owner unit id for owner_unit); required with a groupBy other than none" })
  @IsOmittable()
  @IsString()
  @Length(1, 64)
  group?: string;

  @ApiPropertyOptional({
    type: 'integer',
    default: 100,
    minimum: 1,
    maximum: MAX_KPI_TICKETS,
    description: 'Tickets per page, oldest filing first',
  })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_KPI_TICKETS)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page, passed back unchanged' })
  @IsOmittable()
  @IsString()
  cursor?: string;
}

/** The standard's targets (DOMAIN §9); KPIs it sets none for carry null. */
export const KPI_TARGETS = {
  onTimeClosureRate: 0.95,
  satisfactionRate: 0.95,
  flowTimeliness: 0.99,
  escalatedResolutionRate: 0.95,
} as const;

/** One KPI as an assessor audits it: the value, what it was computed from, and the standard's target. */
export class KpiValue {
  @ApiProperty({ type: Number, nullable: true, description: 'numerator ÷ denominator; null when the denominator is 0' })
  value: number | null;

  @ApiProperty({ description: 'What is counted (or, for an average, summed)' })
  numerator: number;

  @ApiProperty({ description: 'What it is counted among (for an average, how many were summed)' })
  denominator: number;

  @ApiProperty({ type: Number, nullable: true, description: "The standard's target (DOMAIN §9); null where it sets none" })
  target: number | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'value ≥ target; null without a target or without a value' })
  meetsTarget: boolean | null;
}

/**
 * The ticket's first reply to the customer came at or before its commitment deadline. Later
 * re-handling rounds reply again; the commitment is measured by the first reply.
 */
const IN_TIME = 'first reply (the commitment stage completed) at or before commitment_due_at';

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

  @ApiProperty({ description: "Tickets in the window: filed_at in [from, to) within the caller's scope; suggestions are counted apart" })
  ticketsFiled: number;

  @ApiProperty({
    type: KpiValue,
    description:
      `按时办结率 (target 95 %). Numerator: tickets with ${IN_TIME}. Denominator: tickets whose commitment deadline fell in ` +
      '[from, min(to, now)): tickets not yet due and withdrawn tickets are excluded',
  })
  onTimeClosureRate: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description: `一次性办结率. Numerator: tickets in the window never dispatched (closed by a channel or the centre) with ${IN_TIME}. Denominator: all tickets in the window`,
  })
  firstContactResolutionRate: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description:
      "满意率 (target 95 %). Tickets in the window revisited 'satisfied' ÷ those revisited 'satisfied' or 'unsatisfied' (unreachable excluded; the last revisit counts)",
  })
  satisfactionRate: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description: '平均处理时长. Hours of (closed_at − filed_at) summed ÷ tickets in the window that are closed',
  })
  averageHandlingHours: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description:
      "平均延误周期. Hours of (completed_at, or now while open, − due_at) summed over the window's tickets' stage instances with a recorded breach ÷ those instances",
  })
  averageDelayHours: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description: "Return rate. Tickets in the window with a 'ticket.returned' event ÷ tickets in the window ever dispatched",
  })
  returnRate: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description:
      'Extension rate. Tickets in the window with an approved extension in any handling round ÷ tickets in the window ever dispatched',
  })
  extensionRate: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description: 'Re-handling rate. Tickets in the window with a second handling round ÷ tickets in the window with a revisit result',
  })
  reHandlingRate: KpiValue;

  @ApiProperty({ type: KpiValue, description: 'Escalation rate. Tickets in the window escalated by a breach ÷ tickets in the window' })
  escalationRate: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description: `Escalated-complaint resolution rate (target 95 %). As on-time closure, over escalated complaints only`,
  })
  escalatedResolutionRate: KpiValue;
}

/** Suggestions are counted apart from complaints (DOMAIN §3): none of the complaint KPIs above counts one. */
export class SuggestionKpis {
  @ApiProperty({ description: "Suggestions filed in the window (filed_at in [from, to), caller's scope)" })
  received: number;

  @ApiProperty({
    type: KpiValue,
    description:
      "Analysed on time. Numerator: suggestions whose department's latest analysis (with its adoption decision) was submitted by the " +
      'analysis deadline and has not been sent back. Denominator: suggestions whose analysis deadline (the handling deadline: a month by ' +
      'policy, or the schedule the department reported, or an approved extension) fell in [from, min(to, now)); withdrawn ones excluded',
  })
  analysedOnTime: KpiValue;

  @ApiProperty({
    type: KpiValue,
    description:
      "Adoption rate. Suggestions filed in the window whose proposer was told 'adopted' ÷ those whose proposer was told a decision",
  })
  adoptionRate: KpiValue;
}

export class FlowTimeliness extends KpiValue {
  @ApiProperty({ enum: STAGE_KINDS.filter((k) => k !== 'commitment') }) stage: string;
}

export class KpiReport {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ enum: KPI_GROUPS }) groupBy: string;
  @ApiProperty({ enum: KPI_PERIODS }) period: string;
  @ApiProperty({ type: [KpiRow], description: 'One row per (period, group) with any data, ordered by period then group' }) rows: KpiRow[];
  @ApiProperty({
    type: [FlowTimeliness],
    description:
      "工单流转及时率 per stage kind (commitment excluded; target 99 %) over the whole window's tickets, whatever the grouping: stage instances completed by their deadline ÷ " +
      'instances completed or still open past their deadline (cancelled ones excluded)',
  })
  flowTimeliness: FlowTimeliness[];
  @ApiProperty({
    type: SuggestionKpis,
    description: 'Suggestions over the whole window, whatever the grouping; the rows and flow timeliness count no suggestion',
  })
  suggestions: SuggestionKpis;
}

export class KpiTicket {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'uuid', description: 'Current owner unit' }) ownerUnitId: string;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Commitment (reply) deadline' }) commitmentDueAt:
    string | null;
}

export class KpiTicketsList {
  @ApiProperty({
    description: "How many tickets the KPI's part counts: the report's numerator or denominator for the same window and group",
  })
  total: number;
  @ApiProperty({ type: [KpiTicket], description: 'A page of them (`limit`), oldest filing first' })
  items: KpiTicket[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}

export class HotIssue {
  @ApiProperty({ description: 'Top-level business type: sub-types (gsm, lte …) count under their parent (mobile)' }) businessType: string;
  @ApiProperty() nature: string;
  @ApiProperty({
    description: 'Tickets in the window (filed_at in [from, to), caller scope) with this business type (or a sub-type) and nature',
  })
  count: number;
}

export class HotIssuePoint {
  @ApiProperty({ description: 'Start date (YYYY-MM-DD, Asia/Shanghai) of the period the tickets were filed in' }) period: string;
  @ApiProperty({ description: 'Top-level business type, sub-types rolled up' }) businessType: string;
  @ApiProperty() nature: string;
  @ApiProperty({ description: 'Tickets of this issue filed in the period (within the window); periods without any are left out' })
  count: number;
}

export class HotIssueSpike {
  @ApiProperty({ format: 'uuid', description: "The tickets' home provincial centre" }) provinceId: string;
  @ApiProperty({ description: 'Code of that provincial centre' }) provinceCode: string;
  @ApiProperty({ description: 'Top-level business type, sub-types rolled up' }) businessType: string;
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
  @ApiProperty({
    type: [HotIssuePoint],
    description:
      'The listed issues counted by `period`, ordered by period then as `issues` (empty when period=none); ' +
      "each issue's counts sum to its count in `issues`",
  })
  series: HotIssuePoint[];
}
