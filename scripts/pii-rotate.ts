/**
 * Rewraps every personal-data key under the current master key (the first of PII_MASTER_KEYS), so
 * the older master keys listed after it can be removed from the configuration. Stored ciphertexts
 * are untouched: they are sealed with the data keys, which do not change. Prints what it did.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source';
import { rotateMasterKey } from '../src/pii/pii-key.repository';

async function main(): Promise<void> {
  const config = loadConfig();
  const ds = new DataSource({ ...dataSourceOptions(config.DATABASE_URL), extra: { max: 1 } });
  await ds.initialize();
  try {
    const { rewrapped, total, current } = await rotateMasterKey(ds, config.PII_MASTER_KEYS);
    process.stdout.write(`personal-data keys: ${rewrapped} of ${total} data keys rewrapped; all are now under master key "${current}"\n`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
