import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { ensureDatabase } from './ensure-database';

/**
 * Creates the database if missing and applies pending migrations under an advisory lock,
 * so several processes starting together apply each migration once.
 */
export async function prepareDatabase(url: string): Promise<void> {
  await ensureDatabase(url);
  const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 1 } });
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock(7340001)');
    try {
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await ds.query('SELECT pg_advisory_unlock(7340001)');
    }
  } finally {
    await ds.destroy();
  }
}
