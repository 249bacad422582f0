import type { Client } from 'pg';
import { dropDatabase } from '../src/database/ensure-database';
import { prepareDatabase } from '../src/database/migrate';
import { connect, log, onCleanup, scratchDatabaseUrl } from './support';

/**
 * The benchmark's scratch database, migrated and connected: `bench_<name>_<pid>`, dropped at the end, or
 * with BENCH_KEEP_DB=1 `bench_<name>_keep`, kept and reused by the next run (its loaded data too).
 */
export async function scratchBenchDatabase(name: string): Promise<{ url: string; client: Client; keep: boolean }> {
  const keep = process.env.BENCH_KEEP_DB === '1';
  const url = scratchDatabaseUrl(keep ? `bench_${name}_keep` : `bench_${name}_${process.pid}`);
  log(`scratch database ${new URL(url).pathname.slice(1)}`);
  if (!keep)
    onCleanup(async () => {
      await dropDatabase(url);
      log('scratch database dropped');
    });
  await prepareDatabase(url);
  const client = await connect(url);
  onCleanup(() => client.end());
  return { url, client, keep };
}
