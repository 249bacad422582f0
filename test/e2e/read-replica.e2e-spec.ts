import request from 'supertest';
import { prepareDatabase } from '../../src/database/migrate';
import { staffToken } from '../support/org-factory';
import { PgServer, startPrimary, startReplica } from '../support/postgres-cluster';
import { eventually, freePort } from '../support/processes';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { file, op, World, world } from '../support/tickets';

/**
 * Staff reads from a streaming replica (DATABASE_REPLICA_URLS): a primary and a replica made inside the
 * test (initdb, then pg_basebackup -R), replay paused on the replica to make it stale on purpose.
 */
describe('read replicas', () => {
  const database = 'wo_replica';
  const maxLagMs = 1500;
  let primary: PgServer;
  let replica: PgServer;
  let t: TestApp;
  let w: World;
  let reader: string;

  const search = (token: string, q: string) => request(t.http).get('/api/v1/tickets/search').query({ q, limit: 50 }).set(bearer(token));
  const lagOf = async () => {
    const m = await request(t.http).get('/metrics').set(bearer(t.admin)).expect(200);
    const line = m.text.split('\n').find((l) => l.startsWith('workorders_db_replica_lag_seconds{replica="0"}'));
    return line ? Number(line.split(' ')[1]) : null;
  };

  beforeAll(async () => {
    primary = await startPrimary(await freePort());
    await prepareDatabase(primary.url(database));
    replica = await startReplica(primary, await freePort());
    t = await startTestApp({
      DATABASE_URL: primary.url(database),
      DATABASE_REPLICA_URLS: replica.url(database),
      DATABASE_REPLICA_MAX_LAG_MS: String(maxLagMs),
      DATABASE_REPLICA_PROBE_MS: '100',
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}_replica`,
      METRICS_ENABLED: 'true',
    });
    w = await world(t);
    reader = await staffToken(t, w.province.id, 'supervisor');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    replica?.remove();
    primary?.remove();
  });

  it('serves queues, KPIs and search from the replica, with its lag in a header and a metric', async () => {
    const word = `副本${Date.now() % 100_000}`;
    const id = (await file(t, w, { subject: `${word} 信号差` })).id;
    // The reader has written nothing: once the replica has replayed the filing, it serves the search.
    const res = await eventually(async () => {
      const r = await search(reader, word).expect(200);
      return r.headers['x-read-source'] === 'replica' && r.body.items.length === 1 ? r : null;
    }, 10_000);
    expect(res.body.items[0].id).toBe(id);
    expect(Number(res.headers['x-replica-lag-ms'])).toBeLessThanOrEqual(maxLagMs);
    const window = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
    const reads: [string, Record<string, string>][] = [
      ['/api/v1/supervision/overdue', {}],
      ['/api/v1/supervision/at-risk', {}],
      ['/api/v1/supervision/due-soon', {}],
      ['/api/v1/supervision/orders', {}],
      ['/api/v1/kpis', window],
      ['/api/v1/kpis/hot-issues', window],
    ];
    for (const [path, query] of reads) {
      const r = await request(t.http).get(path).query(query).set(bearer(reader)).expect(200);
      expect([path, r.headers['x-read-source']]).toEqual([path, 'replica']);
    }
    expect(await lagOf()).not.toBeNull();
  });

  it('reads a stale replica only within the lag bound; a writer reads its own writes from the primary', async () => {
    await replica.query('SELECT pg_wal_replay_pause()');
    try {
      const word = `延迟${Date.now() % 100_000}`;
      const id = (await file(t, w, { subject: `${word} 扣费异常` })).id;
      // Another reader, within the bound: the replica does not have the filing yet.
      const stale = await search(reader, word).expect(200);
      expect(stale.headers['x-read-source']).toBe('replica');
      expect(stale.body.items).toHaveLength(0);

      // The province dispatches it, then reads: its reads come from the primary and see its write.
      await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
      const own = await search(w.tokens.province, word).expect(200);
      expect(own.headers['x-read-source']).toBe('primary');
      expect(own.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
      // A ticket's detail is always the primary's: right after the transition it shows it.
      const detail = await request(t.http).get(`/api/v1/tickets/${id}`).set(bearer(w.tokens.province)).expect(200);
      expect(detail.body.status).not.toBe('pending_review');
      expect(detail.body.openStages.map((s: { kind: string }) => s.kind)).not.toContain('review');

      // Past the bound the lagging replica is left out: every read goes to the primary and is current.
      const fresh = await eventually(async () => {
        const r = await search(reader, word).expect(200);
        return r.headers['x-read-source'] === 'primary' ? r : null;
      }, 10_000);
      expect(fresh.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
      expect(fresh.headers['x-replica-lag-ms']).toBeUndefined();
      expect(await lagOf()).toBeGreaterThan(maxLagMs / 1000);
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()');
    }
    // Replay resumed: the replica is back within the bound and serves reads again.
    await eventually(async () => (await search(reader, '信号').expect(200)).headers['x-read-source'] === 'replica', 10_000);
  });

  it('falls back to the primary when the replica stops', async () => {
    replica.stop('immediate');
    const word = `停库${Date.now() % 100_000}`;
    const id = (await file(t, w, { subject: `${word} 宽带断网` })).id;
    // The first read after the stop may meet the dead replica: it is answered from the primary all the same.
    for (let i = 0; i < 5; i++) {
      const r = await search(reader, word).expect(200);
      expect(r.body.items.map((x: { id: string }) => x.id)).toEqual([id]);
    }
    const r = await search(reader, word).expect(200);
    expect(r.headers['x-read-source']).toBe('primary');
    const up = await request(t.http).get('/metrics').set(bearer(t.admin)).expect(200);
    expect(up.text).toContain('workorders_db_replica_up{replica="0"} 0');
  });
});
