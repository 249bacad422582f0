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

  it('exposes Prometheus metrics with HTTP latency, SLA and queue gauges', async () => {
    await request(t.http).get('/api/v1/org-units').expect(401);
    // Queue depths appear once the queue connection, restarted with Redis above, answers again.
    const res = await eventually(async () => {
      const scrape = await request(t.http).get('/metrics').expect(200);
      return scrape.text.includes('workorders_queue_jobs{') && scrape;
    }, 10_000);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/org-units",status="401"\} [1-9]/);
    expect(res.text).toContain('workorders_outbox_unpublished');
    expect(res.text).toMatch(/workorders_queue_jobs\{queue="sla-timers",state="delayed"\}/);
    expect(res.text).toContain('workorders_process_cpu_seconds_total');
  });
});
