/**
 * Several processes of one deployment, as real child processes on one Postgres database (a scratch
 * database of this suite) and one Redis prefix: two `APP_ROLE=api` processes and two workers.
 * - The same filing sent through both APIs at once answers one ticket.
 * - A dictionary term and an SLA policy changed through one API apply in the other within 1 s (the
 *   change feed), where a per-process time-to-live would have kept the old answer for seconds.
 * - Periodic work runs once per interval across the two workers (one leader, passes recorded in
 *   periodic_tasks by the process that ran them); after a SIGKILL of the leader the other worker
 *   carries on within one interval, and the leader metric follows.
 */
import { Client } from 'pg';
import request from 'supertest';
import { dropDatabase } from '../../src/database/ensure-database';
import { prepareDatabase } from '../../src/database/migrate';
import Redis from 'ioredis';
import { eventually, freePort } from '../support/processes';
import { spawnEntry, Spawned, waitForOutput } from '../support/entrypoint';
import { bearer, startTestApp, TestApp } from '../support/test-app';
import { intake, world, World } from '../support/tickets';

const INTERVAL_MS = 1000;
const HEARTBEAT_MS = 200;

interface Pass {
  runs: number;
  startedAt: number;
  holder: string;
}

describe('several API and worker processes on one database', () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_cluster`;
  const databaseUrl = url.toString();
  const prefix = `${process.env.REDIS_PREFIX}_cluster`;
  const env = { DATABASE_URL: databaseUrl, REDIS_PREFIX: prefix, LOG_LEVEL: 'warn' };
  const apis: { p: Spawned; port: number }[] = [];
  const workers: { p: Spawned; port: number }[] = [];
  let t: TestApp;
  let w: World;
  let db: Client;

  beforeAll(async () => {
    await prepareDatabase(databaseUrl);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
    // An API process in this runner sets up the world; it takes no part in periodic work.
    t = await startTestApp(env);
    w = await world(t);
    const starting: Promise<void>[] = [];
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const p = spawnEntry('src/main.ts', { ...env, APP_ROLE: 'api', PORT: String(port) });
      apis.push({ p, port });
      starting.push(waitForOutput(p, 'listening on', 120_000));
    }
    for (let i = 0; i < 2; i++) {
      const p = spawnEntry('src/worker.ts', {
        ...env,
        APP_ROLE: 'worker',
        WORKER_PORT: '0',
        SLA_RECONCILE_INTERVAL_SECONDS: String(INTERVAL_MS / 1000),
        LEADER_HEARTBEAT_MS: String(HEARTBEAT_MS),
      });
      const worker = { p, port: 0 };
      workers.push(worker);
      starting.push(
        waitForOutput(p, 'work-order worker started', 120_000).then(() => {
          worker.port = Number(/http:\/\/0\.0\.0\.0:(\d+)/.exec(p.output().stdout)![1]);
        }),
      );
    }
    await Promise.all(starting);
  }, 180_000);

  afterAll(async () => {
    for (const { p } of [...apis, ...workers]) p.child.kill('SIGKILL');
    await Promise.all([...apis, ...workers].map(({ p }) => p.exited));
    await t?.close();
    await db?.end();
    await dropDatabase(databaseUrl);
    const redis = new Redis(process.env.REDIS_URL!);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  const through = (i: number) => request(`http://127.0.0.1:${apis[i].port}`);

  it('answers one ticket for the same filing sent through both APIs at once', async () => {
    const filings = Array.from({ length: 5 }, (_, i) => ({ body: intake(w.province.code), key: `cluster-${Date.now()}-${i}` }));
    const answers = await Promise.all(
      filings.flatMap(({ body, key }) =>
        [0, 1].map((i) => through(i).post('/api/v1/tickets').set('X-Api-Key', w.apiKey).set('Idempotency-Key', key).send(body)),
      ),
    );
    for (const res of answers) expect([200, 201]).toContain(res.status);
    for (let i = 0; i < filings.length; i++) expect(answers[2 * i].body.id).toBe(answers[2 * i + 1].body.id);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tickets WHERE external_ref = ANY ($1)', [
      filings.map((f) => f.body.externalRef),
    ]);
    expect(rows[0].n).toBe(filings.length);
  });

  it('applies a dictionary term and an SLA policy changed through one API in the other within 1 s', async () => {
    const code = `cl${Date.now().toString(36)}`;
    const fileThrough = (i: number) =>
      through(i)
        .post('/api/v1/tickets')
        .set('X-Api-Key', w.apiKey)
        .send(intake(w.province.code, { businessType: code }));
    // The second API has read the dictionary (and cached it) before the term exists.
    expect((await fileThrough(1)).status).toBe(422);
    await through(0).post('/api/v1/taxonomy').set(bearer(t.admin)).send({ kind: 'business_type', code, label: code }).expect(201);
    const termAt = Date.now();
    await eventually(async () => (await fileThrough(1)).status === 201, 5_000, 20);
    const termMs = Date.now() - termAt;
    expect(termMs).toBeLessThan(1_000);

    const facts = { kind: 'complaint', level: 'provincial', customerTier: 'normal', businessType: code };
    const created = await through(0)
      .post('/api/v1/sla-policies')
      .set(bearer(t.admin))
      .send({ name: code, ...facts, stageLimits: { handling: { unit: 'hours', value: 10 } } })
      .expect(201);
    const handlingIn = async (i: number) =>
      (await through(i).post('/api/v1/sla-policies/resolve').set(bearer(t.admin)).send(facts).expect(200)).body.stageLimits.handling as {
        value: number;
      };
    await eventually(async () => (await handlingIn(1)).value === 10, 5_000, 20);
    await through(0)
      .patch(`/api/v1/sla-policies/${created.body.id}`)
      .set(bearer(t.admin))
      .send({ stageLimits: { handling: { unit: 'hours', value: 20 } } })
      .expect(200);
    const changedAt = Date.now();
    await eventually(async () => (await handlingIn(1)).value === 20, 5_000, 20);
    const policyMs = Date.now() - changedAt;
    expect(policyMs).toBeLessThan(1_000);
    process.stdout.write(`Cluster caches: a term seen by the other API after ${termMs} ms, a policy change after ${policyMs} ms\n`);
  });

  it('runs the reconciler once per interval across two workers, and carries on within an interval after the leader is killed', async () => {
    const seen = new Map<number, Pass>();
    const sample = async () => {
      const { rows } = await db.query<{ runs: string; started: Date; holder: string }>(
        `SELECT runs, last_started_at AS started, holder FROM periodic_tasks WHERE name = 'sla-reconciler'`,
      );
      if (rows[0])
        seen.set(Number(rows[0].runs), { runs: Number(rows[0].runs), startedAt: rows[0].started.getTime(), holder: rows[0].holder });
      return [...seen.values()].sort((a, b) => a.runs - b.runs);
    };
    // Three intervals: four consecutive pass starts, sampled far more often than passes come.
    const first = (await eventually(async () => ((await sample()).length > 0 ? sample() : null), 10_000, 50))[0];
    const four = await eventually(
      async () => {
        const passes = (await sample()).filter((p) => p.runs >= first.runs);
        return passes.length >= 4 ? passes.slice(0, 4) : null;
      },
      10 * INTERVAL_MS,
      50,
    );
    expect(four.map((p) => p.runs)).toEqual([0, 1, 2, 3].map((i) => first.runs + i));
    expect(new Set(four.map((p) => p.holder)).size).toBe(1);
    for (let i = 1; i < four.length; i++) expect(four[i].startedAt - four[i - 1].startedAt).toBeGreaterThanOrEqual(INTERVAL_MS - 5);

    // The leader metric names the same process: one worker says 1, the other 0.
    const leaderGauge = async (port: number) => {
      const text = (await request(`http://127.0.0.1:${port}`).get('/metrics').expect(200)).text;
      return Number(/^workorders_periodic_leader (\d)/m.exec(text)![1]);
    };
    const gauges = await Promise.all(workers.map((x) => leaderGauge(x.port)));
    expect(gauges.sort()).toEqual([0, 1]);
    const leaderIndex = workers.findIndex((x) => four[0].holder.endsWith(`:${x.p.child.pid}`));
    expect(leaderIndex).toBeGreaterThanOrEqual(0);
    expect(await leaderGauge(workers[leaderIndex].port)).toBe(1);

    const survivor = workers[1 - leaderIndex];
    workers[leaderIndex].p.child.kill('SIGKILL');
    await workers[leaderIndex].p.exited;
    const lastBefore = (await sample()).filter((p) => p.holder === four[0].holder).pop()!;
    const after = await eventually(
      async () => {
        const passes = (await sample()).filter((p) => p.holder.endsWith(`:${survivor.p.child.pid}`));
        return passes.length >= 2 ? passes : null;
      },
      10 * INTERVAL_MS,
      50,
    );
    // The survivor's first pass comes when the next one was due: at most one interval (and the
    // heartbeat in which it takes the lock, plus scheduling slack) after the last pass of the dead leader.
    expect(after[0].runs).toBe(lastBefore.runs + 1);
    expect(after[0].startedAt - lastBefore.startedAt).toBeLessThanOrEqual(INTERVAL_MS + HEARTBEAT_MS + 500);
    expect(after[1].startedAt - after[0].startedAt).toBeGreaterThanOrEqual(INTERVAL_MS - 5);
    const gaps = four.slice(1).map((p, i) => p.startedAt - four[i].startedAt);
    process.stdout.write(
      `Cluster leader: pass starts ${gaps.join(', ')} ms apart from one holder; after SIGKILL of the leader the survivor's first pass started ` +
        `${after[0].startedAt - lastBefore.startedAt} ms after the dead leader's last (interval ${INTERVAL_MS} ms)\n`,
    );
    expect(await leaderGauge(survivor.port)).toBe(1);
  }, 60_000);
});
