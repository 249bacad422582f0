/**
 * The timer path on a Redis Cluster of three masters made inside the test: with a hash-tagged
 * REDIS_PREFIX every key of the service lands in one slot, BullMQ's multi-key scripts and pipelines
 * work, and each review stage (8 s with SLA_TIME_SCALE=3600) is warned, breached and escalated once
 * through the queue. A prefix that is not hash-tagged is refused at boot in one line.
 */
import { Cluster } from 'ioredis';
import request from 'supertest';
import { validateEnv } from '../../src/config/app-config';
import { bootChecks } from '../../src/health/boot';
import { runToExit } from '../support/entrypoint';
import { nodeClient, RedisClusterHandle, startRedisCluster } from '../support/redis-topology';
import { reviewPolicy, settledFirings } from '../support/sla-firings';
import { startTestApp, TestApp } from '../support/test-app';
import { file, world } from '../support/tickets';

const PORTS = [7101, 7102, 7103];
const NODES = PORTS.map((p) => `127.0.0.1:${p}`).join(',');
const REVIEW_HOURS = 8;
const STAGES = 6;

let cluster: RedisClusterHandle | undefined;
const prefix = `{${process.env.REDIS_PREFIX}}`;

beforeAll(async () => {
  cluster = await startRedisCluster(PORTS);
}, 30_000);
afterAll(() => cluster?.stop());

it('refuses a prefix that is not hash-tagged, in one line naming REDIS_PREFIX', async () => {
  const res = await runToExit('src/worker.ts', { REDIS_CLUSTER_NODES: NODES, REDIS_PREFIX: 'wo_plain', WORKER_PORT: '0' });
  expect(res.code).toBe(1);
  expect(res.stderr.trim().split('\n')).toEqual([
    'REDIS_PREFIX: "wo_plain" is not hash-tagged; with REDIS_CLUSTER_NODES every key of a queue must land in one slot, so wrap it in braces (e.g. {wo_plain})',
  ]);
});

describe('timers on a 3-master Redis Cluster', () => {
  let t: TestApp;
  const env = {
    REDIS_CLUSTER_NODES: NODES,
    REDIS_PREFIX: prefix,
    APP_ROLE: 'all',
    SLA_TIME_SCALE: '3600',
    // Far beyond the test: every firing must come through the queue, not the reconciler's periodic pass.
    SLA_RECONCILE_INTERVAL_SECONDS: '600',
    NODE_ENV: 'test',
  };

  beforeAll(async () => {
    // The start-up checks of a real process (reachability, prefix claim) against the Cluster.
    await bootChecks(validateEnv({ ...process.env, ...env }), []);
    t = await startTestApp(env);
  }, 60_000);
  afterAll(() => t?.close());

  it('warns, breaches and escalates each stage exactly once, every key in one slot', async () => {
    const w = await world(t);
    const businessType = `cluster_${process.pid}`;
    await reviewPolicy(t, businessType, REVIEW_HOURS);
    const tickets = await Promise.all(Array.from({ length: STAGES }, () => file(t, w, { businessType })));
    const ids = tickets.map((x) => x.id);

    const { stages, lost, doubled, maxLateMs } = await settledFirings(t.config.DATABASE_URL, ids, 30_000);
    process.stdout.write(
      `Cluster timers: ${stages} stages, lost ${lost}, doubled ${doubled}, latest firing ${maxLateMs} ms after its instant\n`,
    );
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
    // Through the queue, not a reconciler pass ten minutes away.
    expect(maxLateMs).toBeLessThan(5000);

    const metrics = await request(t.http).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/workorders_sla_firing_lag_seconds_count\{kind="breach",path="queue"\} [1-9]/);

    // Every key the service wrote (queues, rate limits, deployment and timer markers) carries the tagged prefix, so all share one slot.
    const keys: string[] = [];
    for (const port of PORTS) {
      const node = nodeClient(port);
      keys.push(...(await node.keys('*')));
      node.disconnect();
    }
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !k.startsWith(`${prefix}:`))).toEqual([]);
    expect(keys).toContain(`${prefix}:deployment`);
    // Each request's two rate limits go to Redis as one multi-key script call; Redis refuses a call whose
    // keys span slots and writes none of them, so counters here show the calls ran in the tagged slot.
    expect(keys.filter((k) => k.startsWith(`${prefix}:throttle:`)).length).toBeGreaterThanOrEqual(2);
    const client = new Cluster([{ host: '127.0.0.1', port: PORTS[0] }]);
    const slots = new Set(await Promise.all(keys.slice(0, 50).map((k) => client.cluster('KEYSLOT', k))));
    expect(slots.size).toBe(1);

    // The timer marker names the replication id of the master serving its slot, so a failover of that master re-arms.
    const markerKey = `${prefix}:sla:armed-marker`;
    const [owner] = client.slots[Number(await client.cluster('KEYSLOT', markerKey))];
    const ownerNode = nodeClient(Number(owner.split(':')[1]));
    const ownerId = /master_replid:(\w+)/.exec(await ownerNode.info('replication'))?.[1];
    ownerNode.disconnect();
    const marker = await client.get(markerKey);
    client.disconnect();
    expect(ownerId).toMatch(/^[0-9a-f]{40}$/);
    expect(marker?.split(' ')[1]).toBe(ownerId);
  }, 60_000);
});
