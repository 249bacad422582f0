import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { Clock } from '../common/clock';
import { BadRequestError } from '../common/domain-error';
import { STAGE_KINDS } from '../tickets/domain/ticket.types';
import { TicketAccessService } from '../tickets/ticket-access.service';
import {
  FlowTimeliness,
  HotIssue,
  HotIssueSpike,
  HotIssuesQuery,
  HotIssuesReport,
  KpiGroup,
  KpiPeriod,
  KpiQuery,
  KpiReport,
  KpiRow,
  KpiWindowQuery,
  MAX_KPI_WINDOW_DAYS,
} from './dto/kpi.dto';

const DAY_MS = 86_400_000;
const KPI_TIME_ZONE = 'Asia/Shanghai';
/** Statuses after the customer has been told the result. */
const RESOLVED_STATUSES = "('replied', 'closed', 'revisited', 'archived')";
const SPIKE_FACTOR = 3;
const SPIKE_MIN_COUNT = 10;

/** SQL of each grouping attribute (whitelisted: never user text). */
const GROUP_SQL: Record<KpiGroup, string> = {
  none: 'NULL::text',
  business_type: 't.business_type',
  level: 't.level',
  channel: 't.channel',
  customer_tier: 't.customer_tier',
  owner_unit: 't.owner_unit_id::text',
};

/** Ratio in SQL, null when the denominator is 0. */
const ratio = (num: string, den: string) => `(${num})::float8 / NULLIF(${den}, 0)`;
const countIf = (cond: string) => `count(*) FILTER (WHERE ${cond})`;

/** KPIs counted over the tickets due (commitment_due_at) in the window rather than filed in it. */
type DueKpi = 'onTimeClosureRate' | 'escalatedResolutionRate';

/**
 * KPIs (DOMAIN §9) as read-only SQL aggregates over the tickets the caller may see (`TicketAccessService.scope`).
 * Filing-based KPIs and due-based KPIs (on-time closure, escalated resolution) are two queries over
 * different ticket sets, merged by (period, group); flow timeliness is a third query over stage instances.
 */
@Injectable()
export class KpiService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TicketAccessService,
    private readonly clock: Clock,
  ) {}

  async kpis(actor: RequestActor, q: KpiQuery): Promise<KpiReport> {
    const { from, to } = this.window(q);
    const groupBy = q.groupBy ?? 'none';
    const period = q.period ?? 'none';
    const grp = GROUP_SQL[groupBy];

    const filed = await this.tickets(actor, 't.filed_at', from, to)
      .select(periodSql(period, 't.filed_at'), 'period')
      .addSelect(grp, 'group')
      .addSelect('count(*)::int', 'ticketsFiled')
      .addSelect(ratio(countIf(`NOT t.ever_dispatched AND t.status IN ${RESOLVED_STATUSES}`), 'count(*)'), 'firstContactResolutionRate')
      .addSelect(
        ratio(countIf(`t.revisit_result = 'satisfied'`), countIf(`t.revisit_result IN ('satisfied', 'unsatisfied')`)),
        'satisfactionRate',
      )
      .addSelect('(avg(extract(epoch FROM t.closed_at - t.filed_at)) / 3600)::float8', 'averageHandlingHours')
      .addSelect(
        ratio(
          countIf(`EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'ticket.returned')`),
          countIf('t.ever_dispatched'),
        ),
        'returnRate',
      )
      .addSelect(ratio(countIf('t.extensions_used > 0'), countIf('t.ever_dispatched')), 'extensionRate')
      .addSelect(ratio(countIf('t.handling_round > 1'), countIf('t.revisit_result IS NOT NULL')), 'reHandlingRate')
      .addSelect(ratio(countIf('t.escalated'), 'count(*)'), 'escalationRate')
      .groupBy('1')
      .addGroupBy('2')
      .getRawMany<Omit<KpiRow, DueKpi | 'averageDelayHours'>>();

    const delay = await this.tickets(actor, 't.filed_at', from, to)
      .innerJoin('ticket_stages', 's', 's.ticket_id = t.id AND s.breached_at IS NOT NULL')
      .select(periodSql(period, 't.filed_at'), 'period')
      .addSelect(grp, 'group')
      .addSelect('(avg(extract(epoch FROM coalesce(s.completed_at, :kpiNow) - s.due_at)) / 3600)::float8', 'averageDelayHours')
      .setParameter('kpiNow', this.clock.now())
      .groupBy('1')
      .addGroupBy('2')
      .getRawMany<Pick<KpiRow, 'period' | 'group' | 'averageDelayHours'>>();

    const due = await this.tickets(actor, 't.commitment_due_at', from, to)
      .select(periodSql(period, 't.commitment_due_at'), 'period')
      .addSelect(grp, 'group')
      .addSelect(ratio(countIf('t.replied_at <= t.commitment_due_at'), 'count(*)'), 'onTimeClosureRate')
      .addSelect(
        ratio(countIf(`t.kind = 'escalated_complaint' AND t.replied_at <= t.commitment_due_at`), countIf(`t.kind = 'escalated_complaint'`)),
        'escalatedResolutionRate',
      )
      .groupBy('1')
      .addGroupBy('2')
      .getRawMany<Pick<KpiRow, 'period' | 'group' | DueKpi>>();

    const flow = await this.tickets(actor, 't.filed_at', from, to)
      .innerJoin('ticket_stages', 's', `s.ticket_id = t.id AND s.kind <> 'commitment' AND s.status = 'completed'`)
      .select('s.kind', 'stage')
      .addSelect('count(*)::int', 'completed')
      .addSelect(`${countIf('s.completed_at <= s.due_at')}::int`, 'inTime')
      .addSelect(ratio(countIf('s.completed_at <= s.due_at'), 'count(*)'), 'rate')
      .groupBy('s.kind')
      .getRawMany<FlowTimeliness>();

    return {
      from: from.toISOString(),
      to: to.toISOString(),
      groupBy,
      period,
      rows: mergeRows([filed, delay, due], groupBy === 'none' && period === 'none'),
      flowTimeliness: flowTimeliness(flow),
    };
  }

  async hotIssues(actor: RequestActor, q: HotIssuesQuery): Promise<HotIssuesReport> {
    const { from, to } = this.window(q);
    // One row per (ticket, nature) of the window's visible tickets.
    const [inner, params] = this.tickets(actor, 't.filed_at', from, to)
      .select('t.province_id', 'province_id')
      .addSelect('t.business_type', 'business_type')
      .addSelect('unnest(t.natures)', 'nature')
      .addSelect('t.filed_at', 'filed_at')
      .getQueryAndParameters();
    const n = params.length;

    const issues = await this.db.query<HotIssue[]>(
      `SELECT x.business_type AS "businessType", x.nature, count(*)::int AS count
         FROM (${inner}) x
        GROUP BY x.business_type, x.nature
        ORDER BY count DESC, x.business_type, x.nature
        LIMIT $${n + 1}`,
      [...params, q.limit ?? 20],
    );

    const days = (to.getTime() - from.getTime()) / DAY_MS;
    const recent = `count(*) FILTER (WHERE x.filed_at >= $${n + 1})`;
    const spikes = await this.db.query<HotIssueSpike[]>(
      `SELECT x.province_id AS "provinceId", u.code AS "provinceCode", x.business_type AS "businessType", x.nature,
              ${recent}::int AS "last24h", (count(*)::float8 / $${n + 2}) AS "dailyAverage", 'mass_incident' AS "suggestedFlag"
         FROM (${inner}) x JOIN org_units u ON u.id = x.province_id
        GROUP BY x.province_id, u.code, x.business_type, x.nature
       HAVING ${recent} >= $${n + 3} AND ${recent} >= $${n + 4} * count(*)::float8 / $${n + 2}
        ORDER BY "last24h" DESC, u.code, x.business_type, x.nature`,
      [...params, new Date(to.getTime() - DAY_MS), days, SPIKE_MIN_COUNT, SPIKE_FACTOR],
    );

    return { from: from.toISOString(), to: to.toISOString(), issues, spikes };
  }

  /** The caller's visible tickets whose `column` falls in [from, to). */
  private tickets(actor: RequestActor, column: string, from: Date, to: Date): SelectQueryBuilder<object> {
    const qb = this.db
      .createQueryBuilder()
      .from('tickets', 't')
      .where(`${column} >= :kpiFrom AND ${column} < :kpiTo`, { kpiFrom: from, kpiTo: to });
    return this.access.scope(qb, actor);
  }

  private window(q: KpiWindowQuery): { from: Date; to: Date } {
    const from = new Date(q.from);
    const to = new Date(q.to);
    if (!(to.getTime() > from.getTime())) throw new BadRequestError('INVALID_RANGE', '`to` must be after `from`');
    if (to.getTime() - from.getTime() > MAX_KPI_WINDOW_DAYS * DAY_MS)
      throw new BadRequestError('INVALID_RANGE', `The window spans at most ${MAX_KPI_WINDOW_DAYS} days`);
    return { from, to };
  }
}

/** The bucket's start date in Shanghai time (period is whitelisted by the DTO, never user text in SQL). */
function periodSql(period: KpiPeriod, column: string): string {
  if (period === 'none') return 'NULL::text';
  return `to_char(date_trunc('${period}', ${column} AT TIME ZONE '${KPI_TIME_ZONE}'), 'YYYY-MM-DD')`;
}

function emptyRow(period: string | null, group: string | null): KpiRow {
  return {
    period,
    group,
    ticketsFiled: 0,
    onTimeClosureRate: null,
    firstContactResolutionRate: null,
    satisfactionRate: null,
    averageHandlingHours: null,
    averageDelayHours: null,
    returnRate: null,
    extensionRate: null,
    reHandlingRate: null,
    escalationRate: null,
    escalatedResolutionRate: null,
  };
}

/** Rows of the per-query results merged by (period, group); the filing-based counts stay 0 where only due-based KPIs have data. */
function mergeRows(parts: (Partial<KpiRow> & Pick<KpiRow, 'period' | 'group'>)[][], single: boolean): KpiRow[] {
  const rows = new Map<string, KpiRow>();
  const at = (period: string | null, group: string | null): KpiRow => {
    const key = JSON.stringify([period, group]);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRow(period, group)));
    return row;
  };
  for (const part of parts) for (const r of part) Object.assign(at(r.period, r.group), r);
  if (single && rows.size === 0) at(null, null);
  return [...rows.values()].sort((a, b) => cmp(a.period, b.period) || cmp(a.group, b.group));
}

const cmp = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

/** Every stage kind but the commitment, in lifecycle order, zero where none completed. */
function flowTimeliness(rows: FlowTimeliness[]): FlowTimeliness[] {
  const byKind = new Map(rows.map((r) => [r.stage, r]));
  return STAGE_KINDS.filter((k) => k !== 'commitment').map((stage) => byKind.get(stage) ?? { stage, completed: 0, inTime: 0, rate: null });
}
