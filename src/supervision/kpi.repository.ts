import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { TicketAccessRepository } from '../tickets/ticket-access.repository';
import { FLOW_LANE } from '../tickets/ticket-state.repository';
import { FLOW_KINDS } from '../tickets/domain/ticket.types';
import { HotIssue, HotIssuePeriod, HotIssuePoint, HotIssueSpike, KpiGroup, KpiPeriod, KpiTicketMeasure } from './dto/kpi.dto';
import { InjectReadDataSource } from '../database/read-replicas';
import { cursorTimestamp, decodeCursor, encodeCursor } from '../common/cursor';

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

/**
 * The tickets each counted KPI's numerator and denominator count, as predicates over one ticket's facts
 * (alias f), and the window they are counted in: filed in it, or their commitment deadline fell in it.
 * The report counts with them and the drill-down lists with them, so the two cannot disagree.
 */
export const KPI_PARTS: Record<KpiTicketMeasure, { basis: 'filed' | 'due'; numerator: string; denominator: string }> = {
  ticketsFiled: { basis: 'filed', numerator: 'TRUE', denominator: 'TRUE' },
  firstContactResolutionRate: { basis: 'filed', numerator: 'NOT f.ever_dispatched AND f.replied_in_time', denominator: 'TRUE' },
  satisfactionRate: {
    basis: 'filed',
    numerator: `f.revisit_result = 'satisfied'`,
    denominator: `f.revisit_result IN ('satisfied', 'unsatisfied')`,
  },
  returnRate: { basis: 'filed', numerator: 'f.returned', denominator: 'f.ever_dispatched' },
  extensionRate: { basis: 'filed', numerator: 'f.extended', denominator: 'f.ever_dispatched' },
  reHandlingRate: { basis: 'filed', numerator: 'f.re_handled', denominator: 'f.revisit_result IS NOT NULL' },
  escalationRate: { basis: 'filed', numerator: 'f.escalated', denominator: 'TRUE' },
  onTimeClosureRate: { basis: 'due', numerator: 'f.replied_in_time', denominator: 'TRUE' },
  escalatedResolutionRate: {
    basis: 'due',
    numerator: `f.kind = 'escalated_complaint' AND f.replied_in_time`,
    denominator: `f.kind = 'escalated_complaint'`,
  },
};

/** Complaint KPIs count every kind but suggestions; the suggestions section counts only them. */
type Counted = 'complaints' | 'suggestions';

/** Counts of one (period, group) as the queries return them. */
export type Counts = Record<string, number | string | null>;

/** A ticket of a drill-down as the query returns it. */
export type KpiTicketRow = {
  id: string;
  number: string;
  subject: string;
  ownerUnitId: string;
  filedAt: Date;
  commitmentDueAt: Date | null;
};

/** A row of the hot-issues statement: an issue's count in a period, or a province's spike. */
type HotRow = {
  part: 'issue' | 'spike';
  period: string | null;
  businessType: string;
  nature: string;
  count: number | null;
  total: number | null;
  rank: number | null;
  provinceId: string | null;
  provinceCode: string | null;
  last24h: number | null;
  dailyAverage: number | null;
};

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
        .addSelect(countIf(KPI_PARTS.firstContactResolutionRate.numerator), 'firstContact')
        .addSelect(countIf(KPI_PARTS.satisfactionRate.numerator), 'satisfied')
        .addSelect(countIf(KPI_PARTS.satisfactionRate.denominator), 'revisitedWithAnswer')
        .addSelect('sum(f.handling_us)', 'handlingUs')
        .addSelect('count(f.handling_us)::int', 'closed')
        .addSelect(countIf(KPI_PARTS.returnRate.numerator), 'returned')
        .addSelect(countIf(KPI_PARTS.returnRate.denominator), 'dispatched')
        .addSelect(countIf(KPI_PARTS.extensionRate.numerator), 'extended')
        .addSelect(countIf(KPI_PARTS.reHandlingRate.numerator), 'reHandled')
        .addSelect(countIf(KPI_PARTS.reHandlingRate.denominator), 'revisited')
        .addSelect(countIf(KPI_PARTS.escalationRate.numerator), 'escalated')
        .addSelect('sum(f.breached_stages)::int', 'breachedStages')
        .addSelect('sum(f.breach_us)', 'breachUs')
        .addSelect('sum(f.breached_open)', 'breachedOpen')
        .addSelect('sum(f.breached_open_due_us)', 'breachedOpenDueUs');
      // One sum per stage kind, split after aggregating: the in-time lane of a sum stays below 2^32 (FLOW_LANE), so the split is exact.
      for (const kind of FLOW_KINDS) filedQb.addSelect(`sum(f.${kind}_flow)`, `flow:${kind}`);
      const [filedInner, filedParams]: [string, unknown[]] = filedQb.groupBy('1').addGroupBy('2').getQueryAndParameters();
      const flowSplit = FLOW_KINDS.map(
        (kind) =>
          `div(g."flow:${kind}", ${FLOW_LANE})::int AS "done:${kind}", mod(g."flow:${kind}", ${FLOW_LANE})::int AS "inTime:${kind}"`,
      ).join(', ');
      // The overrun of breached stages still open runs to now: as many times now as they are, less the sum of their deadlines.
      const nowUs = `$${filedParams.length + 1}::numeric`;
      const filedRows = await tx.query<Counts[]>(
        `SELECT ${periodSql(period, 'g.bucket')} AS period, g.*, g."group"::text AS "group", ${flowSplit},
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
          if (part === 'flow') continue;
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

      const [dueInner, dueParams]: [string, unknown[]] = this.fellDue(tx, actor, from, to, now)
        .select(bucketSql(period, 'f.due_day'), 'bucket')
        .addSelect(grp, 'group')
        .addSelect(countIf(KPI_PARTS.onTimeClosureRate.numerator), 'onTime')
        .addSelect('count(*)::int', 'fellDue')
        .addSelect(countIf(KPI_PARTS.escalatedResolutionRate.numerator), 'escalatedOnTime')
        .addSelect(countIf(KPI_PARTS.escalatedResolutionRate.denominator), 'escalatedFellDue')
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
      const dueUntil = new Date(Math.min(to.getTime(), now.getTime()));
      const suggestionsDue = await this.within(tx, actor, 'ticket_kpi_facts', 'f.handling_due_at', from, dueUntil, 'suggestions')
        .andWhere('NOT f.withdrawn')
        .select(countIf('f.analysed_in_time'), 'analysedOnTime')
        .addSelect('count(*)::int', 'analysisDue')
        .getRawOne<Counts>();

      return { filed, delay: [], due, flow: [...flow.values()], suggestions: { ...suggestionsFiled, ...suggestionsDue } };
    });
  }

  /**
   * The tickets one part of a counted KPI counts over a window (and group), as the report counts them:
   * how many, and a page of `limit` by filing (keyset on filing time and id).
   */
  tickets(
    actor: RequestActor,
    w: {
      from: Date;
      to: Date;
      now: Date;
      measure: KpiTicketMeasure;
      part: 'numerator' | 'denominator';
      groupBy: KpiGroup;
      group: string | null;
      limit: number;
      cursor?: string;
    },
  ): Promise<{ total: number; items: KpiTicketRow[]; nextCursor: string | null }> {
    const def = KPI_PARTS[w.measure];
    const after = decodeCursor(w.cursor, ['timestamp', 'uuid']);
    return this.readOnly(async (tx) => {
      const qb =
        def.basis === 'due'
          ? this.fellDue(tx, actor, w.from, w.to, w.now)
          : this.within(tx, actor, 'ticket_kpi_facts', 'f.filed_at', w.from, w.to);
      qb.andWhere(def[w.part]);
      if (w.groupBy !== 'none') qb.andWhere(`${GROUP_SQL[w.groupBy]}::text = :kpiGroup`, { kpiGroup: w.group });
      const [inner, params]: [string, unknown[]] = qb.select('f.ticket_id', 'ticket_id').getQueryAndParameters();
      const n = params.length;
      const rows = await tx.query<(KpiTicketRow & { total: number; cursorFiledAt: string })[]>(
        `SELECT t.id, t.number, t.subject, t.owner_unit_id AS "ownerUnitId", t.filed_at AS "filedAt", t.commitment_due_at AS "commitmentDueAt",
                ${cursorTimestamp('t.filed_at')} AS "cursorFiledAt", k.total
           FROM (SELECT ticket_id, count(*) OVER ()::int AS total FROM (${inner}) i) k JOIN tickets t ON t.id = k.ticket_id
          ${after ? `WHERE (t.filed_at, t.id) > ($${n + 2}::timestamptz, $${n + 3}::uuid)` : ''}
          ORDER BY t.filed_at, t.id
          LIMIT $${n + 1}`,
        [...params, w.limit + 1, ...(after ?? [])],
      );
      const total = rows[0]?.total ?? Number((await tx.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${inner}) i`, params))[0].n);
      const page = rows.slice(0, w.limit);
      const last = page[page.length - 1];
      return {
        total,
        items: page.map(({ total: _, cursorFiledAt: __, ...item }) => item),
        nextCursor: rows.length > w.limit ? encodeCursor([last.cursorFiledAt, last.id]) : null,
      };
    });
  }

  /**
   * Top (business type, nature) pairs of the window, their counts by period (`series`, when a period is
   * asked), and the provinces where one spikes in its last day.
   */
  async hotIssues(
    actor: RequestActor,
    w: { from: Date; to: Date; limit: number; period: HotIssuePeriod },
  ): Promise<{ issues: HotIssue[]; spikes: HotIssueSpike[]; series: HotIssuePoint[] }> {
    const { from, to, limit } = w;
    // In a read-only snapshot, with the report's work_mem.
    return this.readOnly(async (tx) => {
      const [inner, params] = this.hotIssueCounts(tx, actor, w);
      const n = params.length;

      // Sub-types count under their top-level business type (gsm, lte → mobile); parents are set at creation, so the line has no loop.
      const rolledUp = `WITH RECURSIVE line AS (
          SELECT code, code AS root FROM taxonomy_terms WHERE kind = 'business_type' AND parent_code IS NULL
          UNION ALL
          SELECT c.code, l.root FROM taxonomy_terms c JOIN line l ON c.parent_code = l.code WHERE c.kind = 'business_type'
        ), x AS (
          SELECT i.province_id, i.bucket, coalesce(line.root, i.business_type) AS business_type, i.nature, i.n, i.recent
            FROM (${inner}) i LEFT JOIN line ON line.code = i.business_type
        )`;

      // Counts per (province, period, issue) with those of the last day; from them the top issues by their total with each
      // one's counts per period, and the provinces' spikes (many more in the last day than their daily average).
      const days = (to.getTime() - from.getTime()) / DAY_MS;
      const [lim, perDay, minCount, factor] = [n + 1, n + 2, n + 3, n + 4].map((i) => `$${i}`);
      const rows = await tx.query<HotRow[]>(
        `${rolledUp}, g AS (
           SELECT x.province_id, x.bucket, x.business_type, x.nature, sum(x.n)::int AS n, sum(x.recent)::int AS recent
             FROM x GROUP BY 1, 2, 3, 4
         ), top AS (
           SELECT business_type, nature, sum(n)::int AS total, row_number() OVER (ORDER BY sum(n) DESC, business_type, nature)::int AS rank
             FROM g GROUP BY business_type, nature
            ORDER BY rank
            LIMIT ${lim}
         ), series AS (
           SELECT bucket, business_type, nature, sum(n)::int AS n FROM g GROUP BY 1, 2, 3
         ), spikes AS (
           SELECT province_id, business_type, nature, sum(recent)::int AS last24h, (sum(n)::float8 / ${perDay}) AS "dailyAverage"
             FROM g GROUP BY 1, 2, 3
           HAVING sum(recent) >= ${minCount} AND sum(recent) >= ${factor} * sum(n)::float8 / ${perDay}
         )
         SELECT 'issue' AS part, to_char(s.bucket, 'YYYY-MM-DD') AS period, top.business_type AS "businessType", top.nature,
                s.n AS count, top.total, top.rank, NULL::uuid AS "provinceId", NULL::text AS "provinceCode", NULL::int AS "last24h",
                NULL::float8 AS "dailyAverage", s.bucket
           FROM top JOIN series s USING (business_type, nature)
         UNION ALL
         SELECT 'spike', NULL, sp.business_type, sp.nature, NULL, NULL, NULL, sp.province_id, u.code, sp.last24h, sp."dailyAverage", NULL
           FROM spikes sp JOIN org_units u ON u.id = sp.province_id
          ORDER BY part, bucket, rank, "last24h" DESC, "provinceCode", "businessType", nature`,
        [...params, limit, days, SPIKE_MIN_COUNT, SPIKE_FACTOR],
      );
      const counted = rows.filter((r) => r.part === 'issue');
      const issues = new Map<number, HotIssue>();
      for (const c of counted) issues.set(c.rank!, { businessType: c.businessType, nature: c.nature, count: c.total! });
      const series = counted
        .filter((c) => c.period !== null)
        .map((c) => ({ period: c.period!, businessType: c.businessType, nature: c.nature, count: c.count! }));
      const spikes: HotIssueSpike[] = rows
        .filter((r) => r.part === 'spike')
        .map((r) => ({
          provinceId: r.provinceId!,
          provinceCode: r.provinceCode!,
          businessType: r.businessType,
          nature: r.nature,
          last24h: r.last24h!,
          dailyAverage: r.dailyAverage!,
          suggestedFlag: 'mass_incident',
        }));

      return { issues: [...issues.entries()].sort(([a], [b]) => a - b).map(([, issue]) => issue), spikes, series };
    });
  }

  /**
   * The counts hot issues add up, as a statement and its parameters: rows (province_id, bucket, business_type, nature, n,
   * recent) over the window's visible tickets, `n` tickets of that province, period, business type and nature, `recent` of
   * them filed in the window's last day. The tickets are grouped before their natures are expanded — a province's year is a
   * few hundred (province, period, business type, natures) groups, where expanding first gave ~100,000 (ticket, nature) rows
   * to sort.
   */
  protected hotIssueCounts(
    tx: EntityManager,
    actor: RequestActor,
    w: { from: Date; to: Date; period: HotIssuePeriod },
  ): [string, unknown[]] {
    const [inner, params]: [string, unknown[]] = this.within(tx, actor, 'tickets', 't.filed_at', w.from, w.to)
      .select('t.province_id', 'province_id')
      .addSelect(hotIssueBucket(w.period, 't.filed_at'), 'bucket')
      .addSelect('t.business_type', 'business_type')
      .addSelect('t.natures', 'natures')
      .addSelect('count(*)::int', 'n')
      .addSelect('(count(*) FILTER (WHERE t.filed_at >= :recentFrom))::int', 'recent')
      .setParameter('recentFrom', new Date(w.to.getTime() - DAY_MS))
      .groupBy('1')
      .addGroupBy('2')
      .addGroupBy('3')
      .addGroupBy('4')
      .getQueryAndParameters();
    return [
      `SELECT g.province_id, g.bucket, g.business_type, nature.nature, g.n, g.recent
         FROM (${inner}) g CROSS JOIN LATERAL unnest(g.natures) AS nature(nature)`,
      params,
    ];
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

  /** The complaints' facts whose commitment deadline fell in [from, min(to, now)): not yet due (after now) and withdrawn ones are no measure of timeliness. */
  private fellDue(tx: EntityManager, actor: RequestActor, from: Date, to: Date, now: Date): SelectQueryBuilder<object> {
    const dueUntil = new Date(Math.min(to.getTime(), now.getTime()));
    return this.within(tx, actor, 'ticket_kpi_facts', 'f.commitment_due_at', from, dueUntil).andWhere('NOT f.withdrawn');
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

/** A hot-issue period's bucket of an instant, its start in Beijing time; none when no period is asked. */
export function hotIssueBucket(period: HotIssuePeriod, instant: string): string {
  if (period === 'none') return 'NULL::timestamp';
  return `date_trunc('${period}', ${instant} AT TIME ZONE 'Asia/Shanghai')`;
}
