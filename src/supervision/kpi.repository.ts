import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { TicketAccessRepository } from '../tickets/ticket-access.repository';
import { FLOW_LANE } from '../tickets/ticket-state.repository';
import { FLOW_KINDS } from '../tickets/domain/ticket.types';
import { HotIssue, HotIssueSpike, KpiGroup, KpiPeriod } from './dto/kpi.dto';
import { InjectReadDataSource } from '../database/read-replicas';

const DAY_MS = 86_400_000;
const SPIKE_FACTOR = 3;
const SPIKE_MIN_COUNT = 10;

/** SQL of each grouping attribute over the KPI facts (whitelisted: never user text). */
const GROUP_SQL: Record<KpiGroup, string> = {
  none: 'NULL::text',
  business_type: 'f.business_type',
  level: 'f.level',
  channel: 'f.channel',
  customer_tier: 'f.customer_tier',
  // The id itself (a uuid hashes and compares cheaper than its text); the few result rows are cast to text.
  owner_unit: 'f.owner_unit_id',
};

const countIf = (cond: string) => `(count(*) FILTER (WHERE ${cond}))::int`;

/** Hours from microseconds summed exactly: the same numeric, to the sixth decimal of its seconds, as summing each ticket's seconds. */
const hours = (micros: string) => `(${micros} * 0.000001 / 3600)`;

/** Complaint KPIs count every kind but suggestions; the suggestions section counts only them. */
type Counted = 'complaints' | 'suggestions';

/** Counts of one (period, group) as the queries return them. */
export type Counts = Record<string, number | string | null>;

/** Stage instances measured and in time, per stage kind, for flow timeliness. */
export type FlowCounts = { stage: string; measured: number; inTime: number };

/**
 * The KPI aggregates over the tickets the caller may see (`TicketAccessRepository.scope`), read from
 * the per-ticket KPI facts (ticket_kpi_facts, kept by the ticket writer): each part of the report is one
 * index-only range over the window of the caller's province (partial indexes with INCLUDE columns,
 * migration TicketKpiFacts), without a probe into stages or events.
 */
@Injectable()
export class KpiRepository {
  constructor(
    @InjectReadDataSource() private readonly db: DataSource,
    private readonly access: TicketAccessRepository,
  ) {}

  /**
   * Filing-based counts (breach delays and flow timeliness among them), due-based counts and the
   * suggestions' counts of the window, in one read-only snapshot.
   */
  counts(
    actor: RequestActor,
    w: { from: Date; to: Date; now: Date; groupBy: KpiGroup; period: KpiPeriod },
  ): Promise<{
    filed: Counts[];
    delay: Counts[];
    due: Counts[];
    flow: FlowCounts[];
    suggestions: Counts;
  }> {
    const { from, to, now, period } = w;
    const grp = GROUP_SQL[w.groupBy];
    return this.readOnly(async (tx) => {
      // Grouped by the period of the filing's local day (no time-zone conversion per ticket), then finished per group.
      const filedQb = this.within(tx, actor, 'ticket_kpi_facts', 'f.filed_at', from, to)
        .select(bucketSql(period, 'f.filed_day'), 'bucket')
        .addSelect(grp, 'group')
        .addSelect('count(*)::int', 'ticketsFiled')
        .addSelect(countIf('NOT f.ever_dispatched AND f.replied_in_time'), 'firstContact')
        .addSelect(countIf(`f.revisit_result = 'satisfied'`), 'satisfied')
        .addSelect(countIf(`f.revisit_result IN ('satisfied', 'unsatisfied')`), 'revisitedWithAnswer')
        .addSelect('sum(f.handling_us)', 'handlingUs')
        .addSelect('count(f.handling_us)::int', 'closed')
        .addSelect(countIf('f.returned'), 'returned')
        .addSelect(countIf('f.ever_dispatched'), 'dispatched')
        .addSelect(countIf('f.extended'), 'extended')
        .addSelect(countIf('f.re_handled'), 'reHandled')
        .addSelect(countIf('f.revisit_result IS NOT NULL'), 'revisited')
        .addSelect(countIf('f.escalated'), 'escalated')
        .addSelect('sum(f.breached_stages)::int', 'breachedStages')
        .addSelect('sum(f.breach_us)', 'breachUs')
        .addSelect('sum(f.breached_open)', 'breachedOpen')
        .addSelect('sum(f.breached_open_due_us)', 'breachedOpenDueUs');
      for (const kind of FLOW_KINDS) {
        filedQb.addSelect(`sum(f.${kind}_flow / ${FLOW_LANE})::int`, `done:${kind}`);
        filedQb.addSelect(`sum(f.${kind}_flow % ${FLOW_LANE})::int`, `inTime:${kind}`);
      }
      const [filedInner, filedParams]: [string, unknown[]] = filedQb.groupBy('1').addGroupBy('2').getQueryAndParameters();
      // The overrun of breached stages still open runs to now: as many times now as they are, less the sum of their deadlines.
      const nowUs = `$${filedParams.length + 1}::numeric`;
      const filedRows = await tx.query<Counts[]>(
        `SELECT ${periodSql(period, 'g.bucket')} AS period, g.*, g."group"::text AS "group",
                coalesce(${hours('g."handlingUs"')}, 0)::float8 AS "handlingHours",
                CASE WHEN g."breachedStages" > 0
                     THEN ${hours(`(g."breachUs" + g."breachedOpen" * ${nowUs} - g."breachedOpenDueUs")`)}::float8 END AS "delayHours"
           FROM (${filedInner}) g`,
        [...filedParams, `${now.getTime()}000`],
      );

      // Flow timeliness is over the whole window: the per-group sums of completed stages, and the open stages already past their deadline (late).
      const flow = new Map<string, FlowCounts>(FLOW_KINDS.map((stage) => [stage, { stage, measured: 0, inTime: 0 }]));
      const filed = filedRows.map((row) => {
        const counts: Counts = {};
        for (const [key, value] of Object.entries(row)) {
          const [part, kind] = key.split(':');
          if (kind !== undefined) flow.get(kind)![part === 'done' ? 'measured' : 'inTime'] += Number(value ?? 0);
          else if (!['bucket', 'handlingUs', 'breachUs', 'breachedOpen', 'breachedOpenDueUs'].includes(key)) counts[key] = value;
        }
        return counts;
      });
      const [openInner, openParams]: [string, unknown[]] = this.within(tx, actor, 'ticket_kpi_facts', 'f.filed_at', from, to)
        .andWhere('f.open_kinds IS NOT NULL')
        .select('f.open_kinds', 'open_kinds')
        .addSelect('f.open_due', 'open_due')
        .getQueryAndParameters();
      const overdue = await tx.query<{ stage: string; late: number }[]>(
        `SELECT o.kind AS stage, count(*)::int AS late
           FROM (${openInner}) w CROSS JOIN LATERAL unnest(w.open_kinds, w.open_due) AS o(kind, due)
          WHERE o.due <= $${openParams.length + 1}
          GROUP BY o.kind`,
        [...openParams, now],
      );
      for (const r of overdue) flow.get(r.stage)!.measured += r.late;

      // Tickets whose deadline fell in the window: not yet due (after now) and withdrawn ones are no measure of timeliness.
      const dueUntil = new Date(Math.min(to.getTime(), now.getTime()));
      const [dueInner, dueParams]: [string, unknown[]] = this.within(tx, actor, 'ticket_kpi_facts', 'f.commitment_due_at', from, dueUntil)
        .andWhere('NOT f.withdrawn')
        .select(bucketSql(period, 'f.due_day'), 'bucket')
        .addSelect(grp, 'group')
        .addSelect(countIf('f.replied_in_time'), 'onTime')
        .addSelect('count(*)::int', 'fellDue')
        .addSelect(countIf(`f.kind = 'escalated_complaint' AND f.replied_in_time`), 'escalatedOnTime')
        .addSelect(countIf(`f.kind = 'escalated_complaint'`), 'escalatedFellDue')
        .groupBy('1')
        .addGroupBy('2')
        .getQueryAndParameters();
      const due = await tx.query<Counts[]>(
        `SELECT ${periodSql(period, 'g.bucket')} AS period, g."group"::text AS "group", g."onTime", g."fellDue", g."escalatedOnTime", g."escalatedFellDue"
           FROM (${dueInner}) g`,
        dueParams,
      );

      // Suggestions, apart from complaints: received and adopted by filing; analysed on time by their analysis (handling) deadline.
      const suggestionsFiled = await this.within(tx, actor, 'ticket_kpi_facts', 'f.filed_at', from, to, 'suggestions')
        .select('count(*)::int', 'received')
        .addSelect(countIf('f.adopted'), 'adopted')
        .addSelect(countIf('f.answered'), 'answered')
        .getRawOne<Counts>();
      const suggestionsDue = await this.within(tx, actor, 'ticket_kpi_facts', 'f.handling_due_at', from, dueUntil, 'suggestions')
        .andWhere('NOT f.withdrawn')
        .select(countIf('f.analysed_in_time'), 'analysedOnTime')
        .addSelect('count(*)::int', 'analysisDue')
        .getRawOne<Counts>();

      return { filed, delay: [], due, flow: [...flow.values()], suggestions: { ...suggestionsFiled, ...suggestionsDue } };
    });
  }

  /** Top (business type, nature) pairs of the window and the provinces where one spikes in its last day. */
  async hotIssues(actor: RequestActor, from: Date, to: Date, limit: number): Promise<{ issues: HotIssue[]; spikes: HotIssueSpike[] }> {
    // One row per (ticket, nature) of the window's visible tickets.
    const [inner, params]: [string, unknown[]] = this.within(this.db.manager, actor, 'tickets', 't.filed_at', from, to)
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
      // A province's year by month and unit is a few hundred groups over ~100,000 rows: aggregate in memory, never spill a sort to disk.
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      return work(tx);
    });
  }

  /**
   * The caller's visible tickets (`tickets`, alias t) or their KPI facts (`ticket_kpi_facts`, alias f)
   * whose `column` falls in [from, to): complaints (every kind but suggestions), or suggestions (as the
   * facts' partial indexes split them).
   */
  protected within(
    tx: EntityManager,
    actor: RequestActor,
    table: 'tickets' | 'ticket_kpi_facts',
    column: string,
    from: Date,
    to: Date,
    counted: Counted = 'complaints',
  ): SelectQueryBuilder<object> {
    const alias = table === 'tickets' ? 't' : 'f';
    const qb = tx
      .createQueryBuilder()
      .from(table, alias)
      .where(`${column} >= :kpiFrom AND ${column} < :kpiTo`, { kpiFrom: from, kpiTo: to })
      .andWhere(counted === 'suggestions' ? `${alias}.kind = 'suggestion'` : `${alias}.kind <> 'suggestion'`);
    return this.access.scope(qb, actor, alias, table === 'tickets' ? 'id' : 'ticket_id');
  }
}

/** A report period's bucket of a local day (its first day), as a timestamp; none when the report has no period. */
function bucketSql(period: KpiPeriod, dayColumn: string): string {
  if (period === 'none') return 'NULL::timestamp';
  return `date_trunc('${period}', ${dayColumn}::timestamp)`;
}

/** The bucket's start date as the report names it (period is whitelisted by the DTO, never user text in SQL). */
function periodSql(period: KpiPeriod, bucket: string): string {
  if (period === 'none') return 'NULL::text';
  return `to_char(${bucket}, 'YYYY-MM-DD')`;
}
