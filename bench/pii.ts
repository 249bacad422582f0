/**
 * Personal-data keys of the benchmarks. Fixed, so a kept scratch database (BENCH_KEEP_DB) opens with
 * them on the next run, and random-looking, so the service accepts them in its production
 * configuration. They protect nothing: benchmark data is made up.
 */
import type { ClientBase } from 'pg';
import { decodeKey, parseMasterKeys, PiiKeyring } from '../src/pii/pii-crypto';
import { installPiiKeyring } from '../src/pii/pii-columns';
import { openKeyring } from '../src/pii/pii-key.repository';
import { maskName, maskPhone } from '../src/tickets/domain/customer-masks';

export const BENCH_PII_ENV = {
  PII_MASTER_KEYS: 'bench:oBt73M0VhZRSeRZRJ7tHG0vr+uOsbvD22apu9bGhOuc=',
  PII_INDEX_KEY: 'p6zu5lWqP5CrVTVUnnGEIjIWYDBdp0qfsbc83ioEEbc=',
};
// The migrations and any in-process reads take the same keys as the service the benchmark starts.
Object.assign(process.env, BENCH_PII_ENV);

/**
 * The keyring of a scratch database (its first data key created under the benchmark's master key),
 * installed for in-process reads of tickets, and the ciphertexts that rows written by SQL carry: one
 * name and one phone for all of them (their sizes are those of real values; a benchmark never reads
 * them back as different customers). Rows take `decode(md5(phone), 'hex')` as their blind index: 16
 * bytes spread like the HMAC's, one per phone, so the look-up index has the real size and selectivity.
 */
/** The customer every benchmark ticket written by SQL has, and its masked renderings as SQL literals (name, phone). */
const BENCH_NAME = '王芳';
const BENCH_PHONE = '13800000000';
export const BENCH_MASKED_SQL = `'${maskName(BENCH_NAME)}', '${maskPhone(BENCH_PHONE)}'`;

export async function benchPii(client: ClientBase): Promise<{ keyring: PiiKeyring; name: Buffer; phone: Buffer }> {
  const db = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows };
  await client.query('BEGIN');
  let keyring: PiiKeyring;
  try {
    keyring = await openKeyring(
      db,
      parseMasterKeys(BENCH_PII_ENV.PII_MASTER_KEYS),
      decodeKey(BENCH_PII_ENV.PII_INDEX_KEY, 'PII_INDEX_KEY'),
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  installPiiKeyring(keyring);
  return { keyring, name: keyring.encrypt('customer_name', BENCH_NAME), phone: keyring.encrypt('customer_phone', BENCH_PHONE) };
}
