/**
 * Supervisors' queues at a million tickets: the first page of overdue, at-risk, due-soon and
 * supervision orders, at national, provincial and city scope, through SupervisionService against
 * a scratch database (1,000,000 tickets over a year, ~100,000 open; see bench/million.ts).
 *
 *   npm run bench:queues     → bench/results/queues.json       (goal: p99 ≤ 20 ms each)
 *
 * Each case times the whole service call (every statement it sends, plus row mapping) over
 * BENCH_RUNS runs after warm-ups, and EXPLAINs (ANALYZE, BUFFERS) each statement the call sent.
 * Knobs: BENCH_TICKETS (1,000,000), BENCH_RUNS (200), BENCH_RESULT (file name, queues.json); BENCH_KEEP_DB=1 keeps
 * the loaded database (bench_queues_keep) and reuses it on the next run (open stages were placed around the load's
 * instant, so the queues' populations drift as time passes: reload for a result), dropped by hand. With
 * BENCH_DATASET=kpis it reuses the KPI benchmark's kept database instead (bench_kpis_keep: the same generator, with events).
 */
import { DataSource } from 'typeorm';
import { RequestActor } from '../src/auth/actor';
import { SystemClock } from '../src/common/clock';
import { dataSourceOptions } from '../src/database/data-source';
import { OrgRepository } from '../src/org/org.repository';
import { OrgService } from '../src/org/org.service';
import { SupervisionService } from '../src/supervision/supervision.service';
import { SupervisionRepository } from '../src/supervision/supervision.repository';
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
import { gitCommit } from './git';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const GOAL_P99_MS = 20;

runBench('queues', 1800, async () => {
  const started = Date.now();
  const { url, client, keep } = await scratchBenchDatabase(process.env.BENCH_DATASET ?? 'queues');
  const loaded = keep && Number((await client.query('SELECT count(*) AS n FROM org_units')).rows[0].n) > 0;
  const { units, loadMs } = loaded
    ? { units: await loadedUnits(client), loadMs: {} as Record<string, number> }
    : await loadMillion(client, { tickets: TICKETS, openDays: 38, events: false, orders: true });
  // A kept database may come out of a migration that built an index: plans need current statistics and visibility map.
  if (loaded) await client.query('VACUUM (ANALYZE) ticket_stages, supervision_orders');
  const dataset = { ...(await describeMillion(client)), loadMs };
  log(`dataset ${JSON.stringify(dataset)}`);

  const capture = new CapturingLogger();
  const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 }, logger: capture, logging: ['query'] });
  await ds.initialize();
  onCleanup(() => ds.destroy());
  const service = new SupervisionService(new SupervisionRepository(ds), new OrgService(new OrgRepository(ds)), new SystemClock());

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
  const scopes: { scope: string; unit: BenchUnit }[] = [
    { scope: 'national', unit: units[0] },
    { scope: 'provincial (largest province)', unit: byCode.get('P0')! },
    { scope: 'city (largest province)', unit: byCode.get('P0C0')! },
  ];
  const queues: { queue: string; call: (a: RequestActor) => Promise<{ items: unknown[] }> }[] = [
    { queue: 'overdue', call: (a) => service.queue(a, 'overdue', {}) },
    { queue: 'at_risk', call: (a) => service.queue(a, 'at_risk', {}) },
    { queue: 'due_soon', call: (a) => service.queue(a, 'due_soon', {}) },
    { queue: 'orders', call: (a) => service.orders(a, {}) },
  ];

  const cases = [];
  for (const { scope, unit } of scopes) {
    const actor = actorOf(unit);
    const subtreeUnits = units.filter((u) => u.path.startsWith(unit.path)).length;
    for (const { queue, call } of queues) {
      capture.clear();
      const page = await call(actor);
      const statements = [...capture.queries];
      const timing = await timeIt(() => call(actor), RUNS, 10);
      const plans = [];
      for (const s of statements) plans.push({ sql: s.sql, params: s.params, ...(await explainAnalyze(client, s.sql, s.params)) });
      const met = timing.p99Ms <= GOAL_P99_MS;
      log(`${queue} @ ${scope}: ${page.items.length} rows, p50 ${timing.p50Ms} ms, p99 ${timing.p99Ms} ms ${met ? 'MET' : 'NOT MET'}`);
      cases.push({ queue, scope, subtreeUnits, rowsReturned: page.items.length, serviceCall: timing, goalMet: met, statements: plans });
    }
  }

  writeResult(process.env.BENCH_RESULT ?? 'queues.json', {
    benchmark: 'queues',
    generatedAt: new Date().toISOString(),
    environment: { ...environment(), gitCommit: gitCommit(), postgres: await serverInfo(client) },
    goal: `p99 ≤ ${GOAL_P99_MS} ms for each queue's first page (default limit) at each scope`,
    method:
      `Scratch database with all migrations, loaded by bench/million.ts (INSERT … SELECT over generate_series, then VACUUM ANALYZE). ` +
      `SupervisionService.queue / .orders run through TypeORM as the API calls them (actor = supervisor of the scope's unit, no filters, default page size); ` +
      `serviceCall is the wall time of the whole call (all statements + mapping), ${RUNS} runs after 10 warm-ups, nearest-rank percentiles. ` +
      'statements are the SQL the call sent, each with EXPLAIN (ANALYZE, BUFFERS) under the same parameters. Warm cache (the dataset fits in RAM).',
    dataset,
    cases,
    allMet: cases.every((c) => c.goalMet),
    totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  });
});
