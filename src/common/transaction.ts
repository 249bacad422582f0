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
 * Runs `attempt` and runs it again, from the start, when Postgres aborted it as a deadlock victim
 * (40P01) or a serialization failure (40001): both mean "nothing was written, try again", and the
 * caller did nothing wrong. The wait grows exponentially with full jitter so the work that collided
 * does not collide again in lockstep. `attempt` must therefore be safe to repeat: no side effects
 * outside its transaction.
 */
async function retryingConflicts<T>(attempt: () => Promise<T>, opts: TransactionOptions): Promise<T> {
  const retries = opts.retries ?? DEFAULT_RETRIES;
  const backoffMs = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (n >= retries || !isTransientConflict(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * backoffMs * 2 ** n));
    }
  }
}

/** Runs `fn` in a transaction, again from the start after a deadlock or serialization failure (see retryingConflicts). */
export function runInTransaction<T>(
  dataSource: DataSource,
  fn: (tx: EntityManager) => Promise<T>,
  opts: TransactionOptions = {},
): Promise<T> {
  return retryingConflicts(() => dataSource.transaction(fn), opts);
}

/**
 * Runs `fn` on a connection of its own without a transaction block: for one statement that is atomic
 * alone (a data-modifying CTE), it saves the BEGIN and COMMIT round trips, and it commits when the
 * statement completes. Run again after a deadlock or serialization failure, as `runInTransaction`.
 */
export function runAtomicStatement<T>(
  dataSource: DataSource,
  fn: (db: EntityManager) => Promise<T>,
  opts: TransactionOptions = {},
): Promise<T> {
  return retryingConflicts(async () => {
    const runner = dataSource.createQueryRunner();
    try {
      return await fn(runner.manager);
    } finally {
      await runner.release();
    }
  }, opts);
}
