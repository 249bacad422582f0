import type { DataSource, EntityManager } from 'typeorm';
import { isTransientConflict } from './database-errors';

export interface TransactionOptions {
  /** Further attempts after a deadlock or serialization failure; the last failure is rethrown (and answers 503). */
  retries?: number;
  /** Base of the exponential backoff between attempts, in ms. */
  backoffMs?: number;
}

const DEFAULT_RETRIES = 3;
const DEFAULT_BACKOFF_MS = 15;

/**
 * Runs `fn` in a transaction and runs it again, from the start, when Postgres aborted it as a
 * deadlock victim (40P01) or a serialization failure (40001): both mean "nothing was written,
 * try again", and the caller did nothing wrong. The wait grows exponentially with full jitter so
 * the transactions that collided do not collide again in lockstep. `fn` must therefore be safe to
 * repeat: no side effects outside the transaction.
 */
export async function runInTransaction<T>(
  dataSource: DataSource,
  fn: (tx: EntityManager) => Promise<T>,
  opts: TransactionOptions = {},
): Promise<T> {
  const retries = opts.retries ?? DEFAULT_RETRIES;
  const backoffMs = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await dataSource.transaction(fn);
    } catch (err) {
      if (attempt >= retries || !isTransientConflict(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * backoffMs * 2 ** attempt));
    }
  }
}

/**
 * Runs `fn` on a connection of its own without a transaction block: for one statement that is atomic
 * alone (a data-modifying CTE), it saves the BEGIN and COMMIT round trips, and it commits when the
 * statement completes. Run again after a deadlock or serialization failure, as `runInTransaction`.
 */
export async function runAtomicStatement<T>(
  dataSource: DataSource,
  fn: (db: EntityManager) => Promise<T>,
  opts: TransactionOptions = {},
): Promise<T> {
  const retries = opts.retries ?? DEFAULT_RETRIES;
  const backoffMs = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  for (let attempt = 0; ; attempt++) {
    const runner = dataSource.createQueryRunner();
    try {
      return await fn(runner.manager);
    } catch (err) {
      if (attempt >= retries || !isTransientConflict(err)) throw err;
    } finally {
      await runner.release();
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * backoffMs * 2 ** attempt));
  }
}
