import { createServer } from 'node:net';
import { Client } from 'pg';
import { AppConfig, ConfigError } from '../config/app-config';
import { claimPrefix, prefixConflictMessage } from '../redis/deployment-marker';
import { databaseIdentity } from '../redis/deployment.repository';
import { createRedisClient, redisTarget } from '../redis/redis-connection';

/** A start-up failure an operator can act on: its message is one line naming the setting or dependency. */
export class BootError extends Error {}

const ATTEMPT_TIMEOUT_MS = 2000;
const RETRY_PAUSE_MS = 500;

/** The one line printed for a failed start: ours as they are, anything unexpected with its stack. */
export function bootFailureText(err: unknown): string {
  if (err instanceof BootError || err instanceof ConfigError) return err.message;
  return (err as Error)?.stack ?? String(err);
}

/**
 * Everything a process checks before it serves, cheapest and least destructive first: the ports
 * can be bound (before any migration runs), Postgres and Redis accept connections (waiting up to
 * BOOT_WAIT_SECONDS for ones still starting), migrations are applied, and the Redis prefix is not
 * another deployment's. These run before the application and its connection pool exist (the
 * database may not even be created yet), so they open short-lived connections of their own; the
 * one query they ask is the database identity, whose SQL lives in redis/deployment.repository.ts.
 */
export async function bootChecks(config: AppConfig, ports: { name: string; port: number }[]): Promise<void> {
  for (const { name, port } of ports) await checkPortFree(name, port);
  const deadline = Date.now() + config.BOOT_WAIT_SECONDS * 1000;
  await Promise.all([waitForPostgres(config.DATABASE_URL, deadline), waitForRedis(config, deadline)]);
  // Imported here: the migrations' data source reads the configuration when loaded, which must be valid by now.
  const { prepareDatabase } = await import('../database/migrate');
  // Migrations hold a session-level advisory lock across statements: never through a transaction pooler.
  const direct = config.DATABASE_DIRECT_URL ? 'DATABASE_DIRECT_URL' : 'DATABASE_URL';
  await prepareDatabase(config.DATABASE_DIRECT_URL ?? config.DATABASE_URL).catch((err: unknown) => {
    throw new BootError(`${direct}: migrations failed: ${oneLine(err)}`);
  });
  await checkPrefix(config);
}

export async function checkPortFree(name: string, port: number, host = '0.0.0.0'): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new BootError(
          err.code === 'EADDRINUSE'
            ? `${name}: port ${port} is already in use; stop the process holding it or choose another ${name}`
            : `${name}: cannot listen on ${host}:${port} (${err.code ?? err.message})`,
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function waitForPostgres(url: string, deadline: number): Promise<void> {
  const target = new URL(url);
  const where = `${target.hostname}:${target.port || 5432}`;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: ATTEMPT_TIMEOUT_MS });
    try {
      await client.connect();
      return;
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { code?: string };
      // The server answered: a missing database is created by the migration step.
      if (e.code === '3D000') return;
      if (e.code === '28P01' || e.code === '28000') {
        throw new BootError(`DATABASE_URL: ${where} refused the credentials (${oneLine(err)}); fix the user or password`);
      }
      if (!retryable(e) || Date.now() >= deadline) {
        throw new BootError(`DATABASE_URL: cannot reach ${where} (${describe(e)}); start PostgreSQL or fix DATABASE_URL`);
      }
    } finally {
      await client.end().catch(() => undefined);
    }
    await pause(RETRY_PAUSE_MS);
  }
}

async function waitForRedis(config: AppConfig, deadline: number): Promise<void> {
  const { variable, where } = redisTarget(config);
  for (;;) {
    const client = createRedisClient(config, {
      lazyConnect: true,
      connectTimeout: ATTEMPT_TIMEOUT_MS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      // Through Sentinel, connect() would otherwise ask the sentinels again and again and never fail.
      sentinelRetryStrategy: () => null,
    });
    // connect() rejects with a generic "Connection is closed"; the cause arrives as an 'error' event.
    let cause: Error | undefined;
    client.on('error', (err: Error) => (cause ??= err));
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (err) {
      const e = (cause ?? err) as NodeJS.ErrnoException;
      const message = e.message ?? '';
      if (/NOAUTH|WRONGPASS|invalid password|invalid username/i.test(message)) {
        throw new BootError(`${variable}: ${where} refused the credentials (${message}); fix the user or password in REDIS_URL`);
      }
      if (/DB index is out of range/i.test(message)) {
        throw new BootError(`${variable}: ${where} has no such database (${message}); use a database number the server has`);
      }
      if (Date.now() >= deadline)
        throw new BootError(`${variable}: cannot reach ${where} (${describe(e)}); start Redis or fix ${variable}`);
    } finally {
      client.disconnect();
    }
    await pause(RETRY_PAUSE_MS);
  }
}

async function checkPrefix(config: AppConfig): Promise<void> {
  const pg = new Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: ATTEMPT_TIMEOUT_MS });
  const redis = createRedisClient(config, { lazyConnect: true, maxRetriesPerRequest: 1, sentinelRetryStrategy: () => null }).on(
    'error',
    () => undefined,
  );
  try {
    await pg.connect();
    const identity = await databaseIdentity(async (sql) => (await pg.query(sql)).rows as Record<string, unknown>[]);
    await redis.connect();
    const claim = await claimPrefix(redis, config.REDIS_PREFIX, identity);
    if (!claim.ok) throw new BootError(prefixConflictMessage(config.REDIS_PREFIX, identity, claim.holder));
  } finally {
    redis.disconnect();
    await pg.end().catch(() => undefined);
  }
}

const RETRYABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', '57P03']);

function retryable(e: { code?: string; message?: string }): boolean {
  return RETRYABLE.has(e.code ?? '') || /timeout|terminated/i.test(e.message ?? '');
}

function describe(e: { code?: string; message?: string }): string {
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host name not found';
    case 'ETIMEDOUT':
      return 'connection timed out';
    case '57P03':
      return 'the server is starting up';
    case undefined:
    default:
      return oneLine(e);
  }
}

function oneLine(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: { message?: string }[] };
  // Node reports a refused dual-stack connect as an AggregateError with an empty message.
  const message = e.message || e.errors?.map((x) => x.message).join(', ') || e.code || String(err);
  return message.replace(/\s+/g, ' ').trim();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
