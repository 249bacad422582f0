/**
 * Fails when entities and migrations drift: applies every migration to a scratch database,
 * then asks TypeORM what it would generate; anything but "no changes" is drift.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { dropDatabase, ensureDatabase } from '../src/database/ensure-database';

async function main(): Promise<void> {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/workorders');
  base.pathname = `/wo_drift_${process.pid}`;
  const url = base.toString();
  await ensureDatabase(url);
  const ds = new DataSource(dataSourceOptions(url));
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length > 0) {
      process.stderr.write('Entities and migrations drift apart; a new migration would contain:\n');
      for (const q of sql.upQueries) process.stderr.write(`  ${q.query}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('migrations: schema matches entities\n');
    }
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await dropDatabase(url);
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
