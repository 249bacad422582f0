import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import request from 'supertest';
import Redis from 'ioredis';
import { startTestApp, TestApp } from '../support/test-app';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A private redis-server the test may stop and start without disturbing the shared one. */
async function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const probe = new Redis({ port, lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: null });
  await probe.connect().catch(() => undefined);
  await probe.ping();
  probe.disconnect();
  return proc;
}

async function eventually(fn: () => Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not reached in time');
}

describe('GET /health', () => {
  let t: TestApp;
  let redis: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await t.close();
    redis.kill('SIGKILL');
  });

  it('is 200 when Postgres and Redis answer, 503 naming Redis when it stops, and recovers without a restart', async () => {
    const ok = await request(t.http).get('/health').expect(200);
    expect(ok.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });

    redis.kill('SIGKILL');
    await eventually(async () => (await request(t.http).get('/health')).status === 503);
    const down = await request(t.http).get('/health');
    expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(down.body.down).toEqual(['redis']);
    expect(down.body.detail).toMatch(/redis/);

    redis = await startRedis(port);
    await eventually(async () => (await request(t.http).get('/health')).status === 200);
  });

  it('needs no credential', async () => {
    await request(t.http).get('/health').expect(200);
  });
});
