/**
 * `npm run bench:firing`: throughput of SlaFiringService.fire itself (no queue in the way).
 * N handling stages owned by a department, all past their warning and deadline, are fired by 16
 * concurrent callers (the processor's concurrency): each warning records one event + outbox row,
 * each breach escalates (supervision order, supervisor participant, three events + outbox rows).
 * Then as many again through the reconciler's batched path (fireDue), reported under `batched`.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { validateEnv } from '../src/config/app-config';
import { dropDatabase } from '../src/database/ensure-database';
import { prepareDatabase } from '../src/database/migrate';
import { SlaFiringService } from '../src/sla/timers/sla-firing.service';
import { connect, environment, log, onCleanup, runBench, scratchDatabaseUrl, serverInfo, writeResult } from './support';
import { BENCH_MASKED_SQL, benchPii } from './pii';

const STAGES = Number(process.env.BENCH_STAGES ?? 3000);
const CONCURRENCY = 16;
const BATCH = 200;

runBench('firing', 300, async () => {
  const url = scratchDatabaseUrl(`wo_bench_firing_${process.pid}`);
  await prepareDatabase(url);
  onCleanup(() => dropDatabase(url));
  const db = await connect(url);
  onCleanup(() => db.end());

  const prefix = `wobench_firing_${process.pid}`;
  const config = validateEnv({
    ...process.env,
    DATABASE_URL: url,
    APP_ROLE: 'worker',
    LOG_LEVEL: 'silent',
    REDIS_PREFIX: prefix,
    SLA_RECONCILE_INTERVAL_SECONDS: '3600',
    WEBHOOK_RELAY_INTERVAL_MS: '3600000',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, 'worker'), { logger: false });
  onCleanup(() => app.close());
  const firing = app.get(SlaFiringService);
  // The worker's bootstrap reconciler pass runs now, on an empty database, so it fires none of the
  // stages below: the measurement is of fire() alone (the reconciler's interval is an hour).
  await new Promise((r) => setTimeout(r, 500));

  const unit = async (code: string, tier: string, parent: { id: string; path: string } | null) => {
    const [row] = (
      await db.query(
        `INSERT INTO org_units (id, code, name, tier, parent_id, path, depth, calendar_id)
         SELECT g.id, $1, $1, $2, $3::uuid, coalesce($4, '/') || g.id || '/', $5, 'cn' FROM (SELECT gen_random_uuid() AS id) g
         RETURNING id, path`,
        [code, tier, parent?.id ?? null, parent?.path ?? null, parent ? parent.path.split('/').length - 2 : 0],
      )
    ).rows as { id: string; path: string }[];
    return row;
  };
  const national = await unit('N', 'national', null);
  const province = await unit('P', 'provincial', national);
  await db.query('UPDATE org_units SET province_id = $1 WHERE id = $1', [province.id]);
  const dept = await unit('P-D', 'department', province);
  const pii = await benchPii(db);
  /** Tickets numbered `${prefix}-n`, each with one overdue handling stage owned by the department. */
  const seed = async (numberPrefix: string) => {
    await db.query(
      `WITH t AS (
         INSERT INTO tickets (version, number, kind, level, customer_tier, status, channel, intake_hash, province_id, review_unit_id,
                              owner_unit_id, customer_name_enc, customer_phone_enc, customer_name_masked, customer_phone_masked, customer_phone_index, home_province, business_type, subject, description, contacted_at, filed_at)
         SELECT 1, $4 || g, 'complaint', 'provincial', 'normal', 'handling', 'hotline', repeat('a', 64), $1, $1, $2,
                $5::bytea, $6::bytea, ${BENCH_MASKED_SQL}, decode(md5($4 || g), 'hex'), 'P', 'mobile', 's', 'd', now(), now()
           FROM generate_series(1, $3) g
         RETURNING id)
       INSERT INTO ticket_stages (ticket_id, kind, owner_unit_id, round, status, started_at, warn_at, due_at, deadline_gen, basis)
       SELECT id, 'handling', $2, 1, 'open', now() - interval '2 hours', now() - interval '1 hour', now() - interval '1 minute', 1, 'bench'
         FROM t`,
      [province.id, dept.id, STAGES, numberPrefix, pii.name, pii.phone],
    );
  };
  await seed('P-');
  const stageIds = (await db.query('SELECT id FROM ticket_stages')).rows.map((r: { id: string }) => r.id);

  log(`firing ${stageIds.length} warnings and ${stageIds.length} breaches with ${CONCURRENCY} callers`);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let next = 0;
  let fired = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < stageIds.length) {
        const id = stageIds[next++];
        if ((await firing.fire('warn', id, 1)) === 'fired') fired++;
        if ((await firing.fire('breach', id, 1)) === 'fired') fired++;
      }
    }),
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const counts = (
    await db.query(
      `SELECT count(*) FILTER (WHERE warned_at IS NOT NULL)::int AS warned, count(*) FILTER (WHERE breached_at IS NOT NULL)::int AS breached,
              (SELECT count(*)::int FROM ticket_events) AS events, (SELECT count(*)::int FROM supervision_orders) AS orders
         FROM ticket_stages`,
    )
  ).rows[0];
  // The reconciler's path: one caller claiming tickets in batches (SKIP LOCKED), recording all their due stages per transaction.
  await seed('Q-');
  log(`recording ${STAGES} warnings and ${STAGES} breaches in batches of ${BATCH} tickets`);
  const batchCpu0 = process.cpuUsage();
  const b0 = process.hrtime.bigint();
  const batchFired = (await firing.fireDue('warn', BATCH)) + (await firing.fireDue('breach', BATCH));
  const batchMs = Number(process.hrtime.bigint() - b0) / 1e6;
  const batchCpu = process.cpuUsage(batchCpu0);
  const batchCounts = (
    await db.query(
      `SELECT count(*) FILTER (WHERE s.warned_at IS NOT NULL)::int AS warned, count(*) FILTER (WHERE s.breached_at IS NOT NULL)::int AS breached
         FROM ticket_stages s JOIN tickets t ON t.id = s.ticket_id WHERE t.number LIKE 'Q-%'`,
    )
  ).rows[0];
  writeResult('firing.json', {
    benchmark: 'sla-firing',
    generatedAt: new Date().toISOString(),
    environment: { ...environment(), postgres: await serverInfo(db) },
    method: `${STAGES} overdue department-owned handling stages; ${CONCURRENCY} concurrent callers run fire('warn') then fire('breach') per stage against the real database (no queue). Each firing is one transaction.`,
    firingsAttempted: 2 * stageIds.length,
    firedByThisRun: fired,
    recorded: counts,
    wallMs: Math.round(ms),
    firingsPerSecond: Math.round((fired * 1000) / ms),
    nodeCpuMsPerFiring: +((cpu.user + cpu.system) / 1000 / Math.max(fired, 1)).toFixed(2),
    batched: {
      method: `${STAGES} more such stages recorded by fireDue('warn') then fireDue('breach'), the reconciler's path: one caller, ${BATCH} tickets claimed per transaction.`,
      fired: batchFired,
      recorded: batchCounts,
      wallMs: Math.round(batchMs),
      firingsPerSecond: Math.round((batchFired * 1000) / batchMs),
      nodeCpuMsPerFiring: +((batchCpu.user + batchCpu.system) / 1000 / Math.max(batchFired, 1)).toFixed(2),
    },
  });
});
