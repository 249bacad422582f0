/**
 * The KPI report as it was computed before the per-ticket facts: SQL aggregates over the tickets,
 * probing each ticket's stages and events. Kept here as the oracle the facts-based report
 * (KpiRepository over ticket_kpi_facts) must equal, in the KPI equality suite and in bench:kpis; and hot
 * issues counted per (ticket, nature), as before the tickets were grouped ahead of expanding their natures.
 */
import { DataSource, EntityManager } from 'typeorm';
import type { RequestActor } from '../../src/auth/actor';
import type { HotIssuePeriod, KpiGroup, KpiPeriod } from '../../src/supervision/dto/kpi.dto';
import { Counts, hotIssueBucket, KpiRepository } from '../../src/supervision/kpi.repository';
import { TicketAccessRepository } from '../../src/tickets/ticket-access.repository';

const KPI_TIME_ZONE = 'Asia/Shanghai';

const GROUP_SQL: Record<KpiGroup, string> = {
  none: 'NULL::text',
  business_type: 't.business_type',
  level: 't.level',
  channel: 't.channel',
  customer_tier: 't.customer_tier',
  owner_unit: 't.owner_unit_id::text',
};

const countIf = (cond: string) => `(count(*) FILTER (WHERE ${cond}))::int`;

const REPLIED_IN_TIME = `EXISTS (SELECT 1 FROM ticket_stages c
  WHERE c.ticket_id = t.id AND c.kind = 'commitment' AND c.status = 'completed' AND c.completed_at <= t.commitment_due_at)`;

const ANALYSED_IN_TIME = `t.analysed_at <= t.handling_due_at AND t.status NOT IN ('review', 'sign_for', 'handling')`;

function periodSql(period: KpiPeriod, column: string): string {
  if (period === 'none') return 'NULL::text';
  return `to_char(date_trunc('${period}', ${column} AT TIME ZONE '${KPI_TIME_ZONE}'), 'YYYY-MM-DD')`;
}

/** KpiRepository with the counts of the report computed from the base tables, as before the facts. */
export class KpiOracleRepository extends KpiRepository {
  constructor(
    private readonly oracleDb: DataSource,
    access: TicketAccessRepository,
  ) {
    super(oracleDb, access);
  }

  override counts(
    actor: RequestActor,
    w: { from: Date; to: Date; now: Date; groupBy: KpiGroup; period: KpiPeriod },
  ): ReturnType<KpiRepository['counts']> {
    const { from, to, now, period } = w;
    const grp = GROUP_SQL[w.groupBy];
    return this.oracleDb.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      await tx.query('SET LOCAL jit = off');
      const filed = await this.within(tx, actor, 'tickets', 't.filed_at', from, to)
        .select(periodSql(period, 't.filed_at'), 'period')
        .addSelect(grp, 'group')
        .addSelect('count(*)::int', 'ticketsFiled')
        .addSelect(countIf(`NOT t.ever_dispatched AND ${REPLIED_IN_TIME}`), 'firstContact')
        .addSelect(countIf(`t.revisit_result = 'satisfied'`), 'satisfied')
        .addSelect(countIf(`t.revisit_result IN ('satisfied', 'unsatisfied')`), 'revisitedWithAnswer')
        .addSelect('coalesce(sum(extract(epoch FROM t.closed_at - t.filed_at)) / 3600, 0)::float8', 'handlingHours')
        .addSelect('count(t.closed_at)::int', 'closed')
        .addSelect(countIf(`EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'ticket.returned')`), 'returned')
        .addSelect('(count(*) FILTER (WHERE t.ever_dispatched))::int', 'dispatched')
        .addSelect(
          countIf(
            `EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'extension.decided' AND e.data->>'approved' = 'true')`,
          ),
          'extended',
        )
        .addSelect(countIf('t.handling_round > 1'), 'reHandled')
        .addSelect(countIf('t.revisit_result IS NOT NULL'), 'revisited')
        .addSelect(countIf('t.escalated'), 'escalated')
        .groupBy('1')
        .addGroupBy('2')
        .getRawMany<Counts>();

      const delay = await this.within(tx, actor, 'tickets', 't.filed_at', from, to)
        .innerJoin('ticket_stages', 's', 's.ticket_id = t.id AND s.breached_at IS NOT NULL')
        .select(periodSql(period, 't.filed_at'), 'period')
        .addSelect(grp, 'group')
        .addSelect('(sum(extract(epoch FROM coalesce(s.completed_at, :kpiNow) - s.due_at)) / 3600)::float8', 'delayHours')
        .addSelect('count(*)::int', 'breachedStages')
        .setParameter('kpiNow', now)
        .groupBy('1')
        .addGroupBy('2')
        .getRawMany<Counts>();

      const dueUntil = new Date(Math.min(to.getTime(), now.getTime()));
      const due = await this.within(tx, actor, 'tickets', 't.commitment_due_at', from, dueUntil)
        .andWhere('t.withdrawn_at IS NULL')
        .select(periodSql(period, 't.commitment_due_at'), 'period')
        .addSelect(grp, 'group')
        .addSelect(countIf(REPLIED_IN_TIME), 'onTime')
        .addSelect('count(*)::int', 'fellDue')
        .addSelect(countIf(`t.kind = 'escalated_complaint' AND ${REPLIED_IN_TIME}`), 'escalatedOnTime')
        .addSelect(countIf(`t.kind = 'escalated_complaint'`), 'escalatedFellDue')
        .groupBy('1')
        .addGroupBy('2')
        .getRawMany<Counts>();

      const flow = await this.within(tx, actor, 'tickets', 't.filed_at', from, to)
        .innerJoin(
          'ticket_stages',
          's',
          `s.ticket_id = t.id AND s.kind <> 'commitment' AND (s.status = 'completed' OR (s.status = 'open' AND s.due_at <= :kpiNow))`,
          { kpiNow: now },
        )
        .select('s.kind', 'stage')
        .addSelect('count(*)::int', 'measured')
        .addSelect(countIf(`s.status = 'completed' AND s.completed_at <= s.due_at`), 'inTime')
        .groupBy('s.kind')
        .getRawMany<{ stage: string; measured: number; inTime: number }>();

      const suggestionsFiled = await this.within(tx, actor, 'tickets', 't.filed_at', from, to, 'suggestions')
        .select('count(*)::int', 'received')
        .addSelect(countIf(`t.replied_at IS NOT NULL AND t.adoption = 'adopted'`), 'adopted')
        .addSelect(countIf('t.replied_at IS NOT NULL AND t.adoption IS NOT NULL'), 'answered')
        .getRawOne<Counts>();
      const suggestionsDue = await this.within(tx, actor, 'tickets', 't.handling_due_at', from, dueUntil, 'suggestions')
        .andWhere('t.withdrawn_at IS NULL')
        .select(countIf(ANALYSED_IN_TIME), 'analysedOnTime')
        .addSelect('count(*)::int', 'analysisDue')
        .getRawOne<Counts>();

      return { filed, delay, due, flow, suggestions: { ...suggestionsFiled, ...suggestionsDue } };
    });
  }

  /** Hot issues' counts as computed before the grouping moved ahead of the expansion: one row per (ticket, nature). */
  protected override hotIssueCounts(
    tx: EntityManager,
    actor: RequestActor,
    w: { from: Date; to: Date; period: HotIssuePeriod },
  ): [string, unknown[]] {
    return this.within(tx, actor, 'tickets', 't.filed_at', w.from, w.to)
      .select('t.province_id', 'province_id')
      .addSelect(hotIssueBucket(w.period, 't.filed_at'), 'bucket')
      .addSelect('t.business_type', 'business_type')
      .addSelect('unnest(t.natures)', 'nature')
      .addSelect('1', 'n')
      .addSelect('(t.filed_at >= :recentFrom)::int', 'recent')
      .setParameter('recentFrom', new Date(w.to.getTime() - 86_400_000))
      .getQueryAndParameters();
  }
}
