/**
 * Keyword search at a million tickets of Chinese complaint text: the first page of
 * GET /tickets/search through TicketSearchService (with TicketAccessService's scope and the list
 * filters), for one-, two- and four-character terms, alone and with a province filter.
 *
 *   npm run bench:search     → bench/results/search.json       (goal: first page p99 ≤ 100 ms)
 *
 * The tickets come from bench/million.ts with complaintText (topics, problems and requests drawn from
 * COMPLAINT_VOCABULARY with a skew, so terms range from common to rare); the search documents are
 * kept by the migration's trigger as the tickets are inserted, and the GIN index is built after the
 * load (as one would for a bulk import). Each case times the whole service call (page, capped count,
 * highlights) and EXPLAINs (ANALYZE, BUFFERS) every statement it sent.
 * BENCH_TICKETS sets the size; BENCH_KEEP_DB=1 keeps the loaded database (bench_search_keep) for the next run.
 */
import { DataSource } from 'typeorm';
import { RequestActor } from '../src/auth/actor';
import { dataSourceOptions } from '../src/database/data-source';
import { RoutingService } from '../src/routing/routing.service';
import { SearchTicketsQuery } from '../src/tickets/dto/ticket-search.dto';
import { TicketAccessRepository } from '../src/tickets/ticket-access.repository';
import { TicketAccessService } from '../src/tickets/ticket-access.service';
import { TicketQueryService } from '../src/tickets/ticket-query.service';
import { TicketReadRepository } from '../src/tickets/ticket-read.repository';
import { TicketSearchRepository } from '../src/tickets/ticket-search.repository';
import { TicketSearchService } from '../src/tickets/ticket-search.service';
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
import { benchPii } from './pii';
import { PiiKeysService } from '../src/pii/pii-keys.service';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const GOAL_P99_MS = 100;
/** One-, two- and four-character terms, from very common to absent. */
const TERMS = ['费', '漫', '扣费', '宽带', '停机', '发票', '携号转网', '国际漫游', '火星'];

const GRAMS_INDEX = `CREATE INDEX "ix_ticket_search_grams" ON "ticket_search" USING gin ("province_id", "owner_province_id", "grams")`;

runBench('search', 3000, async () => {
  const started = Date.now();
  const { url, client, keep } = await scratchBenchDatabase('search');
  const loaded = keep && Number((await client.query('SELECT count(*) AS n FROM org_units')).rows[0].n) > 0;
  let units: BenchUnit[];
  const loadMs: Record<string, number> = {};
  if (loaded) {
    units = await loadedUnits(client);
  } else {
    // Bulk load: the trigger fills ticket_search row by row; the index is built once afterwards.
    await client.query('DROP INDEX "ix_ticket_search_grams"');
    const load = await loadMillion(client, { tickets: TICKETS, openDays: 38, events: false, orders: false, complaintText: true });
    units = load.units;
    Object.assign(loadMs, load.loadMs);
    let t = Date.now();
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(GRAMS_INDEX);
    loadMs.gramsIndex = Date.now() - t;
    log(`grams index built in ${loadMs.gramsIndex} ms`);
    t = Date.now();
    await client.query('VACUUM (ANALYZE) ticket_search');
    loadMs.analyzeSearch = Date.now() - t;
  }
  const { rows: sizes } = await client.query<Record<string, string>>(
    `SELECT pg_size_pretty(pg_table_size('ticket_search')) AS documents, pg_size_pretty(pg_relation_size('ix_ticket_search_grams')) AS grams_index,
            (SELECT count(*)::int FROM ticket_search) AS rows`,
  );
  const dataset = { ...(await describeMillion(client)), search: sizes[0], loadMs };
  log(`dataset ${JSON.stringify(dataset)}`);

  const capture = new CapturingLogger();
  const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 }, logger: capture, logging: ['query'] });
  await ds.initialize();
  onCleanup(() => ds.destroy());
  const access = new TicketAccessRepository(ds);
  const read = new TicketReadRepository(ds, access);
  // The list filters need no routing.
  const { keyring } = await benchPii(client);
  const pii = { blindIndex: keyring.blindIndex.bind(keyring) } as PiiKeysService;
  const queries = new TicketQueryService(read, new TicketAccessService(access), undefined as unknown as RoutingService, pii);
  const service = new TicketSearchService(new TicketSearchRepository(ds, access, read), queries);

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
  const national = actorOf(units[0]);
  const mid = byCode.get('P15')!;
  const scopes: { name: string; actor: RequestActor; filter: Partial<SearchTicketsQuery> }[] = [
    { name: 'national', actor: national, filter: {} },
    { name: 'national_owner_unit_province', actor: national, filter: { ownerUnitId: mid.id } },
    { name: 'provincial_staff', actor: actorOf(mid), filter: {} },
  ];
  const termFrequency = async (term: string) =>
    Number(
      (await client.query(`SELECT count(*) AS n FROM ticket_search WHERE strpos(body || E'\\n' || updates, search_fold($1)) > 0`, [term]))
        .rows[0].n,
    );

  const results = [];
  for (const term of TERMS) {
    const matching = await termFrequency(term);
    for (const scope of scopes) {
      const query: SearchTicketsQuery = { q: term, ...scope.filter };
      capture.clear();
      const page = await service.search(scope.actor, query);
      const statements = capture.queries.filter((s) => /^\s*SELECT/i.test(s.sql));
      const timing = await timeIt(() => service.search(scope.actor, query), RUNS, 2);
      const plans = [];
      for (const s of statements) plans.push({ sql: s.sql, params: s.params, ...(await explainAnalyze(client, s.sql, s.params)) });
      const met = timing.p99Ms <= GOAL_P99_MS;
      const name = `${[...term].length}char_${term}_${scope.name}`;
      log(
        `${name}: ${page.items.length} items, total ${page.total}${page.totalCapped ? '+' : ''}, p50 ${timing.p50Ms} ms, p99 ${timing.p99Ms} ms ${met ? 'MET' : 'NOT MET'}`,
      );
      results.push({
        name,
        term,
        characters: [...term].length,
        scope: scope.name,
        ticketsMatchingNationwide: matching,
        items: page.items.length,
        total: page.total,
        totalCapped: page.totalCapped,
        firstHighlight: page.items[0]?.matches[0] ?? null,
        serviceCall: timing,
        goalMet: met,
        statements: plans,
      });
    }
  }

  writeResult('search.json', {
    benchmark: 'search',
    generatedAt: new Date().toISOString(),
    environment: { ...environment(), gitCommit: gitCommit(), postgres: await serverInfo(client) },
    goal: `GET /tickets/search first page (50 items, capped count, highlights), 1,000,000 tickets: p99 ≤ ${GOAL_P99_MS} ms for one-, two- and four-character terms, alone and with a province filter`,
    method:
      `Scratch database with all migrations; ${TICKETS} tickets by bench/million.ts with Chinese complaint text (COMPLAINT_VOCABULARY), search documents filled by the trigger, ` +
      'the grams index built after the load, then VACUUM ANALYZE. TicketSearchService.search runs through TypeORM as the API calls it; ' +
      `serviceCall is the wall time of the whole call, ${RUNS} runs after 2 warm-ups, nearest-rank percentiles. statements: the SQL sent, each with EXPLAIN (ANALYZE, BUFFERS). Warm cache.`,
    dataset,
    cases: results,
    allMet: results.every((r) => r.goalMet),
    totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  });
});
