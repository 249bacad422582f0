import { DataSource } from 'typeorm';
import { validateEnv } from '../../src/config/app-config';
import { decodeKey, parseMasterKeys, PiiKeyring } from '../../src/pii/pii-crypto';
import { openKeyring } from '../../src/pii/pii-key.repository';

/** The keyring of the run's configuration, for suites that write ticket rows straight into the database. */
export async function testKeyring(ds: DataSource, env: Record<string, string | undefined> = process.env): Promise<PiiKeyring> {
  const config = validateEnv(env);
  const masters = parseMasterKeys(config.PII_MASTER_KEYS);
  const indexKey = decodeKey(config.PII_INDEX_KEY, 'PII_INDEX_KEY');
  return ds.transaction((tx) => openKeyring(tx, masters, indexKey));
}
