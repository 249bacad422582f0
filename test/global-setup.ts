import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { prepareDatabase } from '../src/database/migrate';
import { workerDatabaseUrl } from './support/worker-database';

/**
 * Each test run gets its own databases (migrations applied once, to a template, then copied for each
 * Jest worker) and its own Redis key prefix per worker, so concurrent runs — and the suites that two
 * workers of one run execute at the same time — never see each other's data. The worker's values are
 * set by test/support/worker-database.ts before each suite; worker processes inherit them.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/wo_test_${runId}`;
  process.env.DATABASE_URL = base.toString();
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  process.env.REDIS_PREFIX = `wotest_${runId}`;
  process.env.TEST_WORKERS = String(Math.max(1, globalConfig.maxWorkers));
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'silent';
  process.env.ADMIN_TOKEN = `test-admin-${randomBytes(12).toString('hex')}`;
  // Keys of the run's own (strong, so a suite may start the service in its production configuration).
  process.env.PII_MASTER_KEYS = `run:${randomBytes(32).toString('base64')}`;
  process.env.PII_INDEX_KEY = randomBytes(32).toString('base64');
  // Suites seed their worlds with one admin credential in bursts; the rate-limit suite sets its own limits.
  process.env.THROTTLE_LIMIT ??= '1000000';
  process.env.THROTTLE_ADDRESS_LIMIT ??= '1000000';
  // Every suite signs in from the same loopback address, and the fuzz suite fails sign-ins by the hundred;
  // the suite about the per-address limit sets its own.
  process.env.SIGNIN_ADDRESS_LIMIT ??= '1000000';
  await prepareDatabase(process.env.DATABASE_URL);

  // One copy of the migrated database per worker (a file copy: far quicker than migrating each).
  const admin = new URL(process.env.DATABASE_URL);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    for (let worker = 1; worker <= Number(process.env.TEST_WORKERS); worker++) {
      const name = new URL(workerDatabaseUrl(process.env.DATABASE_URL, worker)).pathname.slice(1);
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "wo_test_${runId}"`);
    }
  } finally {
    await client.end();
  }
}
