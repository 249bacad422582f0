/**
 * SIGTERM of the real entry point: under keep-alive load every answered request is a success, every
 * 201 is in the database and nothing was written unanswered; keep-alive clients are told to close;
 * and the process leaves within the grace period even when Redis is gone.
 */
import { ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { eventually, freePort, startRedis } from '../support/processes';
import { spawnEntry, Spawned, waitForOutput } from '../support/entrypoint';
import { startTestApp, TestApp } from '../support/test-app';
import { intake, world, World } from '../support/tickets';

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
    // The signal needs a moment to reach the process; after that every response must say close.
    const inDrain = () => signalledAt > 0 && Date.now() - signalledAt > 50;
    const loops = Array.from({ length: 16 }, loop);
    await eventually(async () => answers.filter((a) => a.status === 201).length >= 40, 30_000);
    signalledAt = Date.now();
    p.child.kill('SIGTERM');
    const exit = await p.exited;
    stop = true;
    await Promise.all(loops);
    agent.destroy();

    const tookMs = exit.at - signalledAt;
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
    const rows = (await db.query('SELECT external_ref AS ref FROM tickets WHERE external_ref LIKE $1', [`${prefix}-%`])) as {
      ref: string;
    }[];
    const written = new Set(rows.map((r) => r.ref));
    const created = answers.filter((a) => a.status === 201).map((a) => a.ref);
    expect(created.filter((ref) => !written.has(ref))).toEqual([]);
    expect(written.size).toBe(created.length);
    process.stdout.write(
      `shutdown under load: ${created.length} filings answered 201 (${late.length} after SIGTERM), exit ${tookMs} ms after SIGTERM\n`,
    );
  });

  it('exits within the grace period while its Redis is stopped', async () => {
    const ownPort = await freePort();
    const own = await startRedis(ownPort);
    const grace = 3;
    const { p } = await startService({ REDIS_URL: `redis://127.0.0.1:${ownPort}`, SHUTDOWN_GRACE_SECONDS: String(grace) });
    own.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    const signalledAt = Date.now();
    p.child.kill('SIGTERM');
    const exit = await p.exited;
    expect(exit.at - signalledAt).toBeLessThan(grace * 1000 + 1000);
    process.stdout.write(`shutdown with Redis stopped: exit ${exit.at - signalledAt} ms after SIGTERM (code ${exit.code})\n`);
  });
});
