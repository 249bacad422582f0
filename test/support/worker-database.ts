import { Client } from 'pg';
import { dropDatabase } from '../../src/database/ensure-database';

/**
 * Runs before each e2e suite, in its Jest worker: the suite uses its worker's own copy of the run's
 * database and its own Redis key prefix (see test/global-setup.ts), so two suites running at the same
 * time in two workers never share rows, queues or locks.
 */
export function workerDatabaseUrl(runDatabaseUrl: string, worker: number): string {
  const url = new URL(runDatabaseUrl);
  url.pathname = `${url.pathname}_w${worker}`;
  return url.toString();
}

const worker = Number(process.env.JEST_WORKER_ID ?? '1');
if (process.env.DATABASE_URL?.includes('/wo_test_') && !/_w\d+$/.test(new URL(process.env.DATABASE_URL).pathname)) {
  process.env.DATABASE_URL = workerDatabaseUrl(process.env.DATABASE_URL, worker);
  process.env.REDIS_PREFIX = `${process.env.REDIS_PREFIX}_w${worker}`;
}

/**
 * A database of the suite's own, copied from the run's migrated template (empty of other suites' rows),
 * for a suite whose assertions depend on how many rows the whole database holds (planner statistics).
 * Dropped by the returned function, and by the global teardown if the suite never got to it.
 */
export async function suiteDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const workerUrl = new URL(process.env.DATABASE_URL!);
  const template = workerUrl.pathname.slice(1).replace(/_w\d+$/, '');
  const url = new URL(workerUrl);
  url.pathname = `/${workerUrl.pathname.slice(1)}_${name}`;
  const admin = new URL(workerUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${url.pathname.slice(1)}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
  return { url: url.toString(), drop: () => dropDatabase(url.toString()) };
}
