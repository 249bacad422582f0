/**
 * `BENCH_VARIANT=burst npm run bench:timers` (→ bench/results/timers-burst.json) and
 * `BENCH_VARIANT=cliff npm run bench:timers` (→ bench/results/timers-cliff.json).
 *
 * Burst: 10,000 department-owned handling stages (one ticket each) share one warning instant; once
 * every warning is recorded their deadlines are set to one shared instant too, so the breach phase
 * (each breach escalates: supervisor, automatic supervision order, three events and outbox rows)
 * starts from an idle worker. Each phase is timed from its instant to the last commit (the first
 * poll, every 20 ms, that finds none of its instants unrecorded). Two paths through the same
 * service process, the shipped build of the commit:
 *   old  one job per deadline (`warn:<stage>:<gen>`), each recorded by its own transaction;
 *   new  the jobs as the service arms them now: one job per shared instant, drained in batches.
 * Three repetitions (new, then old, in each); medians reported; the result is rewritten after every run.
 *
 * Cliff: 50,000 such stages sharing one instant and TWO service processes (both run the worker),
 * new path only: exactly-once counts, each phase's drain rate and the lateness of the last escalation.
 *
 * The service runs the production configuration (NODE_ENV=production, APP_ROLE=all, LOG_LEVEL=info)
 * except SLA_RECONCILE_INTERVAL_SECONDS=3600: a reconciliation pass during an old-path phase would
 * record the remaining deadlines in batches and blur the comparison. Scratch database and Redis
 * prefix are removed at the end; hard limit BENCH_LIMIT_SECONDS (default 1500).
 */
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { AppConfig } from '../src/config/app-config';
import { SystemClock } from '../src/common/clock';
import { dropDatabase } from '../src/database/ensure-database';
import { prepareDatabase } from '../src/database/migrate';
import { SLA_QUEUE, TimerJobData, TimerKind, timerJobData, timerJobId } from '../src/sla/timers/sla-queue';
import { SlaTimerService, TimerToArm } from '../src/sla/timers/sla-timer.service';
import { gitCommit } from './git';
import { REDIS_URL, RunningService, buildService, dropRedisPrefix, startService } from './service';
import {
  connect,
  environment,
  insertEscalationTree,
  log,
  onCleanup,
  runBench,
  scratchDatabaseUrl,
  serverInfo,
  sleep,
  writeResult,
} from './support';
import { BENCH_MASKED_SQL, benchPii } from './pii';

type Path = 'old' | 'new';
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const VARIANT = process.env.BENCH_VARIANT === 'cliff' ? 'cliff' : 'burst';
const STAGES = num('BENCH_STAGES', VARIANT === 'cliff' ? 50_000 : 10_000);
const RUNS = num('BENCH_RUNS', VARIANT === 'cliff' ? 1 : 3);
const WORKERS = num('BENCH_WORKERS', VARIANT === 'cliff' ? 2 : 1);
const PATHS: Path[] = VARIANT === 'cliff' ? ['new'] : ['old', 'new'];
/** Seconds from arming to the shared instant: arming 10,000 jobs of the old path takes a few seconds here. */
const LEAD_S = num('BENCH_LEAD_SECONDS', VARIANT === 'cliff' ? 10 : 8);
/** Longest a phase may take before the run is reported as not drained. */
const PHASE_LIMIT_S = num('BENCH_PHASE_LIMIT_SECONDS', 240);
const POLL_MS = 20;
const GOALS = { warnPerSecond: 5000, breachPerSecond: 2000 };

interface Phase {
  kind: TimerKind;
  instant: string;
  armMs: number;
  armEndedBeforeInstantMs: number;
  jobsArmed: number;
  drained: boolean;
  /** From the instant to the first poll that found nothing of the phase unrecorded. */
  lastCommitMs: number | null;
  perSecond: number | null;
  /** Latest recorded instant (the writer's clock when it decided the last batch) minus the shared instant. */
  lastRecordedMs: number | null;
  firstRecordedMs: number | null;
  /** From the instant until the queue held none of the phase's jobs (waiting, delayed or active). */
  queueEmptyMs: number | null;
  cpu: { serviceCores: number | null; machineBusyCores: number };
}

interface Run {
  run: number;
  path: Path;
  loadavgAtStart: number;
  stages: number;
  warn: Phase;
  breach: Phase;
  exactlyOnce: Record<string, number | boolean>;
}

runBench(`timers:${VARIANT}`, num('BENCH_LIMIT_SECONDS', 1500), async () => {
  const started = Date.now();
  // The commit the service was compiled from, taken now: the tree may move while the benchmark runs.
  const commit = gitCommit(process.env.BENCH_WORKTREE === '1');
  const pid = process.pid;
  const url = scratchDatabaseUrl(`wo_bench_${VARIANT}_${pid}`);
  const prefix = `wobench_${VARIANT}_${pid}`;
  onCleanup(async () => log(`deleted ${await dropRedisPrefix(`${prefix}:`)} Redis keys under ${prefix}:`));
  onCleanup(() => dropDatabase(url));
  await prepareDatabase(url);
  const db = await connect(url);
  onCleanup(() => db.end());
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 3 });
  onCleanup(() => redis.disconnect());

  await insertEscalationTree(db);

  const dist = buildService();
  const services: RunningService[] = [];
  for (let i = 0; i < WORKERS; i++) {
    services.push(
      await startService({
        dist,
        databaseUrl: url,
        redisPrefix: prefix,
        port: 39461 + 2 * i,
        env: { WORKER_PORT: String(39462 + 2 * i), SLA_RECONCILE_INTERVAL_SECONDS: '3600' },
      }),
    );
  }
  const queue = new Queue<TimerJobData>(SLA_QUEUE, { connection: { url: REDIS_URL }, prefix });
  onCleanup(() => queue.close());
  const clock = new SystemClock();
  // The arming code the service runs (after a commit, and in the reconciler), on this process's connection.
  const timers = new SlaTimerService(queue, { SLA_ARM_HORIZON_SECONDS: 3600 } as AppConfig, clock, redis);

  const runs: Run[] = [];
  const pg = await serverInfo(db);
  const report = async (complete: boolean) => {
    const median = (xs: (number | null)[]) => {
      const v = xs.filter((x): x is number => x !== null).sort((p, q) => p - q);
      return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
    };
    const medians = Object.fromEntries(
      PATHS.map((p) => {
        const mine = runs.filter((r) => r.path === p);
        return [
          p,
          {
            runs: mine.length,
            warnPerSecond: median(mine.map((r) => r.warn.perSecond)),
            breachPerSecond: median(mine.map((r) => r.breach.perSecond)),
            warnLastCommitMs: median(mine.map((r) => r.warn.lastCommitMs)),
            breachLastCommitMs: median(mine.map((r) => r.breach.lastCommitMs)),
            warnQueueEmptyMs: median(mine.map((r) => r.warn.queueEmptyMs)),
            breachQueueEmptyMs: median(mine.map((r) => r.breach.queueEmptyMs)),
          },
        ];
      }),
    ) as Partial<Record<Path, Record<string, number | null>>>;
    const allOnce = runs.every((r) => r.exactlyOnce.ok === true);
    const fresh = medians.new ?? {};
    writeResult(`timers-${VARIANT}.json`, {
      benchmark: `sla-timers-${VARIANT}`,
      generatedAt: new Date().toISOString(),
      complete,
      command: `BENCH_VARIANT=${VARIANT} npm run bench:timers`,
      environment: { ...environment(), gitCommit: commit, postgres: pg },
      method:
        `${STAGES.toLocaleString('en')} department-owned handling stages (one ticket each) share one warning instant; when every warning is recorded ` +
        'their deadlines are set to one shared instant and the breach phase runs (each breach escalates). A phase is timed from its instant to the ' +
        `last commit (first ${POLL_MS} ms poll finding none of its instants unrecorded). ${WORKERS} service process(es) (NODE_ENV=production, APP_ROLE=all, ` +
        "LOG_LEVEL=info, SLA_RECONCILE_INTERVAL_SECONDS=3600), compiled from the commit. Jobs armed from this process with the service's own " +
        'SlaTimerService.arm (new: one job per shared instant, drained in batches of tickets claimed FOR UPDATE SKIP LOCKED), or as one job per ' +
        'deadline, each its own transaction (old, the jobs armed before). Each repetition runs the new path, then the old; the result is ' +
        'rewritten after every run (complete: false until all ran). Medians over the runs each path completed.',
      parameters: { variant: VARIANT, stages: STAGES, runs: RUNS, workers: WORKERS, paths: PATHS, leadSeconds: LEAD_S, pollMs: POLL_MS },
      goals: VARIANT === 'burst' ? GOALS : undefined,
      medians,
      met:
        VARIANT === 'burst'
          ? {
              warn: (fresh.warnPerSecond ?? 0) >= GOALS.warnPerSecond,
              breach: (fresh.breachPerSecond ?? 0) >= GOALS.breachPerSecond,
              exactlyOnce: allOnce,
            }
          : { exactlyOnce: allOnce },
      lastEscalationLatenessMs: VARIANT === 'cliff' ? runs.map((r) => r.breach.lastRecordedMs) : undefined,
      runs,
      outbox: complete ? await drainOutbox(db, 120_000) : await drainOutbox(db, 0),
      claimPlan: await claimPlan(db),
      totalSeconds: Math.round((Date.now() - started) / 1000),
    });
  };
  // Each repetition runs the new path, then the old: the new path's runs are short, so a run cut by the time limit leaves them measured.
  const schedule: { run: number; path: Path }[] = [];
  for (let run = 1; run <= RUNS; run++)
    for (const path of (['new', 'old'] as const).filter((p) => PATHS.includes(p))) schedule.push({ run, path });
  for (const { run, path } of schedule) {
    runs.push(await measure(db, queue, timers, services, run, path));
    await report(runs.length === schedule.length);
  }
});

async function measure(
  db: Client,
  queue: Queue<TimerJobData>,
  timers: SlaTimerService,
  services: RunningService[],
  run: number,
  path: Path,
): Promise<Run> {
  const tag = `R${run}${path}`;
  const loadavgAtStart = Number(loadavg()[0].toFixed(2));
  log(`run ${run} ${path}: inserting ${STAGES} tickets and stages`);
  const pii = await benchPii(db);
  const { rows } = await db.query<{ id: string; gen: number }>(
    `WITH t AS (
       INSERT INTO tickets (number, kind, level, customer_tier, status, channel, intake_hash, province_id, review_unit_id, owner_unit_id,
         dispatcher_unit_id, lead_unit_id, handling_round, ever_dispatched, customer_name_enc, customer_phone_enc, customer_name_masked, customer_phone_masked, customer_phone_index, home_province, business_type,
         subject, description, contacted_at, filed_at, version)
       SELECT $2 || '-' || lpad(g::text, 6, '0'), 'complaint', 'general', 'normal', 'handling', 'hotline', md5($2 || g) || md5('h' || g),
              p.id, p.id, d.id, p.id, d.id, 1, true, $3::bytea, $4::bytea, ${BENCH_MASKED_SQL}, decode(md5('13' || lpad(g::text, 9, '0')), 'hex'), 'P1', 'broadband_fault',
              'bench ticket ' || g, 'timer burst ticket', now(), now(), 1
         FROM generate_series(1, $1::int) g,
              (SELECT id FROM org_units WHERE tier = 'provincial') p, (SELECT id FROM org_units WHERE tier = 'department') d
       RETURNING id, owner_unit_id, review_unit_id, created_at),
     parts AS (
       INSERT INTO ticket_participants (ticket_id, unit_id, role, ticket_created_at)
       SELECT id, review_unit_id, 'reviewer', created_at FROM t UNION ALL SELECT id, owner_unit_id, 'owner', created_at FROM t)
     INSERT INTO ticket_stages (ticket_id, kind, owner_unit_id, round, status, started_at, warn_at, due_at, deadline_gen, basis)
     SELECT id, 'handling', owner_unit_id, 1, 'open', now(), now() + interval '1 day', now() + interval '2 days', 1, $2 FROM t
     RETURNING id, deadline_gen AS gen`,
    [STAGES, tag, pii.name, pii.phone],
  );
  await db.query('ANALYZE tickets; ANALYZE ticket_stages');
  const ids = rows.map((r) => r.id);
  const warn = await phase(db, queue, timers, services, tag, path, 'warn', ids);
  const breach = warn.drained ? await phase(db, queue, timers, services, tag, path, 'breach', ids) : warn;
  const exactlyOnce = await checkOnce(db, tag);
  log(
    `run ${run} ${path}: warn ${warn.perSecond}/s (${warn.lastCommitMs} ms), breach ${breach.perSecond}/s (${breach.lastCommitMs} ms), once ${exactlyOnce.ok}`,
  );
  return { run, path, loadavgAtStart, stages: STAGES, warn, breach, exactlyOnce };
}

async function phase(
  db: Client,
  queue: Queue<TimerJobData>,
  timers: SlaTimerService,
  services: RunningService[],
  tag: string,
  path: Path,
  kind: TimerKind,
  ids: string[],
): Promise<Phase> {
  const [column, recorded] = kind === 'warn' ? ['warn_at', 'warned_at'] : ['due_at', 'breached_at'];
  const instant = new Date(Math.ceil((Date.now() + LEAD_S * 1000) / 1000) * 1000);
  await db.query(`UPDATE ticket_stages SET ${column} = $2 WHERE basis = $1`, [tag, instant]);
  const a0 = Date.now();
  let jobsArmed: number;
  if (path === 'new') {
    await timers.arm(ids.map((id): TimerToArm => ({ kind, stageId: id, gen: 1, at: instant })));
    jobsArmed = (await queue.getJobCounts('delayed', 'wait')).delayed;
  } else {
    for (let i = 0; i < ids.length; i += 2000) {
      await queue.addBulk(
        ids.slice(i, i + 2000).map((id) => ({
          name: kind,
          data: timerJobData('stage', id, 1),
          opts: {
            jobId: timerJobId(kind, id, 1),
            delay: Math.max(0, instant.getTime() - Date.now()),
            removeOnComplete: true,
            removeOnFail: { age: 7 * 86_400 },
            attempts: 5,
            backoff: { type: 'exponential', delay: 1000 },
          },
        })),
      );
    }
    jobsArmed = ids.length;
  }
  const armMs = Date.now() - a0;
  const armEndedBeforeInstantMs = instant.getTime() - Date.now();
  while (Date.now() < instant.getTime()) await sleep(5);
  const cpu0 = { service: services.map(serviceCpu), machine: machineCpu(), at: Date.now() };
  const deadline = instant.getTime() + PHASE_LIMIT_S * 1000;
  let lastCommitMs: number | null = null;
  while (Date.now() < deadline) {
    const left = await db.query(
      `SELECT 1 FROM ticket_stages WHERE status = 'open' AND ${recorded} IS NULL AND ${column} <= $1 AND basis = $2 LIMIT 1`,
      [instant, tag],
    );
    if (left.rowCount === 0) {
      lastCommitMs = Date.now() - instant.getTime();
      break;
    }
    await sleep(POLL_MS);
  }
  const cpu1 = { service: services.map(serviceCpu), machine: machineCpu(), at: Date.now() };
  let queueEmptyMs: number | null = null;
  while (lastCommitMs !== null && Date.now() < deadline) {
    const c = await queue.getJobCounts('delayed', 'wait', 'active', 'prioritized');
    if (c.delayed + c.wait + c.active + c.prioritized === 0) {
      queueEmptyMs = Date.now() - instant.getTime();
      break;
    }
    await sleep(POLL_MS);
  }
  const { rows } = await db.query<{ first: number | null; last: number | null }>(
    `SELECT extract(epoch FROM min(${recorded}) - $2::timestamptz) * 1000 AS first, extract(epoch FROM max(${recorded}) - $2::timestamptz) * 1000 AS last
       FROM ticket_stages WHERE basis = $1`,
    [tag, instant],
  );
  const secs = (cpu1.at - cpu0.at) / 1000;
  const serviceCores = cpu0.service.every((x) => x !== null)
    ? cpu1.service.reduce<number>((a, x, i) => a + (x! - cpu0.service[i]!), 0) / 100 / secs
    : null;
  const busy =
    ((cpu1.machine.total - cpu0.machine.total - (cpu1.machine.idle - cpu0.machine.idle)) / (cpu1.machine.total - cpu0.machine.total)) *
    cpus().length;
  const result: Phase = {
    kind,
    instant: instant.toISOString(),
    armMs,
    armEndedBeforeInstantMs,
    jobsArmed,
    drained: lastCommitMs !== null,
    lastCommitMs,
    perSecond: lastCommitMs !== null ? Math.round((STAGES * 1000) / Math.max(lastCommitMs, 1)) : null,
    firstRecordedMs: rows[0].first === null ? null : Math.round(Number(rows[0].first)),
    lastRecordedMs: rows[0].last === null ? null : Math.round(Number(rows[0].last)),
    queueEmptyMs,
    cpu: { serviceCores: serviceCores === null ? null : Number(serviceCores.toFixed(2)), machineBusyCores: Number(busy.toFixed(2)) },
  };
  log(`  ${tag} ${kind}: ${JSON.stringify(result)}`);
  // Let the outbox relay catch up before the next phase, so each phase starts from an idle service.
  await drainOutbox(db, 60_000);
  return result;
}

/** Each warning, breach, escalation, event, outbox row and supervision order of the run recorded once. */
async function checkOnce(db: Client, tag: string): Promise<Record<string, number | boolean>> {
  const { rows } = await db.query<Record<string, number>>(
    `WITH st AS (SELECT * FROM ticket_stages WHERE basis = $1),
          ev AS (SELECT e.* FROM ticket_events e JOIN st ON st.ticket_id = e.ticket_id),
          ob AS (SELECT o.* FROM outbox o JOIN st ON st.ticket_id = o.ticket_id),
          so AS (SELECT o.* FROM supervision_orders o JOIN st ON st.id = o.stage_id)
     SELECT (SELECT count(*) FROM st)::int AS stages,
            (SELECT count(*) FROM st WHERE warned_at IS NOT NULL)::int AS warned,
            (SELECT count(*) FROM st WHERE breached_at IS NOT NULL)::int AS breached,
            (SELECT count(*) FROM ev WHERE type = 'stage.warning')::int AS "warningEvents",
            (SELECT count(*) FROM ev WHERE type = 'stage.breached')::int AS "breachEvents",
            (SELECT count(*) FROM ev WHERE type = 'ticket.escalated')::int AS "escalationEvents",
            (SELECT count(*) FROM ev)::int AS events,
            (SELECT count(*) FROM (SELECT 1 FROM ev GROUP BY ticket_id, type HAVING count(*) > 1) x)::int AS "repeatedEventTypes",
            (SELECT count(*) FROM ob)::int AS "outboxRows",
            (SELECT count(*) FROM (SELECT 1 FROM ob GROUP BY ticket_id, event_type HAVING count(*) > 1) x)::int AS "repeatedOutboxTypes",
            (SELECT count(*) FROM so)::int AS "supervisionOrders",
            (SELECT count(*) FROM (SELECT 1 FROM so GROUP BY stage_id HAVING count(*) > 1) x)::int AS "repeatedOrders",
            (SELECT count(*) FROM ticket_participants p JOIN st ON st.ticket_id = p.ticket_id WHERE p.role = 'supervisor')::int AS supervisors,
            (SELECT count(*) FROM tickets t JOIN st ON st.ticket_id = t.id WHERE t.escalated)::int AS "escalatedTickets",
            (SELECT count(DISTINCT e.type) FROM ev e)::int AS "eventTypes"`,
    [tag],
  );
  const c = rows[0];
  const n = c.stages;
  const eventsPerTicket = c.events / n;
  const ok =
    c.warned === n &&
    c.breached === n &&
    c.warningEvents === n &&
    c.breachEvents === n &&
    c.escalationEvents === n &&
    c.repeatedEventTypes === 0 &&
    c.repeatedOutboxTypes === 0 &&
    c.outboxRows > 0 &&
    c.outboxRows % n === 0 &&
    c.supervisionOrders === n &&
    c.repeatedOrders === 0 &&
    c.supervisors === n &&
    c.escalatedTickets === n &&
    Number.isInteger(eventsPerTicket);
  return { ...c, eventsPerTicket, ok };
}

async function drainOutbox(db: Client, limitMs: number): Promise<{ unpublished: number; drained: boolean }> {
  const until = Date.now() + limitMs;
  for (;;) {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
    if (rows[0].n === 0 || Date.now() > until) return { unpublished: rows[0].n, drained: rows[0].n === 0 };
    await sleep(250);
  }
}

/** The drain's statements as the writer sends them (due read, claim among a batch of its ids), planned now. */
async function claimPlan(db: Client): Promise<Record<string, string[]>> {
  const plan = async (sql: string, params: unknown[]) =>
    (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)).rows.map((r) => r['QUERY PLAN']);
  const due = `SELECT s.ticket_id AS id FROM ticket_stages s WHERE s.status = 'open' AND s.breached_at IS NULL AND s.due_at <= $1
                UNION SELECT o.ticket_id FROM supervision_orders o WHERE o.status = 'open' AND o.breached_at IS NULL AND o.due_at <= $1
                ORDER BY 1 LIMIT 20000`;
  const ids = (await db.query<{ id: string }>('SELECT id FROM tickets ORDER BY id LIMIT 200')).rows.map((r) => r.id);
  return {
    dueRead: await plan(due, [new Date()]),
    claimAmong: await plan(
      `SELECT t.id FROM tickets t WHERE t.id = ANY ($3::uuid[])
          AND (EXISTS (SELECT 1 FROM ticket_stages s WHERE s.ticket_id = t.id AND s.status = 'open' AND s.breached_at IS NULL AND s.due_at <= $1)
               OR EXISTS (SELECT 1 FROM supervision_orders o WHERE o.ticket_id = t.id AND o.status = 'open' AND o.breached_at IS NULL AND o.due_at <= $1))
        ORDER BY t.id LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
      [new Date(), 200, ids],
    ),
  };
}

/** CPU ticks (user + system, 1/100 s) of a service process, from /proc. */
function serviceCpu(s: RunningService): number | null {
  try {
    const fields = readProc(`/proc/${s.pid}/stat`).split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

function machineCpu(): { total: number; idle: number } {
  const fields = readProc('/proc/stat').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), idle: fields[3] + (fields[4] ?? 0) };
}

function readProc(path: string): string {
  return readFileSync(path, 'utf8');
}
