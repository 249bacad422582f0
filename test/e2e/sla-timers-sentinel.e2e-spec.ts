/**
 * A Sentinel failover in the middle of a run: a master, its replica and one Sentinel made inside
 * the test. Timers of a first wave of stages are armed and replicated; the replica is then frozen,
 * so the jobs of a second wave reach the master only; the master is killed and the Sentinel
 * promotes the replica, which has the timer marker but not the second wave's jobs. The promoted
 * server's new replication id must trigger a full re-arm from Postgres, so every stage is warned,
 * breached and escalated exactly once (review stages of 12 s with SLA_TIME_SCALE=3600).
 * A second set fails over by command instead: its master stays up as a replica, and stages filed
 * before and after the switch are fired exactly once too.
 */
import request from 'supertest';
import { runToExit } from '../support/entrypoint';
import { eventually, pause } from '../support/processes';
import { nodeClient, SentinelHandle, startSentinelSet } from '../support/redis-topology';
import { instantJobId, timerJobId } from '../../src/sla/timers/sla-queue';
import { reviewFirings, reviewPolicy, settledFirings } from '../support/sla-firings';
import { startTestApp, TestApp } from '../support/test-app';
import { file, world } from '../support/tickets';

const PORTS = { master: 7111, replica: 7112, sentinel: 7113 };
/** A port of this suite's range where nothing listens. */
const NO_SENTINEL = 7119;
const DEMOTE_PORTS = { master: 7114, replica: 7115, sentinel: 7116 };
const MASTER_NAME = 'wo-timers';
const REVIEW_HOURS = 12;
const WAVE = 4;

let set: SentinelHandle | undefined;
let t: TestApp | undefined;

beforeAll(async () => {
  set = await startSentinelSet(PORTS, MASTER_NAME);
}, 30_000);
afterAll(async () => {
  // Bounded: after a failed run Redis may be left without a master, and closing would wait for one.
  await Promise.race([t?.close(), pause(15_000)]);
  set?.stop();
}, 30_000);

it('loses no timer and doubles none when the master fails over to a replica that missed writes', async () => {
  const s = set!;
  const prefix = process.env.REDIS_PREFIX!;
  t = await startTestApp({
    REDIS_SENTINELS: s.sentinels,
    REDIS_SENTINEL_MASTER: MASTER_NAME,
    REDIS_PREFIX: prefix,
    APP_ROLE: 'all',
    SLA_TIME_SCALE: '3600',
    // Far beyond the test: what the failover lost must come back by the re-arm, not a periodic pass.
    SLA_RECONCILE_INTERVAL_SECONDS: '600',
    NODE_ENV: 'test',
  });
  const app = t;
  const w = await world(app);
  const businessType = `sentinel_${process.pid}`;
  await reviewPolicy(app, businessType, REVIEW_HOURS);
  const master = nodeClient(s.masterPort);
  const replica = nodeClient(s.replicaPort);
  // Suites share the database, so the reconciler arms other suites' open stages too: count the warning jobs of this suite's stages.
  const warnJobs = async (node: typeof master, tickets: { id: string }[]) => {
    const stages = await reviewFirings(
      app.config.DATABASE_URL,
      tickets.map((x) => x.id),
    );
    // A warning is armed as a job of its own, or (more than a second ahead) as the job its instant shares.
    const present = await Promise.all(
      stages.map((st) =>
        node.exists(
          `${prefix}:sla-timers:${timerJobId('warn', st.stageId, st.deadlineGen)}`,
          `${prefix}:sla-timers:${instantJobId('warn', st.warnAt)}`,
        ),
      ),
    );
    return present.filter((n) => n >= 1).length;
  };
  const fileWave = () => Promise.all(Array.from({ length: WAVE }, () => file(app, w, { businessType })));

  try {
    const first = await fileWave();
    await eventually(async () => (await warnJobs(master, first)) === WAVE, 10_000);
    expect(await master.wait(1, 5000)).toBe(1);
    expect(await warnJobs(replica, first)).toBe(WAVE);

    // From here on, writes reach the master only: the replica is frozen and its link cut, so nothing
    // already sent can wait in its socket buffer either.
    s.replica.kill('SIGSTOP');
    await master.client('KILL', 'TYPE', 'replica');
    const second = await fileWave();
    await eventually(async () => (await warnJobs(master, second)) === WAVE, 10_000);
    s.master.kill('SIGKILL');
    s.replica.kill('SIGCONT');
    const failoverAt = Date.now();
    // The replica really lacks the second wave: without a re-arm those timers would be lost.
    expect(await warnJobs(replica, first)).toBe(WAVE);
    expect(await warnJobs(replica, second)).toBe(0);

    await eventually(async () => /role:master/.test(await replica.info('replication')), 20_000);
    process.stdout.write(`Sentinel failover: replica promoted ${Date.now() - failoverAt} ms after the master was killed\n`);
    await eventually(
      async () => /workorders_sla_rearms_total\{reason="replication_changed"\} [1-9]/.test((await request(app.http).get('/metrics')).text),
      30_000,
      500,
    );
    process.stdout.write(`Sentinel failover: timers re-armed from Postgres ${Date.now() - failoverAt} ms after the master was killed\n`);
    const ids = [...first, ...second].map((x) => x.id);
    const { stages, lost, doubled, maxLateMs } = await settledFirings(app.config.DATABASE_URL, ids, 40_000);
    process.stdout.write(
      `Sentinel timers: 1 failover forced, ${stages} stages, lost ${lost}, doubled ${doubled}, latest firing ${maxLateMs} ms after its instant\n`,
    );
    expect(stages).toBe(2 * WAVE);
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
  } finally {
    master.disconnect();
    replica.disconnect();
    // Closed here, not only after the suite: a later test's timers must be fired by its own service.
    await Promise.race([t.close(), pause(15_000)]);
    t = undefined;
  }
}, 90_000);

it('keeps every timer when a live master is demoted by a Sentinel failover', async () => {
  // The old master stays up and becomes a replica: connections to it are not closed by a crash, so
  // each client must notice the demotion itself (a write refused with READONLY reconnects through
  // the sentinels and is re-sent).
  const s = await startSentinelSet(DEMOTE_PORTS, `${MASTER_NAME}-demote`);
  const prefix = process.env.REDIS_PREFIX!;
  const app = await startTestApp({
    REDIS_SENTINELS: s.sentinels,
    REDIS_SENTINEL_MASTER: s.masterName,
    REDIS_PREFIX: prefix,
    APP_ROLE: 'all',
    SLA_TIME_SCALE: '3600',
    SLA_RECONCILE_INTERVAL_SECONDS: '600',
    NODE_ENV: 'test',
  });
  const sentinel = nodeClient(s.sentinelPort);
  const oldMaster = nodeClient(s.masterPort);
  const newMaster = nodeClient(s.replicaPort);
  try {
    const w = await world(app);
    const businessType = `sentinel_demote_${process.pid}`;
    await reviewPolicy(app, businessType, REVIEW_HOURS);
    const fileWave = () => Promise.all(Array.from({ length: WAVE }, () => file(app, w, { businessType })));
    const before = await fileWave();
    await sentinel.call('SENTINEL', 'FAILOVER', s.masterName);
    await eventually(
      async () => /role:master/.test(await newMaster.info('replication')) && /role:slave/.test(await oldMaster.info('replication')),
      20_000,
    );
    // Filed after the switch: armed through connections that were the old master's.
    const after = await fileWave();
    const ids = [...before, ...after].map((x) => x.id);
    const { stages, lost, doubled, maxLateMs } = await settledFirings(app.config.DATABASE_URL, ids, 40_000);
    process.stdout.write(
      `Sentinel demotion: ${stages} stages, lost ${lost}, doubled ${doubled}, latest firing ${maxLateMs} ms after its instant\n`,
    );
    expect(stages).toBe(2 * WAVE);
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
  } finally {
    sentinel.disconnect();
    oldMaster.disconnect();
    newMaster.disconnect();
    await Promise.race([app.close(), pause(15_000)]);
    s.stop();
  }
}, 90_000);

it('names REDIS_SENTINELS in one line when no sentinel answers at start', async () => {
  const res = await runToExit('src/worker.ts', {
    REDIS_SENTINELS: `127.0.0.1:${NO_SENTINEL}`,
    REDIS_SENTINEL_MASTER: MASTER_NAME,
    BOOT_WAIT_SECONDS: '0',
    WORKER_PORT: '0',
  });
  expect(res.code).toBe(1);
  expect(res.stderr.trim().split('\n')).toEqual([
    expect.stringMatching(
      new RegExp(
        `^REDIS_SENTINELS: cannot reach master "${MASTER_NAME}" through 127\\.0\\.0\\.1:${NO_SENTINEL} \\(.*\\); start Redis or fix REDIS_SENTINELS$`,
      ),
    ),
  ]);
});
