import Redis from 'ioredis';
import { Client } from 'pg';
import { dropDatabase } from '../src/database/ensure-database';
import { workerDatabaseUrl } from './support/worker-database';

/** URLs of the databases named `<worker database>_<suite>`. */
async function suiteDatabases(workerUrl: string): Promise<string[]> {
  const admin = new URL(workerUrl);
  const prefix = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [
      `${prefix}_`,
    ]);
    return rows.map((r) => {
      const url = new URL(workerUrl);
      url.pathname = `/${r.datname}`;
      return url.toString();
    });
  } finally {
    await client.end();
  }
}

export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url?.includes('/wo_test_')) {
    for (let worker = 1; worker <= Number(process.env.TEST_WORKERS ?? '1'); worker++) {
      await dropDatabase(workerDatabaseUrl(url, worker));
      // Suites' own databases (suiteDatabase) their suite did not drop.
      for (const name of await suiteDatabases(workerDatabaseUrl(url, worker))) await dropDatabase(name);
    }
    await dropDatabase(url);
  }
  const prefix = process.env.REDIS_PREFIX;
  if (!prefix?.startsWith('wotest_')) return;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      // The run's prefix and its workers' (`<prefix>_w1:…`).
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
