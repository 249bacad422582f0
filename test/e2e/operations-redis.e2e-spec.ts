/**
 * Redis faults cost nothing visible: /metrics and timer-arming requests stay fast while a private
 * redis-server is hung (SIGSTOP) or dead, readiness stays up with a warning, and a worker re-arms
 * its timers as soon as Redis comes back empty or is flushed, not at its next (10-minute) pass.
 * Also: the worker's own health and metrics port, liveness vs readiness, and the queue dashboard.
 */
import { Queue } from 'bullmq';
import { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import request from 'supertest';
import { queueDashboardEnabled, validateEnv } from '../../src/config/app-config';
import { DrainState } from '../../src/health/drain-state';
import { deploymentKey } from '../../src/redis/deployment-marker';
import { instantJobId, SLA_QUEUE } from '../../src/sla/timers/sla-queue';
import { SlaTimerService } from '../../src/sla/timers/sla-timer.service';
import { spawnEntry, Spawned, waitForOutput } from '../support/entrypoint';
import { eventually, freePort, startRedis } from '../support/processes';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { reviewPolicy } from '../support/sla-firings';
import { intake, world, World } from '../support/tickets';

let redisPort: number;
let redisProc: ChildProcess;
let redisUrl: string;

beforeAll(async () => {
  redisPort = await freePort();
  redisProc = await startRedis(redisPort);
  redisUrl = `redis://127.0.0.1:${redisPort}`;
});
afterAll(() => {
  redisProc.kill('SIGCONT');
  redisProc.kill('SIGKILL');
});

async function restartRedis(): Promise<void> {
  if (redisProc.exitCode === null && redisProc.signalCode === null) {
    const gone = new Promise((r) => redisProc.once('exit', r));
    redisProc.kill('SIGKILL');
    await gone;
  }
  redisProc = await startRedis(redisPort);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

const gaugeLine = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));

describe('API process while Redis is hung or dead', () => {
  let t: TestApp;
  let w: World;
  const businessType = `ops_${process.pid}_${Date.now() % 100000}`;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: redisUrl, SLA_TIME_SCALE: '3600', NODE_ENV: 'test' });
    w = await world(t);
    await reviewPolicy(t, businessType, 600);
  });
  afterAll(() => t.close());

  const fileOne = () =>
    timed(() => request(t.http).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).send(intake(w.province.code, { businessType })));

  it('answers /metrics within 1 s and files (arming timers) within 500 ms, keeping the last known queue depths', async () => {
    await fileOne();
    const healthy = await fileOne();
    const before = await request(t.http).get('/metrics').expect(200);
    const delayed = gaugeLine(before.text, 'workorders_queue_jobs{queue="sla-timers",state="delayed"}');
    expect(delayed).toMatch(/ [1-9]\d*$/);
    expect(before.text).toContain('workorders_scrape_source_up{source="redis"} 1');

    const timers = t.app.get(SlaTimerService);
    const figures: string[] = [`healthy: filing ${healthy.ms.toFixed(0)} ms`];
    for (const fault of ['hung', 'dead'] as const) {
      redisProc.kill(fault === 'hung' ? 'SIGSTOP' : 'SIGKILL');
      if (fault === 'dead') await eventually(async () => (await request(t.http).get('/health')).status === 503, 10_000);
      const scrape = await timed(() => request(t.http).get('/metrics'));
      expect(scrape.value.status).toBe(200);
      expect(scrape.ms).toBeLessThan(1000);
      expect(gaugeLine(scrape.value.text, 'workorders_queue_jobs{queue="sla-timers",state="delayed"}')).toBe(delayed);
      expect(scrape.value.text).toContain('workorders_scrape_source_up{source="redis"} 0');
      const filing = await fileOne();
      expect(filing.value.status).toBe(201);
      expect(filing.ms).toBeLessThan(500);
      // Arming's own share of a request: nothing while the connection is down, its 20 ms budget while Redis hangs.
      const soon = new Date(Date.now() + 60_000);
      const arming = await timed(() => timers.armAfterCommit([{ id: randomUUID(), warnAt: soon, dueAt: soon, deadlineGen: 1 }]));
      expect(arming.ms).toBeLessThan(50);
      figures.push(`${fault}: /metrics ${scrape.ms.toFixed(0)} ms, filing ${filing.ms.toFixed(0)} ms, arming ${arming.ms.toFixed(1)} ms`);
      if (fault === 'hung') redisProc.kill('SIGCONT');
    }
    process.stdout.write(`Redis faults: ${figures.join('; ')}\n`);

    const ready = await request(t.http).get('/health/ready').expect(200);
    expect(ready.body.checks.redis.status).toBe('down');
    expect(ready.body.warnings.join(' ')).toMatch(/redis unavailable/);
    await request(t.http).get('/health/live').expect(200);
    await restartRedis();
    await eventually(async () => (await request(t.http).get('/health')).status === 200, 10_000);
  });

  it('serves the queue dashboard to national administrators only', async () => {
    const none = await request(t.http).get('/admin/queues');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Basic/);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    const staff = await request(t.http).get('/admin/queues').set(bearer(w.tokens.province));
    expect(staff.status).toBe(403);
    const page = await request(t.http).get('/admin/queues').set(bearer(t.admin)).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const basic = await request(t.http).get('/admin/queues/api/queues').auth('ops', t.admin).expect(200);
    expect(JSON.stringify(basic.body)).toContain(SLA_QUEUE);
  });

  it('fails readiness at once when the process starts draining, while liveness stays up', async () => {
    t.app.get(DrainState).start();
    const res = await request(t.http).get('/health/ready').expect(503);
    expect(res.body).toMatchObject({ code: 'NOT_READY', detail: 'shutting down' });
    await request(t.http).get('/health/live').expect(200);
  });
});

describe('queue dashboard switch', () => {
  it('is off by default in production and can be switched off anywhere', async () => {
    // The run's personal-data keys: production refuses the development ones.
    const { PII_MASTER_KEYS, PII_INDEX_KEY } = process.env;
    const prod = validateEnv({ NODE_ENV: 'production', PII_MASTER_KEYS, PII_INDEX_KEY });
    expect(queueDashboardEnabled(prod)).toBe(false);
    expect(
      queueDashboardEnabled(validateEnv({ NODE_ENV: 'production', PII_MASTER_KEYS, PII_INDEX_KEY, QUEUE_DASHBOARD_ENABLED: 'true' })),
    ).toBe(true);
    const t = await startTestApp({ REDIS_URL: redisUrl, QUEUE_DASHBOARD_ENABLED: 'false' });
    try {
      await request(t.http).get('/admin/queues').set(bearer(t.admin)).expect(404);
    } finally {
      await t.close();
    }
  });
});

describe('worker process', () => {
  let t: TestApp;
  let w: World;
  let worker: Spawned;
  let workerPort: number;
  const businessType = `opsw_${process.pid}_${Date.now() % 100000}`;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: redisUrl, SLA_TIME_SCALE: '3600', NODE_ENV: 'test' });
    w = await world(t);
    await reviewPolicy(t, businessType, 600);
    workerPort = await freePort();
    worker = spawnEntry('src/worker.ts', {
      REDIS_URL: redisUrl,
      WORKER_PORT: String(workerPort),
      SLA_TIME_SCALE: '3600',
      NODE_ENV: 'test',
      // Ten minutes: any re-arm seen within seconds comes from the Redis triggers, not the periodic pass.
      SLA_RECONCILE_INTERVAL_SECONDS: '600',
    });
    await waitForOutput(worker, 'work-order worker started');
  });
  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await t.close();
  });

  it('serves liveness, readiness, dependencies and metrics on WORKER_PORT', async () => {
    const base = `http://127.0.0.1:${workerPort}`;
    expect(worker.output().stdout).toContain(`health and metrics on http://0.0.0.0:${workerPort}`);
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { postgres: { status: 'up' }, redis: { status: 'up' } } });
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    for (const name of [
      'workorders_sla_warnings_total',
      'workorders_sla_breaches_total',
      'workorders_sla_firing_lag_seconds',
      'workorders_webhook_attempt_duration_seconds',
      'workorders_db_pool_connections{state="in_use"}',
      'workorders_db_pool_connections{state="waiting"}',
      'workorders_calendar_days_covered_ahead',
      'workorders_calendar_covered_until_timestamp_seconds',
    ]) {
      expect(metrics).toContain(name);
    }
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });

  it('re-arms at once when Redis comes back empty or is flushed', async () => {
    const queue = new Queue(SLA_QUEUE, {
      prefix: t.config.REDIS_PREFIX,
      connection: { host: '127.0.0.1', port: redisPort, maxRetriesPerRequest: null },
    });
    try {
      const filed = await request(t.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', w.apiKey)
        .send(intake(w.province.code, { businessType }))
        .expect(201);
      const openReviews = async () => {
        const res = await request(t.http).get(`/api/v1/tickets/${filed.body.id}/events`).set(bearer(w.tokens.national)).expect(200);
        return (res.body.stages as { id: string; kind: string; status: string; warnAt: string }[]).filter(
          (s) => s.kind === 'review' && s.status === 'open',
        );
      };
      const [review] = await openReviews();
      // Its warning is a job of its own, or (more than a second ahead) the job its instant shares.
      const sharedId = instantJobId('warn', new Date(review.warnAt));
      const armed = async () =>
        (await queue.getDelayed()).some(
          (j) => j?.name === 'warn' && (j.id === sharedId || (j.data as { stageId?: string }).stageId === review.id),
        );
      await eventually(armed, 5000);

      const t0 = Date.now();
      await restartRedis();
      await eventually(armed, 10_000, 100);
      const afterRestart = Date.now() - t0;

      const flusher = new Redis({ port: redisPort, host: '127.0.0.1' });
      await flusher.flushall();
      const t1 = Date.now();
      await eventually(armed, 10_000, 100);
      const afterFlush = Date.now() - t1;
      // The deployment's claim on its prefix went with the flush and was taken back.
      expect(await flusher.get(deploymentKey(t.config.REDIS_PREFIX))).toMatch(/\/wo_test_/);
      flusher.disconnect();
      process.stdout.write(`re-armed ${afterRestart} ms after an empty Redis restart, ${afterFlush} ms after FLUSHALL\n`);
    } finally {
      await queue.close();
    }
  });
});
