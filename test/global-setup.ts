import { randomBytes } from 'node:crypto';
import { prepareDatabase } from '../src/database/migrate';

/**
 * Each test run gets its own database (migrations applied) and its own Redis key prefix, so
 * concurrent runs never see each other's data. Worker processes inherit these variables.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/wo_test_${runId}`;
  process.env.DATABASE_URL = base.toString();
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  process.env.REDIS_PREFIX = `wotest_${runId}`;
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
}
