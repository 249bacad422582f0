/**
 * Ticket list benchmark: 1,000,000 tickets (31 provinces, realistic mix of statuses, levels, kinds,
 * business types and channels, created over 90 days) with their participants, in a scratch
 * database; then the list queries the API issues, timed over 50 runs each and EXPLAINed.
 *
 *   npm run bench:tickets-list     → bench/results/tickets-list.json
 *
 * TicketQueryService.list (with TicketAccessService.scope) runs against the scratch database; the
 * statement it sends is captured and replayed, so the SQL measured is exactly what the API issues.
 */
import { DataSource } from 'typeorm';
import { RequestActor } from '../src/auth/actor';
import { encodeCursor } from '../src/common/cursor';
import { dataSourceOptions } from '../src/database/data-source';
import { dropDatabase } from '../src/database/ensure-database';
import { prepareDatabase } from '../src/database/migrate';
import { RoutingService } from '../src/routing/routing.service';
import { ListTicketsQuery } from '../src/tickets/dto/ticket-view.dto';
import { TicketAccessRepository } from '../src/tickets/ticket-access.repository';
import { TicketAccessService } from '../src/tickets/ticket-access.service';
import { TicketQueryService } from '../src/tickets/ticket-query.service';
import { TicketReadRepository } from '../src/tickets/ticket-read.repository';
import {
  BenchUnit,
  buildOrgTree,
  CapturingLogger,
  connect,
  environment,
  explainAnalyze,
  insertOrgUnits,
  log,
  onCleanup,
  runBench,
  scratchDatabaseUrl,
  serverInfo,
  timeIt,
  Timing,
  writeResult,
} from './support';
import { BENCH_MASKED_SQL, benchPii } from './pii';
import { PiiKeysService } from '../src/pii/pii-keys.service';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const SLOW_P50_MS = 50;
const INTEGRITY_PAGES = 200;
/** An intake peak: BURST tickets filed at 200/s (within 50 s), 45 days ago; the cursor integrity walk pages through it. */
const BURST = 10_000;
const BURST_SECONDS = 50;

const BUSINESS_TYPES = [
  'mobile_billing',
  'mobile_network',
  'broadband_fault',
  'broadband_install',
  'value_added_service',
  'number_porting',
  'roaming',
  'device_sale',
  'package_change',
  'service_attitude',
  'privacy',
  'marketing_sms',
];
const CHANNELS = [
  'hotline',
  'hotline',
  'hotline',
  'hotline',
  'app',
  'app',
  'web',
  'gm_hotline',
  'business_hall',
  'regulator',
  'social_media',
  'email',
  'letter',
  'fax',
  'sms',
  'face_to_face',
  'account_manager',
];

/**
 * One INSERT … SELECT over generate_series. Provinces are skewed (the largest has ~10% of the
 * tickets, the smallest ~2%); a quarter of the tickets stay with the provincial centre, the rest
 * are owned by one of the province's cities or departments; status depends on the ticket's age
 * (recent ones open, older ones closed/revisited, most older than two weeks archived).
 */
const INSERT_TICKETS = `
INSERT INTO tickets (number, kind, level, customer_tier, status, channel, intake_hash, province_id, review_unit_id, owner_unit_id,
  dispatcher_unit_id, lead_unit_id, handling_round, ever_dispatched, escalated, customer_name_enc, customer_phone_enc, customer_name_masked, customer_phone_masked, customer_phone_index, home_province,
  business_type, natures, subject, description, contacted_at, filed_at, closed_at, archived_at, version, created_at, updated_at)
SELECT
  p.code || '-' || lpad(s.g::text, 8, '0'),
  CASE WHEN s.r_kind < 0.70 THEN 'complaint' WHEN s.r_kind < 0.80 THEN 'escalated_complaint' WHEN s.r_kind < 0.85 THEN 'appeal'
       WHEN s.r_kind < 0.95 THEN 'inquiry' ELSE 'suggestion' END,
  CASE WHEN s.r_level < 0.85 THEN 'general' WHEN s.r_level < 0.97 THEN 'provincial' ELSE 'national' END,
  CASE WHEN s.r_tier < 0.10 THEN 'vip' ELSE 'normal' END,
  st.status,
  ($2::text[])[1 + (s.g * 7 % array_length($2::text[], 1))],
  md5(s.g::text) || md5('h' || s.g::text),
  p.id,
  p.id,
  CASE WHEN s.r_owner < 0.25 OR st.status = 'review' THEN p.id ELSE p.units[1 + floor(s.r_unit * array_length(p.units, 1))::int] END,
  CASE WHEN s.r_owner < 0.25 OR st.status = 'review' THEN NULL ELSE p.id END,
  NULL,
  CASE WHEN s.r_owner < 0.25 OR st.status = 'review' THEN 0 ELSE 1 END,
  NOT (s.r_owner < 0.25 OR st.status = 'review'),
  s.r_tier > 0.97,
  $6::bytea,
  $7::bytea, ${BENCH_MASKED_SQL},
  decode(md5('13' || lpad((s.g::bigint * 7919 % 1000000000)::text, 9, '0')), 'hex'),
  p.code,
  ($1::text[])[1 + floor(s.r_bt * s.r_bt * array_length($1::text[], 1))::int],
  ARRAY['network_quality'],
  'complaint subject ' || s.g,
  'The customer reports a problem with the service; generated ticket ' || s.g || ' for the list benchmark.',
  s.created - interval '3 minutes',
  s.created,
  CASE WHEN st.status IN ('closed', 'revisited', 'archived') THEN s.created + interval '5 days' END,
  CASE WHEN st.status = 'archived' THEN s.created + interval '12 days' END,
  1,
  s.created,
  s.created
FROM (
  SELECT g,
         floor(31 * power(random(), 1.5))::int AS prov,
         CASE WHEN g <= $4::int THEN now() - interval '45 days' + random() * make_interval(secs => $5)
              ELSE now() - random() * interval '90 days' END AS created,
         random() AS r_kind, random() AS r_level, random() AS r_tier, random() AS r_status,
         random() AS r_owner, random() AS r_unit, random() AS r_bt
    FROM generate_series(1, $3::int) AS g
) s
JOIN bench_provinces p ON p.idx = s.prov
CROSS JOIN LATERAL (
  SELECT CASE
    WHEN s.created > now() - interval '3 days' THEN
      CASE WHEN s.r_status < 0.20 THEN 'review' WHEN s.r_status < 0.35 THEN 'sign_for' WHEN s.r_status < 0.75 THEN 'handling'
           WHEN s.r_status < 0.83 THEN 'feedback_review' WHEN s.r_status < 0.93 THEN 'reply' ELSE 'replied' END
    WHEN s.created > now() - interval '15 days' THEN
      CASE WHEN s.r_status < 0.15 THEN 'handling' WHEN s.r_status < 0.20 THEN 'reply' WHEN s.r_status < 0.30 THEN 'replied'
           WHEN s.r_status < 0.70 THEN 'closed' WHEN s.r_status < 0.95 THEN 'revisited' ELSE 'withdrawn' END
    ELSE
      CASE WHEN s.r_status < 0.80 THEN 'archived' WHEN s.r_status < 0.92 THEN 'revisited' WHEN s.r_status < 0.97 THEN 'closed'
           ELSE 'withdrawn' END
  END AS status
) st
ORDER BY s.created`;

interface CaseDef {
  name: string;
  description: string;
  actor: RequestActor;
  query: ListTicketsQuery;
  /** Tickets the predicate matches in all (scope and filter cases), for the scaling findings. */
  matchingTickets?: number;
}

runBench('tickets-list', 420, async () => {
  const started = Date.now();
  const url = scratchDatabaseUrl(`wo_bench_tl_${process.pid}`);
  log(`scratch database ${new URL(url).pathname.slice(1)}`);
  onCleanup(async () => {
    await dropDatabase(url);
    log('scratch database dropped');
  });
  await prepareDatabase(url);

  const client = await connect(url);
  onCleanup(() => client.end());
  await client.query('SET synchronous_commit = off');

  // Org tree: national, 31 provinces × (10 cities × 4 departments + 6 province-level departments).
  const units = buildOrgTree({ provinces: 31, citiesPerProvince: 10, deptsPerCity: 4, deptsPerProvince: 6 });
  await insertOrgUnits(client, units);
  const provinces = units.filter((u) => u.tier === 'provincial');
  await client.query(
    `CREATE TEMP TABLE bench_provinces AS
     SELECT p.idx - 1 AS idx, p.id, p.code,
            array(SELECT u.id FROM org_units u WHERE u.province_id = p.id AND u.tier <> 'provincial' ORDER BY u.code) AS units
       FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS p(id, code, idx)`,
    [provinces.map((p) => p.id), provinces.map((p) => p.code)],
  );

  const load: Record<string, number> = {};
  let t = Date.now();
  log(`inserting ${TICKETS} tickets…`);
  const pii = await benchPii(client);
  await client.query(INSERT_TICKETS, [BUSINESS_TYPES, CHANNELS, TICKETS, BURST, BURST_SECONDS, pii.name, pii.phone]);
  load.ticketsMs = Date.now() - t;
  log(`tickets inserted in ${load.ticketsMs} ms`);

  // Participants as the transition service records them: the reviewing centre and the owner.
  t = Date.now();
  await client.query(
    `INSERT INTO ticket_participants (ticket_id, unit_id, role, created_at, ticket_created_at)
     SELECT id, review_unit_id, 'reviewer', created_at, created_at FROM tickets
     UNION ALL
     SELECT id, owner_unit_id, 'owner', created_at, created_at FROM tickets WHERE owner_unit_id <> review_unit_id`,
  );
  load.participantsMs = Date.now() - t;
  log(`participants inserted in ${load.participantsMs} ms`);
  t = Date.now();
  await client.query('VACUUM (ANALYZE) tickets');
  await client.query('VACUUM (ANALYZE) ticket_participants');
  await client.query('ANALYZE org_units');
  load.vacuumAnalyzeMs = Date.now() - t;
  log(`vacuum/analyze in ${load.vacuumAnalyzeMs} ms`);

  const stat = async (sql: string) => (await client.query(sql)).rows;
  const dataset = {
    tickets: Number((await stat('SELECT count(*) AS n FROM tickets'))[0].n),
    participants: Number((await stat('SELECT count(*) AS n FROM ticket_participants'))[0].n),
    orgUnits: units.length,
    byStatus: await stat(`SELECT status, count(*)::int AS n FROM tickets GROUP BY status ORDER BY n DESC`),
    byLevel: await stat(`SELECT level, count(*)::int AS n FROM tickets GROUP BY level ORDER BY n DESC`),
    provinceShare: await stat(
      `SELECT min(n) AS smallest, max(n) AS largest, round(avg(n)) AS average FROM (SELECT count(*)::int AS n FROM tickets GROUP BY province_id) x`,
    ),
    createdRange: (await stat(`SELECT min(created_at) AS oldest, max(created_at) AS newest FROM tickets`))[0],
    sizes: (
      await stat(
        `SELECT pg_size_pretty(pg_table_size('tickets')) AS tickets_heap, pg_size_pretty(pg_indexes_size('tickets')) AS tickets_indexes,
                pg_size_pretty(pg_total_relation_size('ticket_participants')) AS participants_total`,
      )
    )[0],
    loadMs: load,
  };
  log(`dataset: ${JSON.stringify(dataset.byStatus)}`);

  // The actors the cases run as.
  const byCode = new Map(units.map((u) => [u.code, u]));
  const actorOf = (u: BenchUnit): RequestActor => ({
    kind: 'staff',
    id: `bench-${u.code}`,
    role: 'agent',
    unitId: u.id,
    tier: u.tier,
    unitPath: u.path,
    provinceId: u.provinceId,
  });
  const national = actorOf(units[0]);
  const province = byCode.get('P15')!; // a mid-sized province
  const largest = byCode.get('P0')!;
  const dept = byCode.get('P15D2')!; // a province-level department
  const city = byCode.get('P15C3')!; // a city: its scope covers its departments too
  const bigCity = byCode.get('P0C0')!; // a city of the largest province
  const counts = async (sql: string, params: unknown[]) => Number((await client.query(sql, params)).rows[0].n);
  const provinceTickets = await counts('SELECT count(*) AS n FROM tickets WHERE province_id = $1', [province.id]);
  const deptTickets = await counts(
    `SELECT count(DISTINCT sp.ticket_id) AS n FROM ticket_participants sp JOIN org_units su ON su.id = sp.unit_id WHERE su.path LIKE $1`,
    [dept.path + '%'],
  );
  const subtreeTickets = (u: BenchUnit) =>
    counts(
      `SELECT count(DISTINCT sp.ticket_id) AS n FROM ticket_participants sp JOIN org_units su ON su.id = sp.unit_id WHERE su.path LIKE $1`,
      [u.path + '%'],
    );
  const cityTickets = await subtreeTickets(city);
  const bigCityTickets = await subtreeTickets(bigCity);

  // Deep cursors, built as the API builds them (the last row's createdAt as a JS Date, then ISO).
  const cursorAt = async (where: string, params: unknown[], offset: number) => {
    const { rows } = await client.query<{ created_at: Date; id: string }>(
      `SELECT created_at, id FROM tickets ${where} ORDER BY created_at DESC, id DESC OFFSET ${offset} LIMIT 1`,
      params,
    );
    return encodeCursor([rows[0].created_at.toISOString(), rows[0].id]);
  };
  const nationalDeep = await cursorAt('', [], Math.floor(TICKETS / 2));
  const provinceDeep = await cursorAt('WHERE province_id = $1', [province.id], Math.floor(provinceTickets / 2));

  const cases: CaseDef[] = [
    {
      name: 'national_first_page',
      description: 'national staff, no filter: ORDER BY created_at DESC, id DESC LIMIT 51',
      actor: national,
      query: {},
    },
    {
      name: 'provincial_first_page',
      description: `provincial staff of a mid-sized province (${provinceTickets} tickets): province_id = X`,
      actor: actorOf(province),
      query: {},
    },
    {
      name: 'provincial_status_handling',
      description: 'provincial staff, ?status=handling (an open status, mostly recent tickets)',
      actor: actorOf(province),
      query: { status: 'handling' },
    },
    {
      name: 'provincial_status_withdrawn',
      description: 'provincial staff, ?status=withdrawn (~3% of tickets, spread over the whole 90 days)',
      actor: actorOf(province),
      query: { status: 'withdrawn' },
    },
    {
      name: 'largest_province_status_reply',
      description: 'provincial staff of the largest province, ?status=reply (open, ~1% of tickets, all recent)',
      actor: actorOf(largest),
      query: { status: 'reply' },
    },
    {
      name: 'department_scope_first_page',
      description: `department staff (province-level department, participant in ${deptTickets} tickets): EXISTS over ticket_participants JOIN org_units path LIKE`,
      actor: actorOf(dept),
      query: {},
      matchingTickets: deptTickets,
    },
    {
      name: 'city_scope_first_page',
      description: `city staff (city + its 4 departments, participants in ${cityTickets} tickets): same EXISTS predicate, wider subtree`,
      actor: actorOf(city),
      query: {},
      matchingTickets: cityTickets,
    },
    {
      name: 'big_city_scope_first_page',
      description: `city staff of the largest province (participants in ${bigCityTickets} tickets): same EXISTS predicate`,
      actor: actorOf(bigCity),
      query: {},
      matchingTickets: bigCityTickets,
    },
    {
      name: 'department_scope_status_handling',
      description: 'department staff, ?status=handling',
      actor: actorOf(dept),
      query: { status: 'handling' },
    },
    {
      name: 'national_deep_cursor',
      description: `national staff, cursor at row ${Math.floor(TICKETS / 2)} of the newest-first order: (created_at, id) < (…)`,
      actor: national,
      query: { cursor: nationalDeep },
    },
    {
      name: 'provincial_deep_cursor',
      description: `provincial staff, cursor half-way through the province's ${provinceTickets} tickets`,
      actor: actorOf(province),
      query: { cursor: provinceDeep },
    },
    {
      name: 'national_owner_subtree_filter',
      description: 'national staff, ?ownerUnitId=<city>: owner_unit_id IN (SELECT id FROM org_units WHERE path LIKE city%)',
      actor: national,
      query: { ownerUnitId: city.id },
      matchingTickets: await counts(
        'SELECT count(*) AS n FROM tickets WHERE owner_unit_id IN (SELECT id FROM org_units WHERE path LIKE $1)',
        [city.path + '%'],
      ),
    },
    {
      name: 'national_business_type_vip',
      description: 'national staff, ?businessType=privacy&customerTier=vip (unindexed filters, ~0.3% of tickets)',
      actor: national,
      query: { businessType: 'privacy', customerTier: 'vip' },
    },
  ];

  const capture = new CapturingLogger();
  const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 }, logger: capture, logging: ['query'] });
  await ds.initialize();
  onCleanup(() => ds.destroy());
  const access = new TicketAccessRepository(ds);
  const { keyring } = await benchPii(client);
  const service = new TicketQueryService(
    new TicketReadRepository(ds, access),
    new TicketAccessService(access),
    undefined as unknown as RoutingService,
    { blindIndex: keyring.blindIndex.bind(keyring) } as PiiKeysService,
  );

  const results: {
    name: string;
    description: string;
    matchingTickets?: number;
    planShape: string;
    rowsReturned: number;
    sql: string;
    params: unknown[];
    sqlRoundTrip: Timing;
    ticketQueryServiceList: Timing;
    explain: Awaited<ReturnType<typeof explainAnalyze>>;
  }[] = [];
  for (const c of cases) {
    capture.clear();
    const page = await service.list(c.actor, c.query);
    const { sql, params } = capture.last();
    const sqlRoundTrip = await timeIt(() => client.query(sql, params), RUNS, 3);
    const serviceTiming = await timeIt(() => service.list(c.actor, c.query), Math.min(RUNS, 20), 1);
    const explain = await explainAnalyze(client, sql, params);
    log(
      `${c.name}: rows ${page.items.length}, sql p50 ${sqlRoundTrip.p50Ms} ms p99 ${sqlRoundTrip.p99Ms} ms, explain ${explain.executionMs} ms`,
    );
    results.push({
      name: c.name,
      description: c.description,
      matchingTickets: c.matchingTickets,
      planShape: diagnose(explain.plan, c.matchingTickets) ?? 'bounded by the page size (ordered index scan stops after 51 rows)',
      rowsReturned: page.items.length,
      sql,
      params,
      sqlRoundTrip,
      ticketQueryServiceList: serviceTiming,
      explain,
    });
  }

  // Keyset integrity: walk the national list page by page through the service and compare with the true order.
  const integrity = await cursorIntegrity(client, service, national);
  log(`cursor integrity: ${JSON.stringify(integrity)}`);

  const findings = buildFindings(results, integrity);
  writeResult('tickets-list.json', {
    benchmark: 'tickets-list',
    generatedAt: new Date().toISOString(),
    environment: { ...environment(), postgres: await serverInfo(client) },
    method:
      'Scratch database with all migrations. Tickets inserted by one INSERT … SELECT over generate_series (every NOT NULL column filled), participants (reviewer centre + owner unit, as the transition service records them) by one INSERT … SELECT, then VACUUM ANALYZE. ' +
      `TicketQueryService.list with TicketAccessService.scope runs against the database through TypeORM; the SQL it sends is captured and replayed with node-postgres ${RUNS} times after 3 warm-ups (sqlRoundTrip, nearest-rank percentiles of client wall time); ` +
      'ticketQueryServiceList times the full service call (query + hydration + view mapping) over up to 20 runs. EXPLAIN (ANALYZE, BUFFERS) uses the same bound parameters (custom plan, as TypeORM sends unnamed statements). All buffers are warm (the dataset fits in RAM); cold-cache numbers would be higher.',
    dataset,
    queries: results,
    cursorIntegrity: integrity,
    findings,
    totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  });
});

/**
 * Walks INTEGRITY_PAGES pages (50 rows each) of the national newest-first list through the service,
 * starting just above the intake peak, and compares what a client sees with the true order.
 */
async function cursorIntegrity(client: import('pg').Client, service: TicketQueryService, actor: RequestActor) {
  const { rows: top } = await client.query<{ newest: Date; oldest: Date }>(
    `SELECT max(created_at) AS newest, min(created_at) AS oldest FROM tickets WHERE split_part(number, '-', 2)::int <= $1`,
    [BURST],
  );
  // Start cursor: 1 ms above the newest peak ticket, exact at millisecond precision.
  const startAt = new Date(top[0].newest.getTime() + 1).toISOString();
  const startId = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
  const seen: string[] = [];
  let cursor: string | undefined = encodeCursor([startAt, startId]);
  let pages = 0;
  for (; pages < INTEGRITY_PAGES && cursor; pages++) {
    const page = await service.list(actor, { cursor, limit: 50 });
    seen.push(...page.items.map((t) => t.id));
    cursor = page.nextCursor ?? undefined;
  }
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM tickets WHERE (created_at, id) < ($1::timestamptz, $2::uuid) ORDER BY created_at DESC, id DESC LIMIT $3`,
    [startAt, startId, seen.length],
  );
  const truth = rows.map((r) => r.id);
  const seenSet = new Set(seen);
  const skipped = truth.filter((id) => !seenSet.has(id)).length;
  return {
    scenario: `intake peak of ${BURST} tickets at ${BURST / BURST_SECONDS}/s (created_at spread over ${BURST_SECONDS} s, 45 days ago); a client pages through it newest-first with ?limit=50&cursor=…`,
    pagesWalked: pages,
    rowsSeen: seen.length,
    rowsSkipped: skipped,
    rowsDuplicated: seen.length - seenSet.size,
    skippedPerPageBoundary: Number((skipped / Math.max(1, pages - 1)).toFixed(3)),
    cause:
      'The cursor carries created_at as a JS Date ISO string (millisecond precision) while created_at is stored with microseconds; ' +
      'the next row, when it lies in the same millisecond as the last row of a page, satisfies created_at > cursor and is excluded by (created_at, id) < (cursor).',
  };
}

/** What bounds the work of a plan, in one sentence, or null when it is bounded by the page size. */
function diagnose(plan: string[], matchingTickets?: number): string | null {
  const text = plan.join('\n');
  const removed = [...text.matchAll(/Rows Removed by Filter: (\d+)/g)].reduce((a, m) => a + Number(m[1]), 0);
  const walk = /Index Scan Backward using ix_tickets_created on tickets t .*?rows=(\d+) loops=(\d+)/.exec(text);
  if (/Semi Join/.test(text) && walk) {
    return `walks ix_tickets_created newest-first and probes ticket_participants + org_units for each ticket until 51 match (${Number(walk[1]) * Number(walk[2])} tickets read${matchingTickets !== undefined ? ` for a subtree with ${matchingTickets} tickets` : ''})`;
  }
  if (/top-N heapsort|Sort Method: quicksort/.test(text) && !/Incremental Sort/.test(text)) {
    return `fetches and sorts every matching row${matchingTickets !== undefined ? ` (${matchingTickets} tickets)` : ''} to return 51`;
  }
  if (removed > 5000) return `reads and discards ${removed} rows by filter before it has 51`;
  return null;
}

function buildFindings(
  results: { name: string; sqlRoundTrip: Timing; explain: { plan: string[]; executionMs: number | null }; matchingTickets?: number }[],
  integrity: { rowsSkipped: number; rowsDuplicated: number; pagesWalked: number },
): string[] {
  const findings: string[] = [];
  const scopeNote =
    'Scope note: the department/city scope (EXISTS over ticket_participants JOIN org_units path LIKE) has no index that yields a subtree’s tickets in created_at order, so the planner picks between two unbounded plans: ' +
    '(a) semi-join from ix_participants_unit, then fetch and top-N sort every ticket the subtree ever took part in (cost ∝ subtree tickets), or ' +
    '(b) walk ix_tickets_created newest-first probing participants per ticket (cost ∝ all tickets / subtree tickets), chosen from an estimate of the subtree’s size that is often far off. ' +
    'Fix: copy tickets.created_at into ticket_participants (ticket_created_at, set when the row is written) and index (unit_id, ticket_created_at DESC, ticket_id DESC), ' +
    'then express the scope so each subtree unit contributes an ordered range (or at least so plan (a) reads only the newest rows per unit); without a schema change, materialising the subtree’s ticket ids first (plan a) at least removes the plan-(b) cliff.';
  const scopeFix = 'Cause and fix: see the scope note.';
  const scopeCases = [
    'department_scope_first_page',
    'city_scope_first_page',
    'big_city_scope_first_page',
    'department_scope_status_handling',
  ];
  const fixes: Record<string, string> = {
    ...Object.fromEntries(scopeCases.map((name) => [name, scopeFix])),
    national_owner_subtree_filter:
      'ownerUnitId becomes owner_unit_id IN (subtree units), served by ix_tickets_owner (owner_unit_id, status). Fix if it grows: an index (owner_unit_id, created_at DESC, id DESC) (could replace ix_tickets_owner).',
    provincial_status_handling: 'Fix: an index (province_id, status, created_at DESC, id DESC).',
    provincial_status_withdrawn: 'Fix: an index (province_id, status, created_at DESC, id DESC).',
    largest_province_status_reply: 'Fix: an index (province_id, status, created_at DESC, id DESC).',
    national_business_type_vip:
      'business_type and customer_tier are not indexed (cost ∝ 1 / selectivity of the filter). Fix if the filter is common: an index (business_type, created_at DESC, id DESC).',
  };
  const slow = results.filter((r) => r.sqlRoundTrip.p50Ms > SLOW_P50_MS);
  for (const r of slow) {
    const why = diagnose(r.explain.plan, r.matchingTickets);
    findings.push(
      `SLOW ${r.name}: p50 ${r.sqlRoundTrip.p50Ms} ms, p99 ${r.sqlRoundTrip.p99Ms} ms (EXPLAIN ANALYZE ${r.explain.executionMs} ms)${why ? `; the plan ${why}` : ''}. ${fixes[r.name] ?? 'See the plan.'}`,
    );
  }
  if (slow.length === 0)
    findings.push(`No list query has a p50 above ${SLOW_P50_MS} ms at ${TICKETS.toLocaleString('en')} tickets (warm cache).`);
  // Plans whose work is not bounded by the page size: they slow down as data grows.
  for (const r of results) {
    if (slow.includes(r)) continue;
    const why = diagnose(r.explain.plan, r.matchingTickets);
    if (why) findings.push(`Watch ${r.name}: p50 ${r.sqlRoundTrip.p50Ms} ms now, but the plan ${why}. ${fixes[r.name] ?? ''}`.trim());
  }
  if (findings.some((f) => f.includes(scopeFix))) findings.push(scopeNote);
  if (integrity.rowsSkipped > 0 || integrity.rowsDuplicated > 0) {
    findings.push(
      `BUG keyset cursor loses rows: paging ${integrity.pagesWalked} pages through an intake peak skipped ${integrity.rowsSkipped} tickets (repeated ${integrity.rowsDuplicated}). ` +
        'TicketQueryService.list encodes the cursor from a JS Date (millisecond precision) while created_at has microseconds, so a row in the same millisecond as a page’s last row is never returned. ' +
        'Fix in code, not with an index: carry created_at at full precision in the cursor (select it as text or epoch microseconds) or store created_at truncated to milliseconds.',
    );
  }
  return findings;
}
