/**
 * KPIs at a million tickets: GET /kpis for a province over one year by month, through KpiService
 * (with TicketAccessService's scope) against a scratch database (1,000,000 tickets filed over a
 * year, with stages, events and supervision orders; see bench/million.ts).
 *
 *   npm run bench:kpis     → bench/results/kpis.json       (goal: p99 ≤ 500 ms, each of the dashboard's requests)
 *
 * The loader writes the base tables directly, so the per-ticket KPI facts are then computed for every
 * ticket by the writer's own statement (TicketStateRepository.rebuildKpiFacts), timed as `loadMs.facts`, and
 * their indexes rebuilt (as the migration builds them after filling the table).
 * Each case runs the report two ways on the same data at the same fixed instant: `facts`, the service
 * as it ships (ticket_kpi_facts), and `baseTables`, the same service over the SQL it used before the
 * facts (test/support/kpi-oracle.ts); their reports must be identical (reportSha256), or the run fails.
 *
 * Cases: the largest province and a mid-sized one as provincial staff, the largest by month and owner
 * unit, the console dashboard's two other requests for the largest province's year (by owner unit over
 * the whole window, and hot issues by month: KpiService.hotIssues, which reads the tickets; its second
 * path counts each (ticket, nature) as the statement did before it grouped the tickets first), and national staff ?groupBy=business_type (for information). The facts path is timed
 * over BENCH_RUNS runs, the base-table path over BENCH_BASE_RUNS (it takes seconds); every statement of
 * the facts path is EXPLAINed (ANALYZE, BUFFERS).
 * BENCH_KEEP_DB=1 keeps the loaded database (bench_kpis_keep) and reuses it on the next run, for
 * iterating on query shape; it is then dropped by hand.
 */
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RequestActor } from '../src/auth/actor';
import { Clock } from '../src/common/clock';
import { dataSourceOptions } from '../src/database/data-source';
import { KpiQuery } from '../src/supervision/dto/kpi.dto';
import { KpiRepository } from '../src/supervision/kpi.repository';
import { KpiService } from '../src/supervision/kpi.service';
import { TicketAccessRepository } from '../src/tickets/ticket-access.repository';
import { TicketStateRepository } from '../src/tickets/ticket-state.repository';
import { KpiOracleRepository } from '../test/support/kpi-oracle';
import { gitCommit } from './git';
import { describeMillion, loadedUnits, loadMillion } from './million';
import { scratchBenchDatabase } from './scratch-database';
import {
  BenchUnit,
  CapturingLogger,
  environment,
  explainAnalyze,
  log,
  onCleanup,
  runBench,
  serverInfo,
  timeIt,
  writeResult,
} from './support';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BASE_RUNS = Number(process.env.BENCH_BASE_RUNS ?? 3);
const GOAL_P99_MS = 500;

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

runBench('kpis', 2400, async () => {
  const started = Date.now();
  const { url, client, keep } = await scratchBenchDatabase('kpis');
  const loaded = keep && Number((await client.query('SELECT count(*) AS n FROM org_units')).rows[0].n) > 0;
  const { units, loadMs } = loaded
    ? { units: await loadedUnits(client), loadMs: {} as Record<string, number> }
    : await loadMillion(client, { tickets: TICKETS, openDays: 38, events: true, orders: true });
  const capture = new CapturingLogger();
  const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 }, logger: capture, logging: ['query'] });
  await ds.initialize();
  onCleanup(() => ds.destroy());
  const factRows = async () => Number((await client.query('SELECT count(*) AS n FROM ticket_kpi_facts')).rows[0].n);
  if ((await factRows()) === 0) {
    const t0 = Date.now();
    await ds.transaction((tx) => TicketStateRepository.rebuildKpiFacts(tx));
    loadMs.facts = Date.now() - t0;
    // As the migration builds them: after the facts are in (rows written in filing order leave the B-trees half full).
    await client.query('REINDEX TABLE ticket_kpi_facts');
    await client.query('VACUUM (ANALYZE) ticket_kpi_facts');
    log(`facts: ${await factRows()} rows in ${Date.now() - t0} ms`);
  }
  // A kept database may come out of a migration that rewrote every row: index-only scans need the visibility map current.
  await client.query('VACUUM (ANALYZE) ticket_kpi_facts');
  const dataset = {
    ...(await describeMillion(client)),
    facts: {
      rows: await factRows(),
      size: (await client.query(`SELECT pg_size_pretty(pg_total_relation_size('ticket_kpi_facts')) AS s`)).rows[0].s,
    },
    loadMs,
  };
  log(`dataset ${JSON.stringify(dataset)}`);
  // One instant for every run, so each run computes the same report.
  const now = new Date();
  const access = new TicketAccessRepository(ds);
  const service = new KpiService(new KpiRepository(ds, access), new FixedClock(now));
  const baseTables = new KpiService(new KpiOracleRepository(ds, access), new FixedClock(now));

  const actorOf = (u: BenchUnit): RequestActor => ({
    kind: 'staff',
    id: `bench-${u.code}`,
    role: 'supervisor',
    unitId: u.id,
    tier: u.tier,
    unitPath: u.path,
    provinceId: u.provinceId,
  });
  const byCode = new Map(units.map((u) => [u.code, u]));
  const provinceTickets = async (u: BenchUnit) =>
    Number((await client.query('SELECT count(*) AS n FROM tickets WHERE province_id = $1', [u.id])).rows[0].n);
  // A year by month, ending at the start of the current month in Shanghai time (as a dashboard asks).
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 8 * 3_600_000);
  const from = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1) - 8 * 3_600_000);
  const year: KpiQuery = { from: from.toISOString(), to: to.toISOString(), period: 'month' };
  const largest = byCode.get('P0')!;
  const mid = byCode.get('P15')!;
  const largestTickets = await provinceTickets(largest);
  const cases: { name: string; actor: RequestActor; query: KpiQuery; provinceTickets: number; hotIssues?: true }[] = [
    { name: 'largest_province_year_by_month', actor: actorOf(largest), query: year, provinceTickets: largestTickets },
    { name: 'mid_province_year_by_month', actor: actorOf(mid), query: year, provinceTickets: await provinceTickets(mid) },
    {
      name: 'largest_province_year_by_month_and_owner_unit',
      actor: actorOf(largest),
      query: { ...year, groupBy: 'owner_unit' },
      provinceTickets: largestTickets,
    },
    // The console dashboard's other two requests for a province-year (console/src/views/dashboard.tsx): by unit over the whole window, and hot issues.
    {
      name: 'dashboard_largest_province_year_by_owner_unit',
      actor: actorOf(largest),
      query: { from: year.from, to: year.to, groupBy: 'owner_unit' },
      provinceTickets: largestTickets,
    },
    {
      name: 'dashboard_largest_province_year_hot_issues',
      actor: actorOf(largest),
      query: { from: year.from, to: year.to },
      provinceTickets: largestTickets,
      hotIssues: true,
    },
    {
      name: 'national_staff_year_by_month_and_business_type',
      actor: actorOf(units[0]),
      query: { ...year, groupBy: 'business_type' },
      provinceTickets: Number((await client.query('SELECT count(*) AS n FROM tickets')).rows[0].n),
    },
  ];
  // National staff see every province; ?ownerUnitId is not a KPI filter, so the last case covers the national scope.

  // EXPLAIN as the service runs them: without JIT and with the report's work_mem (KpiRepository sets both for its transaction).
  await client.query('SET jit = off');
  await client.query(`SET work_mem = '64MB'`);
  const results = [];
  const sha = (report: unknown) => createHash('sha256').update(JSON.stringify(report)).digest('hex');
  for (const c of cases) {
    const national = c.name.startsWith('national');
    const hotQuery = { from: c.query.from, to: c.query.to, limit: 20, period: 'month' as const };
    const call = c.hotIssues ? () => service.hotIssues(c.actor, hotQuery) : () => service.kpis(c.actor, c.query);
    capture.clear();
    const report = await call();
    const statements = capture.queries.filter((s) => /^\s*(SELECT|WITH)/i.test(s.sql));
    const timing = await timeIt(call, national ? Math.min(RUNS, 5) : RUNS, 2);
    const plans = [];
    for (const s of statements) plans.push({ sql: s.sql, params: s.params, ...(await explainAnalyze(client, s.sql, s.params)) });
    const met = timing.p99Ms <= GOAL_P99_MS;
    const rows = 'rows' in report ? report.rows : report.issues;
    if (c.hotIssues) {
      // Hot issues read the tickets themselves (no facts); the second path counts each (ticket, nature), as before the grouping.
      const t0 = performance.now();
      const before = await baseTables.hotIssues(c.actor, hotQuery);
      const firstBaseMs = Number((performance.now() - t0).toFixed(1));
      const identical = sha(report) === sha(before);
      log(
        `${c.name}: ${rows.length} issues, p50 ${timing.p50Ms} ms p99 ${timing.p99Ms} ms ${met ? 'MET' : 'NOT MET'}; ` +
          `per (ticket, nature) ${firstBaseMs} ms once; reports ${identical ? 'identical' : 'DIFFER'}`,
      );
      results.push({
        name: c.name,
        query: hotQuery,
        ticketsInScope: c.provinceTickets,
        rows: rows.length,
        spikes: 'spikes' in report ? report.spikes.length : 0,
        reportSha256: sha(report),
        baseTablesReportSha256: sha(before),
        identical,
        firstRow: rows[0],
        serviceCall: timing,
        baseTablesServiceCall: { runs: 1, firstMs: firstBaseMs },
        goalMet: met,
        statements: plans,
      });
      if (!identical) {
        writeResult('kpis-mismatch.json', { case: c.name, grouped: report, perTicketNature: before });
        throw new Error(`${c.name}: the hot issues differ from those counted per (ticket, nature) (bench/results/kpis-mismatch.json)`);
      }
      continue;
    }
    // The base-table path: its report once (the equality check), then timed a few times (the national case: once, untimed).
    const t0 = performance.now();
    const before = await baseTables.kpis(c.actor, c.query);
    const firstBaseMs = Number((performance.now() - t0).toFixed(1));
    const baseTiming = national || BASE_RUNS === 0 ? null : await timeIt(() => baseTables.kpis(c.actor, c.query), BASE_RUNS, 0);
    const identical = sha(report) === sha(before);
    log(
      `${c.name}: ${rows.length} rows, facts p50 ${timing.p50Ms} ms p99 ${timing.p99Ms} ms ${met ? 'MET' : 'NOT MET'}; ` +
        `base tables ${baseTiming ? `p50 ${baseTiming.p50Ms} ms` : `${firstBaseMs} ms once`}; reports ${identical ? 'identical' : 'DIFFER'}`,
    );
    results.push({
      name: c.name,
      query: c.query,
      ticketsInScope: c.provinceTickets,
      rows: rows.length,
      reportSha256: sha(report),
      baseTablesReportSha256: sha(before),
      identical,
      firstRow: rows[0],
      serviceCall: timing,
      baseTablesServiceCall: baseTiming ?? { runs: 1, firstMs: firstBaseMs },
      goalMet: national ? null : met,
      statements: plans,
    });
    if (!identical) {
      writeResult('kpis-mismatch.json', { case: c.name, facts: report, baseTables: before });
      throw new Error(`${c.name}: the facts report differs from the base-table report (bench/results/kpis-mismatch.json)`);
    }
  }

  writeResult('kpis.json', {
    benchmark: 'kpis',
    generatedAt: new Date().toISOString(),
    environment: { ...environment(), gitCommit: gitCommit(), postgres: await serverInfo(client) },
    goal: `GET /kpis for a province, one year by month, 1,000,000 tickets: p99 ≤ ${GOAL_P99_MS} ms (provincial cases; the national case is for information)`,
    method:
      'Scratch database with all migrations, loaded by bench/million.ts (tickets, stages, events, supervision orders; INSERT … SELECT, then VACUUM ANALYZE), ' +
      'then the KPI facts of every ticket by the writer statement (TicketStateRepository.rebuildKpiFacts; loadMs.facts), REINDEX and VACUUM ANALYZE of them. ' +
      `KpiService.kpis runs through TypeORM as the API calls it; serviceCall is the wall time of the whole call (its statements + merging) over the facts, ${RUNS} runs after 2 warm-ups (national: 5), nearest-rank percentiles; ` +
      `baseTablesServiceCall the same service over the SQL before the facts (test/support/kpi-oracle.ts), ${BASE_RUNS} runs without warm-up after one untimed call (national: the one call). ` +
      'The clock is fixed for the run, so every run computes the same report; reportSha256 (facts) must equal baseTablesReportSha256 (the run fails otherwise); for hot issues the second path expands the natures of each ticket before grouping (one call). statements: the facts path SQL, each with EXPLAIN (ANALYZE, BUFFERS). Warm cache.',
    dataset,
    cases: results,
    allMet: results.every((r) => r.goalMet !== false),
    totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  });
});
