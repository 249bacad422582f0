/**
 * Filing throughput: the service (API + worker in one process, real Postgres and Redis, production
 * configuration) against a raw-`pg` floor doing the same durable writes in one transaction per filing,
 * at the same concurrency, in one run. The filing body, the seed and the floor's transaction are those
 * of the frozen reference harness (../shared/bench/filing-vs-floor.js); the goal is checked with it,
 * and when it is present its JSON line is recorded too, from a second, fresh service.
 *
 *   npm run bench:filing     → bench/results/filing.json
 *
 * Reported: service rps / p50 / p99 / non-2xx, floor rps / p50 / p99, ratio = service / floor, the
 * service's RSS every second, its CPU per filing, and whether the outbox was drained at the end.
 * Knobs: BENCH_SECONDS (20), BENCH_CONNECTIONS (32), BENCH_PRESTORED (tickets inserted before the run,
 * for the scale comparison), BENCH_FLOOR_SECONDS (the floor's run, default BENCH_SECONDS), BENCH_RESULT (file name),
 * BENCH_CPU_PROF (directory: node --cpu-prof), BENCH_NODE_ARGS (Node options of the service process, to compare),
 * BENCH_REFERENCE=0 to skip the reference harness.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { dropDatabase, ensureDatabase } from '../src/database/ensure-database';
import { gitCommit } from './git';
import { buildService, dropRedisPrefix, RunningService, startService } from './service';
import { connect, environment, log, onCleanup, runBench, scratchDatabaseUrl, serverInfo, sleep, summarize, writeResult } from './support';
import { BENCH_MASKED_SQL, benchPii } from './pii';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships no types; the signature used is declared here
const autocannon = require('autocannon') as (opts: object, cb: (err: Error | null, result: AutocannonResult) => void) => void;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  statusCodeStats: Record<string, { count: number }>;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PRESTORED = Number(process.env.BENCH_PRESTORED ?? 0);
const FLOOR_SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? SECONDS);
const RESULT = process.env.BENCH_RESULT ?? 'filing.json';
const REFERENCE = join(__dirname, '../../shared/bench/filing-vs-floor.js');
const RUN_REFERENCE = process.env.BENCH_REFERENCE !== '0' && existsSync(REFERENCE);
const DRAIN_LIMIT_MS = 60_000;

let seq = 0;
const tag = `${process.pid}`;
/** The reference harness's filing body. */
const body = (i: number) =>
  JSON.stringify({
    kind: 'complaint',
    externalRef: `perf-${tag}-${i}`,
    customerName: '王芳',
    customerPhone: String(13800000000 + i),
    customerTier: i % 10 ? 'normal' : 'vip',
    homeProvince: 'HA',
    businessType: 'mobile',
    natures: ['network_quality'],
    subject: '家中信号差',
    description: '家中室内手机信号弱，通话经常中断，已持续一周，要求尽快处理。'.repeat(3),
    contactedAt: new Date().toISOString(),
  });

async function call(svc: RunningService, method: string, path: string, payload?: unknown) {
  const r = await fetch(svc.base + path, {
    method,
    headers: { authorization: `Bearer ${svc.adminToken}`, 'content-type': 'application/json' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  const json = (await r.json()) as Record<string, string>;
  if (!r.ok) throw new Error(`${method} ${path} ${r.status} ${JSON.stringify(json)}`);
  return json;
}

/** The reference harness's org tree and channel system. */
async function seed(svc: RunningService): Promise<string> {
  const cn = await call(svc, 'POST', '/api/v1/org-units', { code: 'CN', name: '国家投诉中心', tier: 'national' });
  const ha = await call(svc, 'POST', '/api/v1/org-units', { code: 'HA', name: '河南省投诉处理中心', tier: 'provincial', parentId: cn.id });
  const zz = await call(svc, 'POST', '/api/v1/org-units', { code: 'HA-ZZ', name: '郑州市分公司', tier: 'city', parentId: ha.id });
  await call(svc, 'POST', '/api/v1/org-units', { code: 'HA-ZZ-NET', name: '郑州网络维护部', tier: 'department', parentId: zz.id });
  const { apiKey } = await call(svc, 'POST', '/api/v1/channel-systems', { name: 'perf hotline', channel: 'hotline', orgUnitId: ha.id });
  return apiKey;
}

function cannon(svc: RunningService, key: string, seconds: number): Promise<AutocannonResult> {
  let firstFailure = true;
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: `${svc.base}/api/v1/tickets`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        requests: [
          {
            method: 'POST',
            setupRequest: (r: object) => ({ ...r, body: body(seq++) }),
            onResponse: (status: number, b: string) => {
              if (status !== 201 && firstFailure) {
                firstFailure = false;
                log(`first non-201: ${status} ${String(b).slice(0, 300)}`);
              }
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    ),
  );
}

/** The reference harness's floor: the same durable writes, one transaction per filing, plain pg. */
async function floor(url: string, seconds: number): Promise<{ rps: number; p50Ms: number; p99Ms: number; filings: number }> {
  const pool = new Pool({ connectionString: url, max: CONNECTIONS });
  await pool.query(`CREATE TABLE IF NOT EXISTS f_tickets (id uuid primary key default gen_random_uuid(), number text unique, ext text unique, phone text, data jsonb, created_at timestamptz default now());
    CREATE INDEX IF NOT EXISTS f_t_phone ON f_tickets(phone, created_at); CREATE INDEX IF NOT EXISTS f_t_created ON f_tickets(created_at);
    CREATE TABLE IF NOT EXISTS f_events (ticket_id uuid, seq int, type text, data jsonb, at timestamptz default now(), primary key(ticket_id, seq));
    CREATE TABLE IF NOT EXISTS f_stages (id uuid primary key default gen_random_uuid(), ticket_id uuid, kind text, due_at timestamptz, warn_at timestamptz);
    CREATE INDEX IF NOT EXISTS f_s_due ON f_stages(due_at); CREATE INDEX IF NOT EXISTS f_s_t ON f_stages(ticket_id);
    CREATE TABLE IF NOT EXISTS f_participants (ticket_id uuid, unit text, role text, primary key(ticket_id, unit, role));
    CREATE TABLE IF NOT EXISTS f_outbox (id bigserial primary key, ticket_id uuid, type text, data jsonb);`);
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const c = await pool.connect();
      try {
        while (Date.now() < end) {
          const k = seq++;
          const t0 = performance.now();
          const d = body(k);
          await c.query('BEGIN');
          const {
            rows: [t],
          } = await c.query('INSERT INTO f_tickets(number, ext, phone, data) VALUES ($1,$2,$3,$4) RETURNING id', [
            `HA-${tag}-${k}`,
            `perf-${k}`,
            String(13800000000 + k),
            d,
          ]);
          await c.query(`SELECT id FROM f_tickets WHERE phone=$1 AND created_at > now() - interval '30 days' LIMIT 5`, [
            String(13800000000 + k),
          ]);
          await c.query('INSERT INTO f_events VALUES ($1,1,$2,$3)', [t.id, 'ticket.filed', d]);
          await c.query(
            `INSERT INTO f_stages(ticket_id, kind, due_at, warn_at) VALUES ($1,'review',now()+interval '4 h',now()+interval '216 min'),($1,'commitment',now()+interval '24 h',now()+interval '1296 min')`,
            [t.id],
          );
          await c.query(`INSERT INTO f_participants VALUES ($1,'HA','reviewer')`, [t.id]);
          await c.query(`INSERT INTO f_outbox(ticket_id, type, data) VALUES ($1,'ticket.filed',$2)`, [t.id, d]);
          await c.query('COMMIT');
          latencies.push(performance.now() - t0);
        }
      } finally {
        c.release();
      }
    }),
  );
  await pool.end();
  const t = summarize(latencies);
  return { rps: Math.round(latencies.length / seconds), p50Ms: t.p50Ms, p99Ms: t.p99Ms, filings: latencies.length };
}

/** Tickets of another province inserted directly, so the run files into a table that already holds them. */
async function prestore(url: string, n: number): Promise<number> {
  const c = await connect(url);
  try {
    const t0 = Date.now();
    await c.query('SET synchronous_commit = off');
    const {
      rows: [u],
    } = await c.query(
      `INSERT INTO org_units (code, name, tier, path, depth) VALUES ('XX', 'bench filler', 'provincial', '/', 1) RETURNING id`,
    );
    await c.query(`UPDATE org_units SET path = '/' || id || '/', province_id = id WHERE id = $1`, [u.id]);
    const pii = await benchPii(c);
    await c.query(
      `INSERT INTO tickets (number, kind, level, customer_tier, status, channel, intake_hash, province_id, review_unit_id, owner_unit_id,
         customer_name_enc, customer_phone_enc, customer_name_masked, customer_phone_masked, customer_phone_index, home_province, business_type, natures, subject, description, contacted_at, filed_at,
         commitment_due_at, version, created_at, updated_at, closed_at)
       SELECT 'XX-' || g, 'complaint', 'provincial', 'normal', 'closed', 'hotline', md5(g::text) || md5('x' || g), $1, $1, $1,
              $3::bytea, $4::bytea, ${BENCH_MASKED_SQL}, decode(md5('13' || lpad((g::bigint * 7919 % 1000000000)::text, 9, '0')), 'hex'), 'XX', 'mobile', ARRAY['network_quality'],
              'filler', 'filler ticket', ts, ts, ts + interval '3 days', 1, ts, ts, ts + interval '2 days'
         FROM (SELECT g, now() - random() * interval '365 days' AS ts FROM generate_series(1, $2::int) g) s`,
      [u.id, n, pii.name, pii.phone],
    );
    await c.query(
      `INSERT INTO ticket_stages (ticket_id, kind, owner_unit_id, status, started_at, warn_at, due_at, basis, completed_at)
       SELECT t.id, k, t.owner_unit_id, 'completed', t.filed_at, t.filed_at + interval '3 h', t.filed_at + interval '4 h', 'filler', t.filed_at + interval '1 h'
         FROM tickets t CROSS JOIN unnest(ARRAY['intake', 'commitment', 'review']) k WHERE t.number LIKE 'XX-%'`,
    );
    await c.query(
      `INSERT INTO ticket_events (ticket_id, seq, type, actor_kind, actor_id, at)
       SELECT id, 1, 'ticket.filed', 'system', 'filler', filed_at FROM tickets WHERE number LIKE 'XX-%'`,
    );
    await c.query(
      `INSERT INTO ticket_participants (ticket_id, unit_id, role, ticket_created_at)
       SELECT id, owner_unit_id, 'reviewer', created_at FROM tickets WHERE number LIKE 'XX-%'`,
    );
    await c.query('VACUUM (ANALYZE)');
    log(`pre-stored ${n} tickets in ${Date.now() - t0} ms`);
    return Date.now() - t0;
  } finally {
    await c.end();
  }
}

async function outboxBacklog(url: string): Promise<number> {
  const c = await connect(url);
  try {
    return Number((await c.query('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL')).rows[0].n);
  } finally {
    await c.end();
  }
}

async function waitDrained(url: string): Promise<{ drained: boolean; backlogAtEnd: number; drainMs: number; unpublished: number }> {
  const t0 = Date.now();
  const backlogAtEnd = await outboxBacklog(url);
  let unpublished = backlogAtEnd;
  while (unpublished > 0 && Date.now() - t0 < DRAIN_LIMIT_MS) {
    await sleep(250);
    unpublished = await outboxBacklog(url);
  }
  return { drained: unpublished === 0, backlogAtEnd, drainMs: Date.now() - t0, unpublished };
}

/** utime + stime of every process named `postgres` (the server and its backends), in ms. */
function postgresCpuMs(): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total;
}

function cpuMs(pid: number): number {
  // utime + stime in clock ticks (fields 14 and 15 of /proc/<pid>/stat), at 100 ticks a second.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

runBench('filing', 2 * SECONDS + 600, async () => {
  const started = Date.now();
  const atStart = environment();
  // The commit built now, not the one checked out when the run ends (a long run outlives commits).
  const commit = gitCommit(process.env.BENCH_WORKTREE === '1');
  const dist = process.env.BENCH_DIST ?? buildService();
  const scratch = async (name: string) => {
    const url = scratchDatabaseUrl(`bench_filing_${name}_${process.pid}`);
    onCleanup(() => dropDatabase(url));
    await ensureDatabase(url);
    return url;
  };
  const prefix = (name: string) => {
    const p = `wobench_filing_${name}_${process.pid}`;
    onCleanup(async () => void (await dropRedisPrefix(`${p}:`)));
    return p;
  };

  // 1. Own measurement: service, then floor, same concurrency, same body.
  const dbUrl = await scratch('svc');
  const floorUrl = await scratch('floor');
  const profileDir = process.env.BENCH_CPU_PROF;
  const svc = await startService({
    dist,
    databaseUrl: dbUrl,
    redisPrefix: prefix('svc'),
    port: 3900 + (process.pid % 50),
    nodeArgs: [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ],
  });
  const prestoreMs = PRESTORED > 0 ? await prestore(dbUrl, PRESTORED) : 0;
  const key = await seed(svc);
  const rss: { t: number; mb: number }[] = [];
  const sampler = setInterval(() => rss.push({ t: Math.round((Date.now() - started) / 1000), mb: svc.rssMb() }), 1000);
  onCleanup(() => clearInterval(sampler));
  log('warm-up 5 s');
  await cannon(svc, key, 5);
  const cpu0 = cpuMs(svc.pid);
  const pgCpu0 = postgresCpuMs();
  const client0 = process.cpuUsage();
  log(`service ${SECONDS} s at ${CONNECTIONS} connections`);
  const s = await cannon(svc, key, SECONDS);
  const filings = Math.max(1, s.requests.total);
  const cpuPerFiling = (cpuMs(svc.pid) - cpu0) / filings;
  const postgresCpuPerFiling = (postgresCpuMs() - pgCpu0) / filings;
  const client = process.cpuUsage(client0);
  const clientCpuPerFiling = (client.user + client.system) / 1000 / filings;
  const drain = await waitDrained(dbUrl);
  log(
    `service ${s.requests.average} rps, p50 ${s.latency.p50} ms, p99 ${s.latency.p99} ms, non-2xx ${s.non2xx}; outbox drained ${drain.drained}`,
  );
  clearInterval(sampler);
  const c = await connect(dbUrl);
  const pg = await serverInfo(c);
  const stored = Number((await c.query('SELECT count(*) AS n FROM tickets')).rows[0].n);
  await c.end();
  await svc.stop();
  log(`floor ${FLOOR_SECONDS} s at ${CONNECTIONS} connections`);
  const f = await floor(floorUrl, FLOOR_SECONDS);
  log(`floor ${f.rps} rps, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms`);

  // 2. The reference harness against a fresh service (it seeds the same org codes).
  let reference: unknown = null;
  if (RUN_REFERENCE && PRESTORED === 0 && !profileDir) {
    const refDb = await scratch('ref');
    const refFloor = await scratch('reffloor');
    const ref = await startService({ dist, databaseUrl: refDb, redisPrefix: prefix('ref'), port: 3950 + (process.pid % 50) });
    log('reference harness…');
    const out = spawnSync(process.execPath, [REFERENCE], {
      cwd: join(__dirname, '..'),
      env: {
        ...process.env,
        BASE: ref.base,
        ADMIN_TOKEN: ref.adminToken,
        FLOOR_DB: refFloor,
        SECS: String(SECONDS),
        CONN: String(CONNECTIONS),
      },
      encoding: 'utf8',
      timeout: (SECONDS * 3 + 60) * 1000,
    });
    const line = out.stdout.trim().split('\n').pop() ?? '';
    try {
      reference = { ...JSON.parse(line), outbox: await waitDrained(refDb) };
    } catch {
      reference = { failed: true, stdout: out.stdout.slice(-500), stderr: out.stderr.slice(-500) };
    }
    log(`reference: ${JSON.stringify(reference)}`);
    await ref.stop();
  }

  const rssMb = rss.map((r) => r.mb).filter((m) => !Number.isNaN(m));
  const ratio = Number((s.requests.average / f.rps).toFixed(3));
  writeResult(RESULT, {
    benchmark: 'filing',
    generatedAt: new Date().toISOString(),
    environment: {
      ...atStart,
      loadavgAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
      gitCommit: commit,
      postgres: pg,
    },
    configuration:
      'NODE_ENV=production APP_ROLE=all LOG_LEVEL=info, THROTTLE_LIMIT/THROTTLE_ADDRESS_LIMIT raised; one service process (API + worker)',
    method:
      `autocannon, ${CONNECTIONS} connections, ${SECONDS} s after a 5 s warm-up, POST /api/v1/tickets with the reference harness's body (unique externalRef and phone per filing) as a channel system; ` +
      `then the floor (plain pg, ${CONNECTIONS} clients, the reference harness's transaction) for ${FLOOR_SECONDS} s on its own scratch database; the service is stopped while the floor runs. ` +
      'cpuMsPerFiling: utime+stime of the service process over the measured run / filings; postgresCpuMsPerFiling: the same for every process named postgres; clientCpuMsPerFiling: the benchmark process (autocannon). outbox: unpublished rows at the end of the run, then polled until 0 (limit 60 s). ' +
      'reference: the JSON line of ../shared/bench/filing-vs-floor.js run against a second, fresh service in the same run.',
    connections: CONNECTIONS,
    seconds: SECONDS,
    ticketsStoredBefore: PRESTORED,
    ticketsStoredAfter: stored,
    prestoreMs,
    service: {
      rps: s.requests.average,
      p50Ms: s.latency.p50,
      p99Ms: s.latency.p99,
      non2xx: s.non2xx,
      errors: s.errors,
      total: s.requests.total,
      codes: s.statusCodeStats,
      cpuMsPerFiling: Number(cpuPerFiling.toFixed(2)),
      postgresCpuMsPerFiling: Number(postgresCpuPerFiling.toFixed(2)),
      clientCpuMsPerFiling: Number(clientCpuPerFiling.toFixed(2)),
    },
    floor: f,
    ratio,
    goals: { ratio: ratio >= 0.5, p99: s.latency.p99 <= 50, non2xx: s.non2xx === 0 },
    outbox: drain,
    rss: { startMb: rssMb[0], maxMb: Math.max(...rssMb), endMb: rssMb[rssMb.length - 1], samples: rss },
    reference,
    totalSeconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  });
});
