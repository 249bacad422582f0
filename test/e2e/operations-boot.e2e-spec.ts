/**
 * Boot errors of the real entry points: each failure is one line naming the setting or dependency
 * and what to do, without a stack trace; dependencies still starting are waited for, within bounds.
 */
import Redis from 'ioredis';
import { createServer, Server } from 'node:net';
import { Client } from 'pg';
import { deploymentKey } from '../../src/redis/deployment-marker';
import { freePort, startRedis } from '../support/processes';
import { runToExit, spawnEntry, waitForOutput } from '../support/entrypoint';

const single = (stderr: string) => stderr.trim().split('\n');

function occupy(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const srv = createServer().listen(port, '0.0.0.0', () => resolve(srv));
  });
}

async function databaseExists(name: string): Promise<boolean> {
  const admin = new URL(process.env.DATABASE_URL!);
  admin.pathname = '/postgres';
  const pg = new Client({ connectionString: admin.toString() });
  await pg.connect();
  try {
    return (await pg.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await pg.end();
  }
}

describe('boot errors', () => {
  it('names DATABASE_URL when Postgres cannot be reached', async () => {
    const port = await freePort();
    const res = await runToExit('src/main.ts', {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nowhere`,
      BOOT_WAIT_SECONDS: '0',
      PORT: '0',
    });
    expect(res.code).toBe(1);
    expect(single(res.stderr)).toEqual([
      `DATABASE_URL: cannot reach 127.0.0.1:${port} (connection refused); start PostgreSQL or fix DATABASE_URL`,
    ]);
  });

  it('refuses a REDIS_URL whose database is not an integer, and a config error has no stack', async () => {
    const res = await runToExit('src/worker.ts', { REDIS_URL: 'redis://127.0.0.1:6379/abc' });
    expect(res.code).toBe(1);
    expect(single(res.stderr)).toEqual(['REDIS_URL: database "abc" must be an integer (redis://host:port/0)']);

    const role = await runToExit('src/main.ts', { APP_ROLE: 'cron' });
    expect(single(role.stderr)).toHaveLength(1);
    expect(role.stderr).toMatch(/^APP_ROLE: /);
    expect(role.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks the port before anything touches the database', async () => {
    const port = await freePort();
    const holder = await occupy(port);
    const fresh = `wo_portcheck_${process.pid}_${Date.now()}`;
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${fresh}`;
    try {
      const api = await runToExit('src/main.ts', { PORT: String(port), DATABASE_URL: url.toString() });
      expect(api.code).toBe(1);
      expect(single(api.stderr)).toEqual([`PORT: port ${port} is already in use; stop the process holding it or choose another PORT`]);
      const worker = await runToExit('src/worker.ts', { WORKER_PORT: String(port), DATABASE_URL: url.toString() });
      expect(single(worker.stderr)).toEqual([
        `WORKER_PORT: port ${port} is already in use; stop the process holding it or choose another WORKER_PORT`,
      ]);
      // Migrations create the database first: it still not existing proves they never ran.
      expect(await databaseExists(fresh)).toBe(false);
    } finally {
      holder.close();
    }
  });

  it('waits for a Redis that is still starting, and names REDIS_URL when it never comes', async () => {
    const port = await freePort();
    const gone = await runToExit('src/worker.ts', { REDIS_URL: `redis://127.0.0.1:${port}`, BOOT_WAIT_SECONDS: '1', WORKER_PORT: '0' });
    expect(gone.code).toBe(1);
    expect(single(gone.stderr)).toEqual([`REDIS_URL: cannot reach 127.0.0.1:${port} (connection refused); start Redis or fix REDIS_URL`]);

    const worker = spawnEntry('src/worker.ts', { REDIS_URL: `redis://127.0.0.1:${port}`, BOOT_WAIT_SECONDS: '30', WORKER_PORT: '0' });
    await new Promise((r) => setTimeout(r, 1500));
    const redis = await startRedis(port);
    try {
      await waitForOutput(worker, 'work-order worker started');
    } finally {
      worker.child.kill('SIGKILL');
      redis.kill('SIGKILL');
    }
  });

  it("refuses to share a Redis prefix with another deployment's database", async () => {
    const prefix = `${process.env.REDIS_PREFIX}:marker`;
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      await redis.set(deploymentKey(prefix), '7300000000000000000/someone_elses_db');
      const res = await runToExit('src/worker.ts', { REDIS_PREFIX: prefix, WORKER_PORT: '0' });
      expect(res.code).toBe(1);
      const lines = single(res.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^REDIS_PREFIX: "${prefix}" belongs to another deployment \\(database 7300000000000000000/someone_elses_db, this one is \\S+/wo_test_`,
        ),
      );
      // The first deployment on a fresh prefix claims it with its own identity.
      const own = `${process.env.REDIS_PREFIX}:claim`;
      const worker = spawnEntry('src/worker.ts', { REDIS_PREFIX: own, WORKER_PORT: '0' });
      await waitForOutput(worker, 'work-order worker started');
      worker.child.kill('SIGKILL');
      expect(await redis.get(deploymentKey(own))).toMatch(/\/wo_test_/);
    } finally {
      await redis.del(deploymentKey(prefix), deploymentKey(`${process.env.REDIS_PREFIX}:claim`));
      redis.disconnect();
    }
  });
});
