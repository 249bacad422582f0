/**
 * SIGTERM of the real entry point: under keep-alive load every answered request is a success, every
 * 201 is in the database and nothing was written unanswered; keep-alive clients are told to close;
 * and the process leaves within the grace period even when Redis is gone.
 */
import { ChildProcess } from 'node:child_process';
import { Agent, createServer, request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { eventually, freePort, startRedis } from '../support/processes';
import { spawnEntry, Spawned, waitForOutput } from '../support/entrypoint';
import { provinceFixture, staffToken } from '../support/org-factory';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { intake, world, World } from '../support/tickets';
import { settleEarlierWebhookTraffic } from '../support/webhook-backlog';

interface Answer {
  ref: string;
  status: number | 'error';
  connection?: string;
  /** Received once the process had certainly begun to drain. */
  duringDrain: boolean;
}

function post(agent: Agent, port: number, path: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; connection?: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('graceful shutdown', () => {
  let t: TestApp;
  let w: World;
  let redis: ChildProcess;
  let redisUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    redisUrl = `redis://127.0.0.1:${port}`;
    t = await startTestApp({ REDIS_URL: redisUrl });
    w = await world(t);
  });
  afterAll(async () => {
    await t.close();
    redis.kill('SIGKILL');
  });

  async function startService(env: Record<string, string>): Promise<{ p: Spawned; port: number }> {
    const port = await freePort();
    const p = spawnEntry('src/main.ts', { REDIS_URL: redisUrl, PORT: String(port), APP_ROLE: 'all', ...env });
    await waitForOutput(p, 'listening on');
    return { p, port };
  }

  it('drains keep-alive load on SIGTERM: no 5xx, no lost write, Connection: close, exit within the grace period', async () => {
    const grace = 10;
    const { p, port } = await startService({
      SHUTDOWN_GRACE_SECONDS: String(grace),
      SLA_TIME_SCALE: '3600',
      NODE_ENV: 'test',
      THROTTLE_LIMIT: '1000000',
    });
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const answers: Answer[] = [];
    let signalledAt = 0;
    let stop = false;
    const prefix = `SHUT-${process.pid}-${Date.now()}`;
    let n = 0;
    const loop = async () => {
      while (!stop) {
        const ref = `${prefix}-${++n}`;
        try {
          const res = await post(
            agent,
            port,
            '/api/v1/tickets',
            { 'x-api-key': w.apiKey },
            JSON.stringify(intake(w.province.code, { externalRef: ref })),
          );
          answers.push({ ref, status: res.status, connection: res.connection, duringDrain: inDrain() });
        } catch {
          // Refused (listener closed) or reset before a request was read: nothing was answered, so nothing may be written.
          answers.push({ ref, status: 'error', duringDrain: inDrain() });
          if (signalledAt) await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    // Draining begins when the process has handled the signal, which it says on stdout right after
    // setting the flag (on a loaded machine that can be well after the kill). A response read 10 ms or
    // more after that line cannot have had its headers written before the flag was set.
    let drainSeenAt = 0;
    p.child.stdout!.on('data', (c: Buffer) => {
      if (!drainSeenAt && c.toString().includes('draining')) drainSeenAt = Date.now();
    });
    const inDrain = () => drainSeenAt > 0 && Date.now() - drainSeenAt >= 10;
    const loops = Array.from({ length: 16 }, loop);
    await eventually(async () => answers.filter((a) => a.status === 201).length >= 40, 30_000);
    signalledAt = Date.now();
    p.child.kill('SIGTERM');
    const exit = await p.exited;
    stop = true;
    await Promise.all(loops);
    agent.destroy();

    // The grace period runs from the moment the process handles the signal (its 'draining' line); on a
    // loaded machine that can be well after the kill, and that wait is the scheduler's, not the shutdown's.
    const tookMs = exit.at - (drainSeenAt || signalledAt);
    const signalWaitMs = drainSeenAt ? drainSeenAt - signalledAt : 0;
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => typeof s === 'number' && s >= 500)).toEqual([]);
    expect(statuses.filter((s) => typeof s === 'number' && s !== 201)).toEqual([]);
    expect(exit.code).toBe(0);
    expect(tookMs).toBeLessThan(grace * 1000);
    // In-flight requests finished with a success that told their keep-alive clients to go.
    const late = answers.filter((a) => a.duringDrain && a.status === 201);
    expect(late.length).toBeGreaterThan(0);
    expect(late.filter((a) => a.connection !== 'close')).toEqual([]);

    const db = t.app.get<DataSource>(getDataSourceToken());
    const rows = await db.query<
      {
        ref: string;
      }[]
    >('SELECT external_ref AS ref FROM tickets WHERE external_ref LIKE $1', [`${prefix}-%`]);
    const written = new Set(rows.map((r) => r.ref));
    const created = answers.filter((a) => a.status === 201).map((a) => a.ref);
    expect(created.filter((ref) => !written.has(ref))).toEqual([]);
    expect(written.size).toBe(created.length);
    process.stdout.write(
      `shutdown under load: ${created.length} filings answered 201 (${late.length} after SIGTERM), exit ${tookMs} ms after the process handled SIGTERM (${signalWaitMs} ms after the kill)\n`,
    );
  });

  it('lets a webhook delivery in flight finish before the worker exits', async () => {
    await settleEarlierWebhookTraffic();
    let received = 0;
    const receiver = createServer((req, res) => {
      received++;
      req.resume();
      setTimeout(() => res.writeHead(204).end(), 2000);
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const rxPort = (receiver.address() as AddressInfo).port;
    const app = await startTestApp({ REDIS_URL: redisUrl, WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    const worker = spawnEntry('src/worker.ts', {
      REDIS_URL: redisUrl,
      WORKER_PORT: '0',
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      WEBHOOK_RELAY_INTERVAL_MS: '100',
      SHUTDOWN_GRACE_SECONDS: '10',
    });
    try {
      const unit = await provinceFixture(app);
      const sub = await request(app.http)
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(app.admin))
        .send({ orgUnitId: unit.province.id, url: `http://127.0.0.1:${rxPort}/slow`, eventTypes: ['ticket.dispatched'] })
        .expect(201);
      const cs = await request(app.http)
        .post('/api/v1/channel-systems')
        .set(bearer(app.admin))
        .send({ name: 'slow hotline', channel: 'hotline', orgUnitId: unit.province.id })
        .expect(201);
      const filed = await request(app.http)
        .post('/api/v1/tickets')
        .set('X-Api-Key', cs.body.apiKey)
        .send(intake(unit.province.code))
        .expect(201);
      const agent = await staffToken(app, unit.province.id, 'agent');
      await request(app.http)
        .post(`/api/v1/tickets/${filed.body.id}/dispatch`)
        .set(bearer(agent))
        .send({ targetUnitId: unit.dept.id })
        .expect(200);
      await waitForOutput(worker, 'work-order worker started');
      await eventually(async () => received > 0, 20_000);
      const signalledAt = Date.now();
      worker.child.kill('SIGTERM');
      const exit = await worker.exited;
      expect(exit.code).toBe(0);
      expect(exit.at - signalledAt).toBeLessThan(10_000);
      const db = app.app.get<DataSource>(getDataSourceToken());
      const [delivery] = await db.query<
        {
          status: string;
          attempts: number;
        }[]
      >('SELECT status, attempts FROM webhook_deliveries WHERE subscription_id = $1', [sub.body.id]);
      expect(delivery).toEqual({ status: 'delivered', attempts: 1 });
      expect(received).toBe(1);
    } finally {
      worker.child.kill('SIGKILL');
      await app.close();
      receiver.close();
    }
  });

  it.each([
    ['stopped', 'SIGKILL'],
    ['hung', 'SIGSTOP'],
  ] as const)('exits within the grace period while its Redis is %s', async (state, signal) => {
    const ownPort = await freePort();
    const own = await startRedis(ownPort);
    const grace = 3;
    const { p } = await startService({ REDIS_URL: `redis://127.0.0.1:${ownPort}`, SHUTDOWN_GRACE_SECONDS: String(grace) });
    try {
      own.kill(signal);
      await new Promise((r) => setTimeout(r, 500));
      const signalledAt = Date.now();
      p.child.kill('SIGTERM');
      const exit = await p.exited;
      expect(exit.at - signalledAt).toBeLessThan(grace * 1000 + 1000);
      process.stdout.write(`shutdown with Redis ${state}: exit ${exit.at - signalledAt} ms after SIGTERM (code ${exit.code})\n`);
    } finally {
      p.child.kill('SIGKILL');
      own.kill('SIGCONT');
      own.kill('SIGKILL');
    }
  });
});
