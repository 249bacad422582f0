import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { world, World } from '../support/tickets';

/**
 * Channel keys are cached per process; a revocation must take effect in every process within 1 s
 * (announced by pg_notify when it commits). Two application instances stand for two processes.
 */
describe('channel key cache', () => {
  let a: TestApp;
  let b: TestApp;
  let w: World;
  let ds: DataSource;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp();
    w = await world(a);
    ds = new DataSource({ ...dataSourceOptions(process.env.DATABASE_URL!), extra: { max: 1 } });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await a.close();
    await b.close();
  });

  const me = (t: TestApp) => request(t.http).get('/api/v1/me').set('X-Api-Key', w.apiKey);

  it('answers from the cache, and a revocation in one process refuses the key in the other within 1 s', async () => {
    await me(b).expect(200);
    const { id } = (await me(a).expect(200)).body as { id: string };

    // A silent change (no announcement) is not seen while the entry lives: the answer came from the cache.
    await ds.query('UPDATE channel_systems SET revoked_at = now() WHERE id = $1', [id]);
    await me(b).expect(200);
    await ds.query('UPDATE channel_systems SET revoked_at = NULL WHERE id = $1', [id]);

    await request(a.http).post(`/api/v1/channel-systems/${id}/revoke`).set(bearer(a.admin)).expect(200);
    const revokedAt = Date.now();
    let status = 200;
    while (status !== 401 && Date.now() - revokedAt < 5_000) {
      status = (await me(b)).status;
    }
    const tookMs = Date.now() - revokedAt;
    expect(status).toBe(401);
    expect(tookMs).toBeLessThan(1_000);
    await me(a).expect(401);
  });
});
