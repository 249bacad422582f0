import type { DataSource } from 'typeorm';
import { decodeKey, MasterKey, newDataKey, parseMasterKeys, PiiKeyring, unwrapDataKey, WrappedDataKey, wrapDataKey } from './pii-crypto';
import { loadConfig } from '../config/app-config';

/** Anything that runs SQL in the caller's transaction: an EntityManager, or a migration's QueryRunner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Serialises creating and rewrapping data keys across processes (the migration lock is 7340001, the leader's 7340002). */
const DATA_KEY_LOCK = 7340003;

/**
 * The SQL of the data-key table `pii_data_keys`: each row one data key wrapped under a master key of
 * the configuration (`kek_id`). Functions over a Queryable so the boot, the rotation command and the
 * migration that encrypted the existing rows share them; each expects to run inside a transaction.
 */
export const PiiKeyRepository = {
  async lock(db: Queryable): Promise<void> {
    await db.query('SELECT pg_advisory_xact_lock($1)', [DATA_KEY_LOCK]);
  },

  async list(db: Queryable): Promise<WrappedDataKey[]> {
    return (await db.query(`SELECT id, kek_id AS "kekId", wrapped FROM pii_data_keys ORDER BY id`)) as WrappedDataKey[];
  },

  async insert(db: Queryable, kekId: string, wrapped: Buffer): Promise<number> {
    const [row] = (await db.query(`INSERT INTO pii_data_keys (kek_id, wrapped) VALUES ($1, $2) RETURNING id`, [kekId, wrapped])) as {
      id: number;
    }[];
    return row.id;
  },

  async rewrap(db: Queryable, id: number, kekId: string, wrapped: Buffer): Promise<void> {
    await db.query(`UPDATE pii_data_keys SET kek_id = $2, wrapped = $3, rewrapped_at = now() WHERE id = $1`, [id, kekId, wrapped]);
  },
};

/** The master key of the configuration a data key is wrapped under, or an error that names what to put back. */
function masterOf(masters: MasterKey[], key: WrappedDataKey): MasterKey {
  const master = masters.find((m) => m.id === key.kekId);
  if (!master) {
    throw new Error(
      `PII_MASTER_KEYS: data key ${key.id} is wrapped under master key "${key.kekId}", which is not configured; ` +
        `add it back (after the current key) and run npm run pii:rotate before removing it`,
    );
  }
  return master;
}

/**
 * Unwraps every data key (creating the first one under the current master key when there is none)
 * and returns the keyring that encrypts with the newest. Runs in the caller's transaction under the
 * data-key lock, so processes starting together create one key between them.
 */
export async function openKeyring(db: Queryable, masters: MasterKey[], indexKey: Buffer): Promise<PiiKeyring> {
  await PiiKeyRepository.lock(db);
  const stored = await PiiKeyRepository.list(db);
  const keys = new Map<number, Buffer>();
  for (const key of stored) {
    try {
      keys.set(key.id, unwrapDataKey(masterOf(masters, key), key.wrapped));
    } catch (err) {
      if ((err as Error).message.startsWith('PII_MASTER_KEYS')) throw err;
      throw new Error(`PII_MASTER_KEYS: master key "${key.kekId}" does not unwrap data key ${key.id}; is it the key it was wrapped with?`, {
        cause: err,
      });
    }
  }
  if (keys.size === 0) {
    const created = newDataKey(masters[0]);
    keys.set(await PiiKeyRepository.insert(db, masters[0].id, created.wrapped), created.key);
  }
  return new PiiKeyring(keys, Math.max(...keys.keys()), indexKey);
}

/**
 * Rewraps every data key not yet under the current (first) master key with it, so the older master
 * keys can then be removed from the configuration. The data keys themselves, and so every stored
 * ciphertext, stay as they are. Returns how many were rewrapped.
 */
export async function rewrapDataKeys(db: Queryable, masters: MasterKey[]): Promise<{ rewrapped: number; total: number }> {
  await PiiKeyRepository.lock(db);
  const [current] = masters;
  const stored = await PiiKeyRepository.list(db);
  let rewrapped = 0;
  for (const key of stored) {
    if (key.kekId === current.id) continue;
    await PiiKeyRepository.rewrap(db, key.id, current.id, wrapDataKey(current, unwrapDataKey(masterOf(masters, key), key.wrapped)));
    rewrapped += 1;
  }
  return { rewrapped, total: stored.length };
}

/** The rotation command (npm run pii:rotate): every data key rewrapped under the first of `PII_MASTER_KEYS`, in one transaction. */
export function rotateMasterKey(db: DataSource, masterKeys: string): Promise<{ rewrapped: number; total: number; current: string }> {
  const masters = parseMasterKeys(masterKeys);
  return db.transaction(async (tx) => ({ ...(await rewrapDataKeys(tx, masters)), current: masters[0].id }));
}

/** The keyring under the master and index keys of this process's configuration (for migrations that rewrite personal data). */
export function configuredKeyring(db: Queryable): Promise<PiiKeyring> {
  const config = loadConfig();
  return openKeyring(db, parseMasterKeys(config.PII_MASTER_KEYS), decodeKey(config.PII_INDEX_KEY, 'PII_INDEX_KEY'));
}
