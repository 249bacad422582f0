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
