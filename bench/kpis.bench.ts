/**
 * KPIs at a million tickets: GET /kpis for a province over one year by month, through KpiService
 * (with TicketAccessService's scope) against a scratch database (1,000,000 tickets filed over a
 * year, with stages, events and supervision orders; see bench/million.ts).
 *
 *   npm run bench:kpis     → bench/results/kpis.json       (goal: p99 ≤ 500 ms)
 *
 * Cases: the largest province and a mid-sized one as provincial staff, and the same largest province
 * asked by national staff with ?groupBy=business_type. Each times the whole service call over
 * BENCH_RUNS runs and EXPLAINs (ANALYZE, BUFFERS) every statement the call sent.
 * BENCH_KEEP_DB=1 keeps the loaded database (bench_kpis_keep) and reuses it on the next run, for
 * iterating on query shape; it is then dropped by hand.
 */
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RequestActor } from '../src/auth/actor';
import { Clock } from '../src/common/clock';
import { dataSourceOptions } from '../src/database/data-source';
import { dropDatabase } from '../src/database/ensure-database';
import { prepareDatabase } from '../src/database/migrate';
import { KpiQuery } from '../src/supervision/dto/kpi.dto';
import { KpiRepository } from '../src/supervision/kpi.repository';
import { KpiService } from '../src/supervision/kpi.service';
import { TicketAccessRepository } from '../src/tickets/ticket-access.repository';
import { gitCommit } from './git';
import { describeMillion, loadedUnits, loadMillion } from './million';
import {
  BenchUnit,
  CapturingLogger,
  connect,
  environment,
  explainAnalyze,
  log,
  onCleanup,
  runBench,
  scratchDatabaseUrl,
  serverInfo,
  timeIt,
  writeResult,
} from './support';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const GOAL_P99_MS = 500;

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

runBench('kpis', 1200, async () => {
  const started = Date.now();
  const keep = process.env.BENCH_KEEP_DB === '1';
  const url = scratchDatabaseUrl(keep ? 'bench_kpis_keep' : `bench_kpis_${process.pid}`);
  log(`scratch database ${new URL(url).pathname.slice(1)}`);
  if (!keep)
    onCleanup(async () => {
      await dropDatabase(url);
      log('scratch database dropped');
    });
  await prepareDatabase(url);
  const client = await connect(url);
  onCleanup(() => client.end());
  const loaded = keep && Number((await client.query('SELECT count(*) AS n FROM org_units')).rows[0].n) > 0;
  const { units, loadMs } = loaded
    ? { units: await loadedUnits(client), loadMs: {} }
    : await loadMillion(client, { tickets: TICKETS, openDays: 38, events: true, orders: true });
  const dataset = { ...(await describeMillion(client)), loadMs };
  log(`dataset ${JSON.stringify(dataset)}`);

  const capture = new CapturingLogger();
  const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 }, logger: capture, logging: ['query'] });
  await ds.initialize();
  onCleanup(() => ds.destroy());
  // One instant for every run, so each run computes the same report.
  const now = new Date();
  const service = new KpiService(new KpiRepository(ds, new TicketAccessRepository(ds)), new FixedClock(now));

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
  const cases: { name: string; actor: RequestActor; query: KpiQuery; provinceTickets: number }[] = [
    { name: 'largest_province_year_by_month', actor: actorOf(largest), query: year, provinceTickets: await provinceTickets(largest) },
    { name: 'mid_province_year_by_month', actor: actorOf(mid), query: year, provinceTickets: await provinceTickets(mid) },
    {
      name: 'national_staff_largest_province_year_by_month_and_business_type',
      actor: actorOf(units[0]),
      query: { ...year, groupBy: 'business_type' },
      provinceTickets: await provinceTickets(largest),
    },
  ];
  // National staff see every province; ?ownerUnitId is not a KPI filter, so this case covers the national scope.
  cases[2].provinceTickets = Number((await client.query('SELECT count(*) AS n FROM tickets')).rows[0].n);

  // EXPLAIN as the service runs them: without JIT (KpiRepository sets it off for its transaction).
  await client.query('SET jit = off');
  const results = [];
  for (const c of cases) {
    capture.clear();
    const report = await service.kpis(c.actor, c.query);
    const statements = capture.queries.filter((s) => /^\s*SELECT/i.test(s.sql));
    const timing = await timeIt(
      () => service.kpis(c.actor, c.query),
      c.name.startsWith('national') ? Math.min(RUNS, 3) : RUNS,
      c.name.startsWith('national') ? 0 : 2,
    );
    const plans = [];
    for (const s of statements) plans.push({ sql: s.sql, params: s.params, ...(await explainAnalyze(client, s.sql, s.params)) });
    const met = timing.p99Ms <= GOAL_P99_MS;
    log(`${c.name}: ${report.rows.length} rows, p50 ${timing.p50Ms} ms, p99 ${timing.p99Ms} ms ${met ? 'MET' : 'NOT MET'}`);
    results.push({
      name: c.name,
      query: c.query,
      ticketsInScope: c.provinceTickets,
      rows: report.rows.length,
      reportSha256: createHash('sha256').update(JSON.stringify(report)).digest('hex'),
      firstRow: report.rows[0],
      serviceCall: timing,
      goalMet: c.name.startsWith('national') ? null : met,
      statements: plans,
    });
  }

  writeResult('kpis.json', {
    benchmark: 'kpis',
    generatedAt: new Date().toISOString(),
    environment: { ...environment(), gitCommit: gitCommit(), postgres: await serverInfo(client) },
    goal: `GET /kpis for a province, one year by month, 1,000,000 tickets: p99 ≤ ${GOAL_P99_MS} ms (provincial cases; the national case is for information)`,
    method:
      'Scratch database with all migrations, loaded by bench/million.ts (tickets, stages, events, supervision orders; INSERT … SELECT, then VACUUM ANALYZE). ' +
      `KpiService.kpis runs through TypeORM as the API calls it; serviceCall is the wall time of the whole call (its statements + merging), ${RUNS} runs after 2 warm-ups, nearest-rank percentiles. ` +
      'The clock is fixed for the run, so every run computes the same report (reportSha256). statements: the SQL sent, each with EXPLAIN (ANALYZE, BUFFERS). Warm cache.',
    dataset,
    cases: results,
    allMet: results.every((r) => r.goalMet !== false),
    totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  });
});
