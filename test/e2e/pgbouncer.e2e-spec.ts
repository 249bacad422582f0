/**
 * The service behind PgBouncer in transaction mode, started by this suite: a small pool, so one
 * client's consecutive transactions land on different server connections and any session state
 * carried between them (a SET, a LISTEN, a session advisory lock, a named prepared statement) breaks.
 * The pooled traffic goes through the bouncer (DATABASE_URL); the change feed's LISTEN and the
 * leader's lock use DATABASE_DIRECT_URL. A ticket is filed, transitioned, and its SLA timers fire
 * (BullMQ job and reconciler), all with every pooled query through the bouncer.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, QueryResultRow } from 'pg';
import request from 'supertest';
import { dropDatabase } from '../../src/database/ensure-database';
import { prepareDatabase } from '../../src/database/migrate';
import Redis from 'ioredis';
import { eventually, freePort } from '../support/processes';
import { shortStagePolicy } from '../support/sla-policies';
import { startTestApp, TestApp } from '../support/test-app';
import { events, intake, op, world, World } from '../support/tickets';

const PGBOUNCER = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p));

interface Stage {
  id: string;
  kind: string;
  status: string;
  warnedAt: string | null;
  breachedAt: string | null;
}

/** Starts PgBouncer on `port` in transaction mode in front of the direct server; it refuses to run as root, so as postgres then. */
async function startPgBouncer(port: number, upstream: URL): Promise<{ proc: ChildProcess; dir: string }> {
  if (!PGBOUNCER) throw new Error('pgbouncer is not installed (Debian package pgbouncer; .ci/run installs it)');
  const dir = mkdtempSync(join(tmpdir(), 'wo-pgbouncer-'));
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${upstream.hostname} port=${upstream.port || 5432} user=${decodeURIComponent(upstream.username) || 'postgres'}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = any',
      'pool_mode = transaction',
      // Few server connections, handed out in turn rather than the most recently used first: consecutive
      // transactions of one client run on different server connections, as they do under load.
      'default_pool_size = 4',
      'server_round_robin = 1',
      'max_client_conn = 200',
      'admin_users = postgres',
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  // setpriv runs pgbouncer in its own place (runuser would fork it), so killing this process stops the bouncer.
  const args = [PGBOUNCER, join(dir, 'pgbouncer.ini')];
  const proc = asRoot
    ? spawn('setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', ...args], { stdio: 'ignore' })
    : spawn(args[0], args.slice(1), { stdio: 'ignore' });
  await eventually(
    async () => {
      const probe = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'pgbouncer' });
      try {
        await probe.connect();
        return true;
      } catch {
        return false;
      } finally {
        await probe.end().catch(() => undefined);
      }
    },
    15_000,
    100,
  ).catch((err: Error) => {
    const log = existsSync(join(dir, 'pgbouncer.log')) ? readFileSync(join(dir, 'pgbouncer.log'), 'utf8') : '';
    throw new Error(`${err.message}: pgbouncer did not start\n${log}`);
  });
  return { proc, dir };
}

describe('behind PgBouncer in transaction mode', () => {
  const direct = new URL(process.env.DATABASE_URL!);
  direct.pathname = `${direct.pathname}_bouncer`;
  const prefix = `${process.env.REDIS_PREFIX}_bouncer`;
  let bouncer: { proc: ChildProcess; dir: string };
  let port: number;
  let t: TestApp;
  let w: World;

  const adminConsole = async <T>(sql: string): Promise<T[]> => {
    // The admin console speaks the simple query protocol only: a query without parameters uses it.
    const c = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'pgbouncer' });
    await c.connect();
    try {
      return (await c.query<T & QueryResultRow>(sql)).rows;
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    await prepareDatabase(direct.toString());
    port = Number(process.env.PGBOUNCER_TEST_PORT ?? (await freePort()));
    bouncer = await startPgBouncer(port, direct);
    const pooled = new URL(direct.toString());
    pooled.port = String(port);
    t = await startTestApp({
      DATABASE_URL: pooled.toString(),
      DATABASE_DIRECT_URL: direct.toString(),
      // As deployed behind PgBouncer 1.18 (the default too): with named statements on, transitions fail here.
      DATABASE_NAMED_STATEMENTS: process.env.PGBOUNCER_TEST_NAMED_STATEMENTS ?? 'false',
      REDIS_PREFIX: prefix,
      APP_ROLE: 'all',
      NODE_ENV: 'test',
      SLA_TIME_SCALE: '3600',
      SLA_RECONCILE_INTERVAL_SECONDS: '1',
      LEADER_HEARTBEAT_MS: '200',
    });
    w = await world(t);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    if (bouncer) {
      const gone = new Promise((r) => bouncer.proc.once('exit', r));
      bouncer.proc.kill('SIGKILL');
      await gone;
      rmSync(bouncer.dir, { recursive: true, force: true });
    }
    await dropDatabase(direct.toString());
    const redis = new Redis(process.env.REDIS_URL!);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('files, transitions and fires timers with every pooled query through the bouncer', async () => {
    const before = await adminConsole<{ database: string; total_xact_count: string }>('SHOW STATS');
    const xacts = (rows: typeof before) => Number(rows.find((r) => r.database === direct.pathname.slice(1))?.total_xact_count ?? 0);

    const businessType = `pgb${Date.now().toString(36)}`;
    await shortStagePolicy(t, businessType, 'handling', 3, { kind: 'complaint', level: 'provincial', customerTier: 'normal' });

    const filed = await request(t.http)
      .post('/api/v1/tickets')
      .set('X-Api-Key', w.apiKey)
      .send(intake(w.province.code, { businessType }))
      .expect(201);
    const id = filed.body.id as string;
    await op(t, w.tokens.province, id, 'dispatch', { targetUnitId: w.dept.id });
    await op(t, w.tokens.dept, id, 'sign');
    const handling = async () => ((await events(t, id)).stages as unknown as Stage[]).find((s) => s.kind === 'handling')!;
    expect((await handling()).status).toBe('open');

    // A 3 h handling limit is 3 s here: the warning and the breach are recorded once each.
    await eventually(async () => (await handling()).breachedAt, 20_000, 200);
    const history = (await events(t, id)).events;
    expect(history.filter((e) => e.type === 'stage.warning')).toHaveLength(1);
    expect(history.filter((e) => e.type === 'stage.breached')).toHaveLength(1);

    // The pooled traffic went through the bouncer; the leader and the change feed hold their own sessions on the server.
    expect(xacts(await adminConsole('SHOW STATS')) - xacts(before)).toBeGreaterThan(20);
    const server = new Client({ connectionString: direct.toString() });
    await server.connect();
    try {
      const { rows } = await server.query<{ name: string }>(
        `SELECT application_name AS name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'workorders %'`,
      );
      expect(rows.map((r) => r.name).sort()).toEqual(['workorders change feed', 'workorders leader']);
      const passes = await server.query<{ name: string }>(`SELECT name FROM periodic_tasks WHERE runs > 0 ORDER BY name`);
      expect(passes.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['sla-reconciler', 'ticket-aging', 'webhook-outbox-relay']));
    } finally {
      await server.end();
    }
  }, 60_000);
});
