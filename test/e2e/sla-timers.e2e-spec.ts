/**
 * Real BullMQ timers on real Postgres and Redis with short real deadlines: SLA_TIME_SCALE=3600
 * makes one policy hour last one second, so a 10 h handling limit is a 10 s stage.
 */
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { validateEnv } from '../../src/config/app-config';
import { eventually, freePort, pause, startRedis, startWorkerProcess } from '../support/processes';
import { shortStagePolicy } from '../support/sla-policies';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { events, intake, op, world, World } from '../support/tickets';

const TOLERANCE_MS = 500;

interface Stage {
  id: string;
  kind: string;
  status: string;
  ownerUnitId: string;
  startedAt: string;
  warnAt: string;
  dueAt: string;
  warnedAt: string | null;
  breachedAt: string | null;
}

let redisProc: ChildProcess;
let redisUrl: string;
const env = () => ({ REDIS_URL: redisUrl, SLA_TIME_SCALE: '3600', SLA_RECONCILE_INTERVAL_SECONDS: '1', NODE_ENV: 'test' });

beforeAll(async () => {
  const port = await freePort();
  redisProc = await startRedis(port);
  redisUrl = `redis://127.0.0.1:${port}`;
});
afterAll(() => {
  redisProc.kill('SIGKILL');
});

/** A policy for `businessType` with a 10 h (10 s) limit on one stage and very long ones elsewhere. */
const probePolicy = (t: TestApp, businessType: string, stage: 'handling' | 'review') =>
  shortStagePolicy(t, businessType, stage, 10, { kind: 'complaint', level: 'provincial', customerTier: 'normal' });

async function stagesOf(t: TestApp, id: string): Promise<Stage[]> {
  return (await events(t, id)).stages as unknown as Stage[];
}

async function openHandling(t: TestApp, w: World, businessType: string): Promise<{ id: string; stage: Stage }> {
  const res = await request(t.http)
    .post('/api/v1/tickets')
    .set('X-Api-Key', w.apiKey)
    .send(intake(w.province.code, { businessType }))
    .expect(201);
  await op(t, w.tokens.province, res.body.id, 'dispatch', { targetUnitId: w.dept.id });
  await op(t, w.tokens.dept, res.body.id, 'sign');
  const stage = (await stagesOf(t, res.body.id)).find((s) => s.kind === 'handling' && s.status === 'open')!;
  return { id: res.body.id, stage };
}

const ms = (a: string, b: string) => new Date(a).getTime() - new Date(b).getTime();

/** Events of `type` about the stage itself (an order's own escalation names the order, and its stage too). */
async function countEvents(t: TestApp, id: string, type: string, stageId: string): Promise<number> {
  return (await events(t, id)).events.filter((e) => e.type === type && e.data.stageId === stageId && !e.data.supervisionOrderId).length;
}

/**
 * Waits until every stage breached, then lets any duplicate or late job run (1.5 s) before checking
 * that each stage has exactly one warning and one breach record.
 */
async function expectEachFiredOnce(t: TestApp, opened: { id: string; stage: Stage }[], timeoutMs: number): Promise<void> {
  for (const { id, stage } of opened) {
    await eventually(async () => (await stagesOf(t, id)).find((x) => x.id === stage.id)!.breachedAt, timeoutMs);
  }
  await pause(1500);
  for (const { id, stage } of opened) {
    expect(await countEvents(t, id, 'stage.warning', stage.id)).toBe(1);
    expect(await countEvents(t, id, 'stage.breached', stage.id)).toBe(1);
  }
}

describe('SLA timers in one process (api + worker)', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp({ ...env(), APP_ROLE: 'all' });
    w = await world(t);
    await probePolicy(t, 'probe_handling', 'handling');
    await probePolicy(t, 'probe_review', 'review');
  });
  afterAll(() => t.close());

  it('warns at 90 %, breaches on time and escalates; an early completion fires nothing; an extension re-arms', async () => {
    const [plain, early, extended] = await Promise.all([
      openHandling(t, w, 'probe_handling'),
      openHandling(t, w, 'probe_handling'),
      openHandling(t, w, 'probe_handling'),
    ]);
    const reviewTicket = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { businessType: 'probe_review' }))
      .expect(201);

    // Complete one stage at 5 s.
    await pause(5000 - (Date.now() - new Date(early.stage.startedAt).getTime()));
    await op(t, w.tokens.dept, early.id, 'feedback', { result: 'done early' });

    // Extend another at ~8 s to start + 20 s.
    await pause(7500 - (Date.now() - new Date(extended.stage.startedAt).getTime()));
    const newDue = new Date(new Date(extended.stage.startedAt).getTime() + 20_000).toISOString();
    await op(t, w.tokens.dept, extended.id, 'extensions', { requestedDueAt: newDue, reason: '需要厂家配合' });
    await op(t, w.tokens.province, extended.id, 'extensions/approve', {});

    const breached = await eventually(async () => {
      const s = (await stagesOf(t, plain.id)).find((x) => x.id === plain.stage.id)!;
      return s.breachedAt ? s : null;
    }, 15_000);
    expect(Math.abs(ms(breached.warnedAt!, breached.startedAt) - 9000)).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(Math.abs(ms(breached.breachedAt!, breached.startedAt) - 10_000)).toBeLessThanOrEqual(TOLERANCE_MS);

    const h = await events(t, plain.id);
    const escalation = h.events.find((e) => e.type === 'ticket.escalated')!;
    expect(escalation.data).toMatchObject({ fromUnitId: w.dept.id, toUnitId: w.province.id, toTier: 'provincial' });
    const supervision = h.events.find((e) => e.type === 'supervision.issued')!;
    expect(supervision.data).toMatchObject({ fromUnitId: w.province.id, toUnitId: w.dept.id, automatic: true });
    const ticket = await request(t.http).get(`/api/v1/tickets/${plain.id}`).set(bearer(w.tokens.province)).expect(200);
    expect(ticket.body.escalated).toBe(true);
    expect(ticket.body.ownerUnitId).toBe(w.dept.id);

    // The breached stage is in the provincial centre's overdue queue, with the automatic supervision order.
    const overdue = await request(t.http)
      .get(`/api/v1/supervision/overdue?unitId=${w.province.id}&limit=500`)
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(overdue.body.items.map((i: { stageId: string }) => i.stageId)).toContain(plain.stage.id);
    const orders = await request(t.http)
      .get(`/api/v1/supervision/orders?unitId=${w.province.id}&limit=500`)
      .set(bearer(w.tokens.province))
      .expect(200);
    expect(orders.body.items.find((o: { stageId: string }) => o.stageId === plain.stage.id)).toMatchObject({
      issuerUnitId: w.province.id,
      targetUnitId: w.dept.id,
      automatic: true,
    });
    const otherProvince = await world(t);
    await request(t.http).get(`/api/v1/supervision/overdue?unitId=${w.province.id}`).set(bearer(otherProvince.tokens.province)).expect(404);

    // A review stage owned by the provincial centre escalates to the national centre.
    const reviewStage = await eventually(async () => {
      const s = (await stagesOf(t, reviewTicket.body.id)).find((x) => x.kind === 'review')!;
      return s.breachedAt ? s : null;
    }, 15_000);
    expect(Math.abs(ms(reviewStage.breachedAt!, reviewStage.startedAt) - 10_000)).toBeLessThanOrEqual(TOLERANCE_MS);
    const reviewEvents = await events(t, reviewTicket.body.id);
    expect(reviewEvents.events.find((e) => e.type === 'ticket.escalated')!.data).toMatchObject({
      toUnitId: w.national.id,
      toTier: 'national',
    });

    // The extended stage: nothing at the old deadline, warning at 90 % of 20 s and breach at 20 s.
    const atOldDeadline = (await stagesOf(t, extended.id)).find((x) => x.id === extended.stage.id)!;
    expect(atOldDeadline.breachedAt).toBeNull();
    const ext = await eventually(async () => {
      const s = (await stagesOf(t, extended.id)).find((x) => x.id === extended.stage.id)!;
      return s.breachedAt ? s : null;
    }, 15_000);
    expect(Math.abs(ms(ext.warnedAt!, ext.startedAt) - 18_000)).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(Math.abs(ms(ext.breachedAt!, ext.startedAt) - 20_000)).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(await countEvents(t, extended.id, 'stage.warning', extended.stage.id)).toBe(1);
    expect(await countEvents(t, extended.id, 'stage.breached', extended.stage.id)).toBe(1);

    // The stage completed at 5 s never fired, even well past its deadline.
    const done = (await stagesOf(t, early.id)).find((x) => x.id === early.stage.id)!;
    expect(done.status).toBe('completed');
    expect(done.warnedAt).toBeNull();
    expect(done.breachedAt).toBeNull();
    expect((await events(t, early.id)).events.filter((e) => e.type.startsWith('stage.'))).toHaveLength(0);
  }, 60_000);

  it('restores timers after FLUSHALL and fires each once', async () => {
    const opened = await Promise.all([1, 2, 3].map(() => openHandling(t, w, 'probe_handling')));
    const redis = new Redis(redisUrl);
    await redis.flushall();
    redis.disconnect();
    await expectEachFiredOnce(t, opened, 20_000);
  }, 60_000);
});

describe('SLA timers across worker processes', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp({ ...env(), APP_ROLE: 'api' });
    w = await world(t);
  });
  afterAll(() => t.close());

  it('fires every warning and breach once after the worker is SIGKILLed and restarted', async () => {
    const workerEnv = { ...env(), DATABASE_URL: t.config.DATABASE_URL, REDIS_PREFIX: t.config.REDIS_PREFIX, LOG_LEVEL: 'silent' };
    let worker = await startWorkerProcess(workerEnv);
    const opened = await Promise.all([1, 2, 3, 4].map(() => openHandling(t, w, 'probe_handling')));
    await pause(2000);
    worker.kill('SIGKILL');
    worker = await startWorkerProcess(workerEnv);
    try {
      await expectEachFiredOnce(t, opened, 30_000);
    } finally {
      worker.kill('SIGKILL');
    }
  }, 120_000);

  it('records exactly one warning and one breach per stage with two workers running', async () => {
    const config = validateEnv({ ...process.env, ...env(), APP_ROLE: 'worker', LOG_LEVEL: 'silent' });
    const workers: INestApplicationContext[] = [];
    for (let i = 0; i < 2; i++)
      workers.push(await NestFactory.createApplicationContext(AppModule.forRoot(config, 'worker'), { logger: false }));
    try {
      const opened = await Promise.all([1, 2, 3, 4, 5].map(() => openHandling(t, w, 'probe_handling')));
      await expectEachFiredOnce(t, opened, 20_000);
      for (const { id, stage } of opened) expect(await countEvents(t, id, 'ticket.escalated', stage.id)).toBe(1);
    } finally {
      for (const ctx of workers) await ctx.close();
    }
  }, 60_000);
});
