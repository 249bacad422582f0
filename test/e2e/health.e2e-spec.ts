import { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { eventually, freePort, startRedis } from '../support/processes';
import { startTestApp, TestApp } from '../support/test-app';

describe('GET /health', () => {
  let t: TestApp;
  let redis: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}`, APP_ROLE: 'api' });
  });
  afterAll(async () => {
    await t.close();
    redis.kill('SIGKILL');
  });

  it('is 200 when Postgres and Redis answer, 503 naming Redis when it stops, and recovers without a restart', async () => {
    const ok = await request(t.http).get('/health').expect(200);
    expect(ok.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });

    redis.kill('SIGKILL');
    await eventually(async () => (await request(t.http).get('/health')).status === 503, 10000);
    const down = await request(t.http).get('/health');
    expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(down.body.down).toEqual(['redis']);
    expect(down.body.detail).toMatch(/redis/);

    redis = await startRedis(port);
    await eventually(async () => (await request(t.http).get('/health')).status === 200, 10000);
  });

  it('needs no credential', async () => {
    await request(t.http).get('/health').expect(200);
  });
});
