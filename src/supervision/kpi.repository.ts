import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { TicketAccessRepository } from '../tickets/ticket-access.repository';
import { HotIssue, HotIssueSpike, KpiGroup, KpiPeriod } from './dto/kpi.dto';
import { InjectReadDataSource } from '../database/read-replicas';

const DAY_MS = 86_400_000;
const KPI_TIME_ZONE = 'Asia/Shanghai';
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

const countIf = (cond: string) => `(count(*) FILTER (WHERE ${cond}))::int`;

/** The first reply came by the commitment deadline: the commitment stage completes at the first reply and stays completed through later rounds. */
const REPLIED_IN_TIME = `EXISTS (SELECT 1 FROM ticket_stages c
  WHERE c.ticket_id = t.id AND c.kind = 'commitment' AND c.status = 'completed' AND c.completed_at <= t.commitment_due_at)`;

/** A suggestion's analysis is still to come while it waits in review, for signing, or in handling. */
const ANALYSED_IN_TIME = `t.analysed_at <= t.handling_due_at AND t.status NOT IN ('review', 'sign_for', 'handling')`;

/** Complaint KPIs count every kind but suggestions; the suggestions section counts only them. */
type Counted = 'complaints' | 'suggestions';

/** Counts of one (period, group) as the queries return them. */
export type Counts = Record<string, number | string | null>;

/** The KPI aggregates over the tickets the caller may see (`TicketAccessRepository.scope`), as SQL. */
@Injectable()
export class KpiRepository {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly access: TicketAccessRepository,
  ) {}

  /**
   * Filing-based counts, breach delays, due-based counts and per-stage timeliness of the window, in
   * one read-only snapshot.
   */
  counts(
    actor: RequestActor,
    w: { from: Date; to: Date; now: Date; groupBy: KpiGroup; period: KpiPeriod },
  ): Promise<{
    filed: Counts[];
    delay: Counts[];
    due: Counts[];
    flow: { stage: string; measured: number; inTime: number }[];
    suggestions: Counts;
  }> {
    const { from, to, now, period } = w;
    const grp = GROUP_SQL[w.groupBy];
    return this.readOnly(async (tx) => {
      const filed = await this.tickets(tx, actor, 't.filed_at', from, to)
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

      const delay = await this.tickets(tx, actor, 't.filed_at', from, to)
        .innerJoin('ticket_stages', 's', 's.ticket_id = t.id AND s.breached_at IS NOT NULL')
        .select(periodSql(period, 't.filed_at'), 'period')
        .addSelect(grp, 'group')
        .addSelect('(sum(extract(epoch FROM coalesce(s.completed_at, :kpiNow) - s.due_at)) / 3600)::float8', 'delayHours')
        .addSelect('count(*)::int', 'breachedStages')
        .setParameter('kpiNow', now)
        .groupBy('1')
        .addGroupBy('2')
        .getRawMany<Counts>();

      // Tickets whose deadline fell in the window: not yet due (after now) and withdrawn ones are no measure of timeliness.
      const dueUntil = new Date(Math.min(to.getTime(), now.getTime()));
      const due = await this.tickets(tx, actor, 't.commitment_due_at', from, dueUntil)
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

      // A stage still open past its deadline cannot be in time any more; a cancelled one is no measure.
      const flow = await this.tickets(tx, actor, 't.filed_at', from, to)
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

      // Suggestions, apart from complaints: received and adopted by filing; analysed on time by their analysis (handling) deadline.
      const suggestionsFiled = await this.tickets(tx, actor, 't.filed_at', from, to, 'suggestions')
        .select('count(*)::int', 'received')
        .addSelect(countIf(`t.replied_at IS NOT NULL AND t.adoption = 'adopted'`), 'adopted')
        .addSelect(countIf('t.replied_at IS NOT NULL AND t.adoption IS NOT NULL'), 'answered')
        .getRawOne<Counts>();
      const suggestionsDue = await this.tickets(
        tx,
        actor,
        't.handling_due_at',
        from,
        new Date(Math.min(to.getTime(), now.getTime())),
        'suggestions',
      )
        .andWhere('t.withdrawn_at IS NULL')
        .select(countIf(ANALYSED_IN_TIME), 'analysedOnTime')
        .addSelect('count(*)::int', 'analysisDue')
        .getRawOne<Counts>();

      return { filed, delay, due, flow, suggestions: { ...suggestionsFiled, ...suggestionsDue } };
    });
  }

  /** Top (business type, nature) pairs of the window and the provinces where one spikes in its last day. */
  async hotIssues(actor: RequestActor, from: Date, to: Date, limit: number): Promise<{ issues: HotIssue[]; spikes: HotIssueSpike[] }> {
    // One row per (ticket, nature) of the window's visible tickets.
    const [inner, params]: [string, unknown[]] = this.tickets(this.db.manager, actor, 't.filed_at', from, to)
      .select('t.province_id', 'province_id')
      .addSelect('t.business_type', 'business_type')
      .addSelect('unnest(t.natures)', 'nature')
      .addSelect('t.filed_at', 'filed_at')
      .getQueryAndParameters();
    const n = params.length;

    // Sub-types count under their top-level business type (gsm, lte → mobile); parents are set at creation, so the line has no loop.
    const rolledUp = `WITH RECURSIVE line AS (
        SELECT code, code AS root FROM taxonomy_terms WHERE kind = 'business_type' AND parent_code IS NULL
        UNION ALL
        SELECT c.code, l.root FROM taxonomy_terms c JOIN line l ON c.parent_code = l.code WHERE c.kind = 'business_type'
      ), x AS (
        SELECT i.province_id, coalesce(line.root, i.business_type) AS business_type, i.nature, i.filed_at
          FROM (${inner}) i LEFT JOIN line ON line.code = i.business_type
      )`;

    const issues = await this.db.query<HotIssue[]>(
      `${rolledUp}
       SELECT x.business_type AS "businessType", x.nature, count(*)::int AS count
         FROM x
        GROUP BY x.business_type, x.nature
        ORDER BY count DESC, x.business_type, x.nature
        LIMIT $${n + 1}`,
      [...params, limit],
    );

    const days = (to.getTime() - from.getTime()) / DAY_MS;
    const recent = `count(*) FILTER (WHERE x.filed_at >= $${n + 1})`;
    const spikes = await this.db.query<HotIssueSpike[]>(
      `${rolledUp}
       SELECT x.province_id AS "provinceId", u.code AS "provinceCode", x.business_type AS "businessType", x.nature,
              ${recent}::int AS "last24h", (count(*)::float8 / $${n + 2}) AS "dailyAverage", 'mass_incident' AS "suggestedFlag"
         FROM x JOIN org_units u ON u.id = x.province_id
        GROUP BY x.province_id, u.code, x.business_type, x.nature
       HAVING ${recent} >= $${n + 3} AND ${recent} >= $${n + 4} * count(*)::float8 / $${n + 2}
        ORDER BY "last24h" DESC, u.code, x.business_type, x.nature`,
      [...params, new Date(to.getTime() - DAY_MS), days, SPIKE_MIN_COUNT, SPIKE_FACTOR],
    );

    return { issues, spikes };
  }

  /**
   * The report's queries in one read-only snapshot, so its parts agree with each other, and without
   * JIT compilation: the queries are planned as costly (many rows), and compiling them took longer
   * than running them (seconds per query at a million tickets).
   */
  private readOnly<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      await tx.query('SET LOCAL jit = off');
      return work(tx);
    });
  }

  /** The caller's visible tickets whose `column` falls in [from, to): complaints (every kind but suggestions), or suggestions. */
  private tickets(
    tx: EntityManager,
    actor: RequestActor,
    column: string,
    from: Date,
    to: Date,
    counted: Counted = 'complaints',
  ): SelectQueryBuilder<object> {
    const qb = tx
      .createQueryBuilder()
      .from('tickets', 't')
      .where(`${column} >= :kpiFrom AND ${column} < :kpiTo`, { kpiFrom: from, kpiTo: to })
      .andWhere(counted === 'suggestions' ? `t.kind = 'suggestion'` : `t.kind <> 'suggestion'`);
    return this.access.scope(qb, actor);
  }
}

/** The bucket's start date in Shanghai time (period is whitelisted by the DTO, never user text in SQL). */
function periodSql(period: KpiPeriod, column: string): string {
  if (period === 'none') return 'NULL::text';
  return `to_char(date_trunc('${period}', ${column} AT TIME ZONE '${KPI_TIME_ZONE}'), 'YYYY-MM-DD')`;
}
